import { createTheme, Notification, type CSSVariablesResolver, type MantineColorsTuple } from "@mantine/core";

/** NHS blue (#005eb8) at shade 6, the shade Mantine uses for filled buttons and links. */
const nhsBlue: MantineColorsTuple = [
  "#e6f0fa",
  "#cfe0f2",
  "#a0c0e6",
  "#6e9fda",
  "#4383cf",
  "#2771c8",
  "#005eb8",
  "#00509e",
  "#004283",
  "#003366",
];

export const theme = createTheme({
  primaryColor: "nhsBlue",
  colors: { nhsBlue },
  fontFamily: "Arial, Helvetica, sans-serif",
  headings: { fontFamily: "Arial, Helvetica, sans-serif" },
  defaultRadius: "sm",
  components: {
    // Mantine's close button has no accessible name of its own.
    Notification: Notification.extend({ defaultProps: { closeButtonProps: { "aria-label": "Close notification" } } }),
  },
});

/**
 * Mantine's default dimmed and error colours fall below WCAG AA contrast (4.5:1)
 * on white; NHS services must meet AA, so darker shades are used.
 */
export const accessibleCssVariables: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    "--mantine-color-dimmed": "var(--mantine-color-gray-7)",
    "--mantine-color-error": "var(--mantine-color-red-9)",
    "--mantine-color-placeholder": "var(--mantine-color-gray-7)",
  },
  dark: {},
});
