import { viewerQuery } from "@ascent/client";
import { useCallback, useMemo } from "react";
import { useQuery, type CombinedError } from "urql";
import { HANDLES_UNAUTHENTICATED } from "../../lib/sessionContext";
import type { SignedInUser } from "../../lib/signedInUser";

export interface ViewerState {
  /** Null while loading, when signed out, or when the server could not be asked. */
  user: SignedInUser | null;
  fetching: boolean;
  error: CombinedError | undefined;
  retry: () => void;
}

/** Who is signed in, according to the session cookie. */
export function useViewer(): ViewerState {
  // Signed-out is an ordinary answer here (viewer: null), not a reason to restart the session.
  const context = useMemo(() => ({ [HANDLES_UNAUTHENTICATED]: true }), []);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: viewerQuery, context });
  const retry = useCallback(() => reexecute({ requestPolicy: "network-only" }), [reexecute]);
  return { user: data?.viewer?.user ?? null, fetching, error, retry };
}
