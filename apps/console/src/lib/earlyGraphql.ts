/*
 * Answers to queries that index.html started before any of the console's
 * code had run (earlyGraphql.ts at the console's root, issue 14): each is
 * taken once, by the first request for the same operation and variables
 * within EARLY_ANSWER_MS of the navigation, instead of a fetch of its own.
 * Any mutation (signing in or out, a change of data) drops those not yet
 * taken: they answer for the page as it was first loaded, no later.
 */

declare global {
  interface Window {
    __ascentEarlyGraphql?: Record<string, Promise<Response>>;
  }
}

/** After this long an early answer is not used (it could be stale): the query is fetched again. */
export const EARLY_ANSWER_MS = 15_000;

/**
 * The operation's name and its variables with sorted keys, as index.html's script writes it; null when a variable
 * is an object or a list (early queries have flat variables only, and JSON.stringify's key list would also filter
 * the nested keys, so two different inputs could share a key).
 */
export function earlyKey(operationName: string, variables: Record<string, unknown> | undefined): string | null {
  const values = variables ?? {};
  if (Object.values(values).some((value) => value !== null && typeof value === "object")) return null;
  return `${operationName}|${JSON.stringify(values, Object.keys(values).sort())}`;
}

/** The early answer to this request body (urql's JSON: operationName, query, variables), once; undefined if there is none. */
export function takeEarlyAnswer(
  body: unknown,
  store: Record<string, Promise<Response>> | undefined = typeof window === "undefined" ? undefined : window.__ascentEarlyGraphql,
  now: number = performance.now(),
): Promise<Response> | undefined {
  if (!store || typeof body !== "string") return undefined;
  let request: { operationName?: unknown; query?: unknown; variables?: unknown };
  try {
    request = JSON.parse(body) as typeof request;
  } catch {
    return undefined;
  }
  if (typeof request.query === "string" && /^\s*mutation\b|\nmutation\b/.test(request.query)) {
    for (const key of Object.keys(store)) delete store[key];
    return undefined;
  }
  if (typeof request.operationName !== "string") return undefined;
  const key = earlyKey(request.operationName, (request.variables ?? undefined) as Record<string, unknown> | undefined);
  if (key === null) return undefined;
  const answer = store[key];
  if (!answer) return undefined;
  delete store[key];
  return now <= EARLY_ANSWER_MS ? answer : undefined;
}

/** urql's `fetch`: an early answer when there is one for this request, else the network. A failed early request is fetched again. */
export const fetchWithEarlyAnswers: typeof fetch = (input, init) => {
  const early = takeEarlyAnswer(init?.body);
  if (!early) return fetch(input, init);
  return early.catch(() => fetch(input, init));
};
