import type { RequestContext } from "../context";
import type { Node } from "./node";

/** Fetches one object for `node(id:)`: null when it doesn't exist or the caller may not see it. */
export type NodeFetcher = (ctx: RequestContext, id: string) => Promise<Node | null>;

/**
 * The one way to make a type fetchable by id: load the row, then apply the
 * caller's scope. Anything the caller may not see is absent, never forbidden,
 * so ids can't be probed for existence.
 */
export function visibleNode<T extends Node>(
  load: (ctx: RequestContext, id: string) => Promise<T | null>,
  canSee: (ctx: RequestContext, row: T) => boolean | Promise<boolean>,
): NodeFetcher {
  return async (ctx, id) => {
    const row = await load(ctx, id);
    return row && (await canSee(ctx, row)) ? row : null;
  };
}
