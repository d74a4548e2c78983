import { useCallback, useMemo, useState } from "react";
import { Outlet } from "react-router";
import { Provider } from "urql";
import { createUrqlClient } from "./createUrqlClient";
import { SessionContext, type SessionControls } from "../lib/sessionContext";

/**
 * Provides one urql client per session. When the api reports that the session
 * has ended, the client (and its cache) is replaced: RequireAuth then asks
 * again who is signed in and sends the user to the login page, keeping the
 * page they were on.
 */
export function GraphQLClientProvider() {
  const [sessionNumber, setSessionNumber] = useState(0);

  const client = useMemo(
    () =>
      createUrqlClient({
        // Several queries may fail at once; only the first moves on to a new session.
        onUnauthenticated: () => setSessionNumber((current) => (current === sessionNumber ? current + 1 : current)),
      }),
    [sessionNumber],
  );

  const restartSession = useCallback(() => setSessionNumber((current) => current + 1), []);
  const controls = useMemo<SessionControls>(() => ({ restartSession }), [restartSession]);

  return (
    <SessionContext value={controls}>
      <Provider value={client}>
        <Outlet />
      </Provider>
    </SessionContext>
  );
}
