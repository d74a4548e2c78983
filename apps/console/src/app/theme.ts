import {
  Badge,
  createTheme,
  defaultVariantColorsResolver,
  Notification,
  parseThemeColor,
  Pill,
  rgba,
  type CSSVariablesResolver,
  type MantineColorsTuple,
  type VariantColorsResolver,
} from "@mantine/core";

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

/**
 * Mantine's "light" variant given a shade (color="green.9") paints the shade
 * as the background and a mid tone as the text: green words on dark green,
 * unreadable. Here a shade names the text colour instead, on a pale tint of
 * itself, which is what every such badge and alert in the console means.
 */
const readableVariantColors: VariantColorsResolver = (input) => {
  const resolved = defaultVariantColorsResolver(input);
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  if (input.variant === "light" && parsed.isThemeColor && parsed.shade !== undefined) {
    const shade = input.theme.colors[parsed.color][parsed.shade];
    return { ...resolved, background: rgba(shade, 0.1), hover: rgba(shade, 0.15), color: `var(--mantine-color-${parsed.color}-${parsed.shade})` };
  }
  return resolved;
};

export const theme = createTheme({
  variantColorResolver: readableVariantColors,
  primaryColor: "nhsBlue",
  colors: { nhsBlue },
  fontFamily: "Arial, Helvetica, sans-serif",
  headings: { fontFamily: "Arial, Helvetica, sans-serif" },
  defaultRadius: "sm",
  components: {
    // A badge's words are read in full ("Action Learning Set", not "Action Learn…"): it grows a line rather than cut them.
    Badge: Badge.extend({
      styles: {
        root: { height: "auto", minHeight: "var(--badge-height)", maxWidth: "100%" },
        label: { whiteSpace: "normal", overflow: "visible", textOverflow: "clip", lineHeight: 1.3 },
      },
    }),
    // A chosen value (a staff group, a band) is read in full: pills grow to a second line rather than end in "…".
    Pill: Pill.extend({
      styles: {
        root: { height: "auto", minHeight: "var(--pill-height)", maxWidth: "100%" },
        label: { whiteSpace: "normal", overflow: "visible", textOverflow: "clip", lineHeight: 1.3 },
      },
    }),
    // Mantine's close button has no accessible name of its own, and its pale grey description falls below AA contrast.
    Notification: Notification.extend({
      defaultProps: { closeButtonProps: { "aria-label": "Close notification" } },
      styles: { description: { color: "var(--mantine-color-gray-7)" } },
    }),
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
