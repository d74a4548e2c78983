import { authPaths } from "./paths";

interface LocationLike {
  pathname: string;
  search: string;
  hash: string;
}

/** The login page address that brings the user back to `location` afterwards. */
export function loginPathFor(location: LocationLike): string {
  const wanted = `${location.pathname}${location.search}${location.hash}`;
  if (wanted === "/" || location.pathname === authPaths.login) return authPaths.login;
  return `${authPaths.login}?${new URLSearchParams({ next: wanted })}`;
}

/**
 * Where to go after signing in. Only paths on this site are followed, so a
 * crafted link (?next=https://evil.example or //evil.example) cannot turn the
 * login page into an open redirect.
 */
export function nextPathAfterLogin(next: string | null): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) {
    return "/";
  }
  return next;
}
