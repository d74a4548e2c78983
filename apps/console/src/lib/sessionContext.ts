import { createContext, useContext } from "react";

export interface SessionControls {
  /**
   * Forget everything cached for the current session and start a fresh GraphQL
   * client; call after signing in or out so no data crosses users.
   */
  restartSession: () => void;
}

export const SessionContext = createContext<SessionControls | null>(null);

export function useSessionControls(): SessionControls {
  const controls = useContext(SessionContext);
  if (!controls) throw new Error("useSessionControls must be used inside GraphQLClientProvider");
  return controls;
}

/**
 * Set on an operation's context when an UNAUTHENTICATED answer is expected and
 * handled by the caller (the "who is signed in?" probe), so it does not
 * trigger a session restart loop.
 */
export const HANDLES_UNAUTHENTICATED = "handlesUnauthenticated";
