import { Group, Loader, Text } from "@mantine/core";
import { Outlet, useLocation, useNavigation } from "react-router";

/**
 * Shown while a page's code downloads (pages load on first visit, see
 * lazyPage in lib/consoleFeature.ts). A polite live region, so a screen
 * reader hears that something is on its way, not silence.
 */
export function RouteLoading() {
  return (
    <Group gap="sm" my="md" role="status" aria-live="polite" aria-busy="true">
      <Loader size="sm" aria-hidden="true" />
      <Text>Loading the page…</Text>
    </Group>
  );
}

/**
 * A frame's outlet: the page, or RouteLoading while the router fetches the
 * code of the page being opened. Changing only the query string never shows
 * it, so a page's own filters and searches keep their state.
 */
export function PageOutlet() {
  const navigation = useNavigation();
  const { pathname } = useLocation();
  const openingAnotherPage = navigation.state === "loading" && navigation.location.pathname !== pathname;
  return openingAnotherPage ? <RouteLoading /> : <Outlet />;
}
