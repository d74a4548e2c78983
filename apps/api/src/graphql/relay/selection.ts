import { GraphQLResolveInfo, Kind, SelectionSetNode } from "graphql";

/** Field names selected directly in a selection set, through fragments and inline fragments. */
function fieldNames(selectionSet: SelectionSetNode | undefined, info: GraphQLResolveInfo, into: Map<string, SelectionSetNode | undefined>): void {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) into.set(selection.name.value, selection.selectionSet);
    else if (selection.kind === Kind.INLINE_FRAGMENT) fieldNames(selection.selectionSet, info, into);
    else fieldNames(info.fragments[selection.name.value]?.selectionSet, info, into);
  }
}

/**
 * The fields a connection query selects on its nodes (`edges { node { … } }`),
 * so a list can fetch what they need with its page instead of one loader
 * statement each. Over-approximates (ignores @skip/@include): a field named
 * here may go unread, never the other way round.
 */
export function selectedNodeFields(info: GraphQLResolveInfo): Set<string> {
  const names = new Set<string>();
  for (const fieldNode of info.fieldNodes) {
    const connection = new Map<string, SelectionSetNode | undefined>();
    fieldNames(fieldNode.selectionSet, info, connection);
    const edges = new Map<string, SelectionSetNode | undefined>();
    fieldNames(connection.get("edges"), info, edges);
    const node = new Map<string, SelectionSetNode | undefined>();
    fieldNames(edges.get("node"), info, node);
    for (const name of node.keys()) names.add(name);
  }
  return names;
}
