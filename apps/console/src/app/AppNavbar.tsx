import { NavLink } from "@mantine/core";
import { Link, matchPath, useLocation } from "react-router";
import { useSignedInUser } from "../features/auth/signedInUserContext";
import { navigationItemsFor } from "./navigationItems";

export function AppNavbar() {
  const { pathname } = useLocation();
  const { role } = useSignedInUser();
  return (
    <>
      {navigationItemsFor(role).map((item) => {
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
