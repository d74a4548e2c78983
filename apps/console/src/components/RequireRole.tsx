import { ApiErrorCode, type Role } from "@ascent/domain";
import type { ReactNode } from "react";
import { CombinedError } from "urql";
import { useSignedInUser } from "../lib/signedInUser";
import { usePageTitle } from "../lib/usePageTitle";
import { ErrorState } from "./ErrorState";
import { PageHeader } from "./PageHeader";

/** The api's own answer to a signed-in user without the role, so the page says what a refused request would. */
const forbidden = new CombinedError({ graphQLErrors: [{ message: "Forbidden", extensions: { code: ApiErrorCode.FORBIDDEN } }] });

interface RequireRoleProps {
  roles: readonly Role[];
  /** The page's title, kept so the tab and heading still say where the user is. */
  title: string;
  children: ReactNode;
}

/**
 * Shows `children` only to users holding one of `roles`; everyone else sees
 * the "you don't have access" state without the page asking the api for
 * anything. The api enforces the same rule whatever the console shows.
 */
export function RequireRole({ roles, title, children }: RequireRoleProps) {
  const user = useSignedInUser();
  if (roles.includes(user.role)) return children;
  return <Forbidden title={title} />;
}

function Forbidden({ title }: { title: string }) {
  usePageTitle(title);
  return (
    <>
      <PageHeader title={title} />
      <ErrorState error={forbidden} />
    </>
  );
}
