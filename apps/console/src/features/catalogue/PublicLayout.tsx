import { Anchor, Box, Container, Group, Text } from "@mantine/core";
import { Link } from "react-router";
import { authPaths } from "../auth";
import { cataloguePaths } from "./paths";
import { PageOutlet } from "../../components/RouteLoading";
import { SkipToContentLink } from "../../components/SkipToContentLink";

const PUBLIC_MAIN_ID = "catalogue-content";

/** The frame of the public catalogue: no sign-in, no navigation menu, readable on a phone. */
export function PublicLayout() {
  return (
    <>
      <Box component="header" bg="nhsBlue.6" c="white" py="sm">
        <SkipToContentLink targetId={PUBLIC_MAIN_ID} />
        <Container size="lg">
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Anchor component={Link} to={cataloguePaths.catalogue} c="white" underline="never">
              <Text component="span" fw={700} size="xl">
                Ascent
              </Text>{" "}
              <Text component="span" size="md">
                programme catalogue
              </Text>
            </Anchor>
            <Anchor component={Link} to={authPaths.login} c="white" fw={600}>
              Staff sign in
            </Anchor>
          </Group>
        </Container>
      </Box>
      <Container component="main" id={PUBLIC_MAIN_ID} tabIndex={-1} size="lg" py="xl">
        <PageOutlet />
      </Container>
      <Box component="footer" py="lg" bg="gray.1">
        <Container size="lg">
          <Text size="sm">
            Leadership and career development programmes run by NHS leadership academies. Dates and times are UK (London) time.
          </Text>
        </Container>
      </Box>
    </>
  );
}
