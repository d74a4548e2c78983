import type { ViewerQuery } from "@ascent/client";
import { createContext, useContext } from "react";

export type SignedInUser = NonNullable<NonNullable<ViewerQuery["viewer"]>["user"]>;

/** Provided by the auth feature's RequireAuth to every page behind it. */
export const SignedInUserContext = createContext<SignedInUser | null>(null);

/** The signed-in user, for components rendered behind RequireAuth. */
export function useSignedInUser(): SignedInUser {
  const user = useContext(SignedInUserContext);
  if (!user) throw new Error("useSignedInUser must be used behind RequireAuth");
  return user;
}
