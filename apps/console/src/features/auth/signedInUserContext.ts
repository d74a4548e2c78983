import { createContext, useContext } from "react";
import type { SignedInUser } from "./useViewer";

export const SignedInUserContext = createContext<SignedInUser | null>(null);

/** The signed-in user, for components rendered behind RequireAuth. */
export function useSignedInUser(): SignedInUser {
  const user = useContext(SignedInUserContext);
  if (!user) throw new Error("useSignedInUser must be used behind RequireAuth");
  return user;
}
