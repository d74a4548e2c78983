import { GraphQLResolveInfo, Kind, SelectionSetNode } from "graphql";

/**
 * The fields a connection query selects on its nodes (`edges { node { … } }`),
 * so a list can fetch what they need with its page instead of one loader
 * statement each. Over-approximates (ignores @skip/@include): a field named
 * here may go unread, never the other way round.
 */
export function selectedNodeFields(info: GraphQLResolveInfo): Set<string> {
  return selectedNodeSubfields(info, []) ?? new Set();
}

/**
 * The fields a connection query selects below a path of its nodes' fields,
 * e.g. `["programme"]` for `edges { node { programme { … } } }` or
 * `["programme", "academy"]` one level further: every occurrence merged
 * (aliases, fragments). `null` when nothing along the path is selected.
 * Over-approximates like selectedNodeFields.
 */
export function selectedNodeSubfields(info: GraphQLResolveInfo, path: readonly string[]): Set<string> | null {
  let level: Array<SelectionSetNode | undefined> = info.fieldNodes.map((fieldNode) => fieldNode.selectionSet);
  for (const name of ["edges", "node", ...path]) {
    const next: Array<SelectionSetNode | undefined> = [];
    for (const selectionSet of level) {
      for (const selection of allFields(selectionSet, info)) if (selection.name === name) next.push(selection.selectionSet);
    }
    level = next;
  }
  if (level.length === 0) return null;
  const names = new Set<string>();
  for (const selectionSet of level) for (const { name } of allFields(selectionSet, info)) names.add(name);
  return names;
}

/** Every field selection in a selection set (through fragments), repeated names kept with their own sub-selections. */
function allFields(selectionSet: SelectionSetNode | undefined, info: GraphQLResolveInfo): Array<{ name: string; selectionSet: SelectionSetNode | undefined }> {
  const out: Array<{ name: string; selectionSet: SelectionSetNode | undefined }> = [];
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) out.push({ name: selection.name.value, selectionSet: selection.selectionSet });
    else if (selection.kind === Kind.INLINE_FRAGMENT) out.push(...allFields(selection.selectionSet, info));
    else out.push(...allFields(info.fragments[selection.name.value]?.selectionSet, info));
  }
  return out;
}
