import { viewerQuery } from "@ascent/client";
import { useCallback, useLayoutEffect, useMemo, useState } from "react";
import { Outlet } from "react-router";
import { type Client, Provider } from "urql";
import { createUrqlClient } from "./createUrqlClient";
import { setEarlyQueryClient } from "../lib/earlyQueries";
import { HANDLES_UNAUTHENTICATED, SessionContext, type SessionControls } from "../lib/sessionContext";

/** What the first session's client does when the api says the session has ended; set by GraphQLClientProvider. */
let endFirstSession = () => {};
let firstSessionClient: Client | undefined;

/** The first session's client, made before the app renders so that queries can start while the page's code is still loading. */
function firstClient(): Client {
  if (!firstSessionClient) {
    firstSessionClient = createUrqlClient({ onUnauthenticated: () => endFirstSession() });
    setEarlyQueryClient(firstSessionClient);
  }
  return firstSessionClient;
}

/**
 * Asks who is signed in as soon as the app starts (main.tsx), not once the
 * router has loaded the first page's code and RequireAuth renders: the answer
 * waits in the client's cache for useViewer (the same query and variables),
 * or useViewer shares the request still on its way.
 */
export function startViewerQuery(): void {
  void firstClient()
    .query(viewerQuery, {}, { [HANDLES_UNAUTHENTICATED]: true })
    .toPromise();
}

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
      sessionNumber === 0
        ? firstClient()
        : createUrqlClient({
            // Several queries may fail at once; only the first moves on to a new session.
            onUnauthenticated: () => setSessionNumber((current) => (current === sessionNumber ? current + 1 : current)),
          }),
    [sessionNumber],
  );
  useLayoutEffect(() => {
    endFirstSession = () => setSessionNumber((current) => (current === 0 ? 1 : current));
  }, []);

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
