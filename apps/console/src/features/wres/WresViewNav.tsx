import { Button, Group } from "@mantine/core";
import { Link } from "react-router";
import { wresPaths as paths } from "./paths";
import { withSelection } from "./useWresSelection";

type View = "dashboard" | "national" | "upload";

const views: { view: View; label: string; path: string }[] = [
  { view: "dashboard", label: "Organisation dashboard", path: paths.wres },
  { view: "national", label: "National view", path: paths.wresNational },
  { view: "upload", label: "Upload a return", path: paths.wresUpload },
];

/** Moves between the WRES views, keeping the chosen organisation and year. */
export function WresViewNav({ current, organisationId, year, canUpload }: { current: View; organisationId: string | null; year: number; canUpload: boolean }) {
  return (
    <Group component="nav" aria-label="WRES views" gap="xs" mb="md">
      {views
        .filter((item) => item.view !== "upload" || canUpload)
        .map((item) => (
          <Button
            key={item.view}
            component={Link}
            to={withSelection(item.path, organisationId, year)}
            variant={item.view === current ? "filled" : "default"}
            size="xs"
            aria-current={item.view === current ? "page" : undefined}
          >
            {item.label}
          </Button>
        ))}
    </Group>
  );
}
