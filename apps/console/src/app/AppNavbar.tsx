import { NavLink } from "@mantine/core";
import { Link, matchPath, useLocation } from "react-router";
import { navigationFor } from "../lib/consoleFeature";
import { useSignedInUser } from "../lib/signedInUser";
import { features } from "./features";

export function AppNavbar() {
  const { pathname } = useLocation();
  const { role } = useSignedInUser();
  return (
    <>
      {navigationFor(features, role).map((item) => {
        const active = matchPath({ path: item.to, end: false }, pathname) !== null;
        return (
          <NavLink
            key={item.to}
            component={Link}
            to={item.to}
            label={item.label}
            active={active}
            aria-current={active ? "page" : undefined}
          />
        );
      })}
    </>
  );
}
