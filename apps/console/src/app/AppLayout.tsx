import { Anchor, AppShell, Burger, Group, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useEffect } from "react";
import { Link, useLocation } from "react-router";
import { SignedInUserSummary } from "../features/auth";
import { AppNavbar } from "./AppNavbar";
import { PageOutlet } from "../components/RouteLoading";
import { SkipToContentLink } from "../components/SkipToContentLink";

export const MAIN_CONTENT_ID = "main-content";

/** The frame around every signed-in page: header, navigation and the page itself. */
export function AppLayout() {
  const [navigationOpen, { toggle: toggleNavigation, close: closeNavigation }] = useDisclosure(false);
  const { pathname } = useLocation();

  // On small screens the menu covers the page; close it once the user has picked somewhere to go.
  useEffect(() => closeNavigation(), [pathname, closeNavigation]);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: "sm", collapsed: { mobile: !navigationOpen } }}
      padding="lg"
    >
      <AppShell.Header>
        <SkipToContentLink targetId={MAIN_CONTENT_ID} />
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navigationOpen}
              onClick={toggleNavigation}
              hiddenFrom="sm"
              size="sm"
              aria-label={navigationOpen ? "Close navigation" : "Open navigation"}
            />
            <Anchor component={Link} to="/" underline="never" c="nhsBlue.7">
              <Text component="span" fw={700} size="xl">
                Ascent
              </Text>
            </Anchor>
          </Group>
          <SignedInUserSummary />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Main navigation">
        <AppNavbar />
      </AppShell.Navbar>
      <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1}>
        <PageOutlet />
      </AppShell.Main>
    </AppShell>
  );
}
