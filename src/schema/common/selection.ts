// Looks ahead into a resolver's selection: whether the client asked, below this field, for a
// given path of fields (through aliases, fragments and inline fragments), so that a resolver can
// fetch in one go what the levels below would otherwise ask for one by one.
import type { FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

function reaches(set: SelectionSetNode | undefined, path: readonly string[], fragments: Record<string, FragmentDefinitionNode>, seen: Set<string>): boolean {
  const [head, ...rest] = path;
  if (head === undefined) return true;
  if (!set) return false;
  return set.selections.some((selection) => {
    switch (selection.kind) {
      case 'Field':
        return selection.name.value === head && reaches(selection.selectionSet, rest, fragments, seen);
      case 'InlineFragment':
        return reaches(selection.selectionSet, path, fragments, seen);
      case 'FragmentSpread': {
        const name = selection.name.value;
        if (seen.has(name)) return false; // a fragment cycle is invalid anyway; never loop on one
        return reaches(fragments[name]?.selectionSet, path, fragments, new Set([...seen, name]));
      }
      default:
        return false;
    }
  });
}

/** True when the selection of this field includes `path`, e.g. ['evidence', 'article']. */
export function selects(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  return info.fieldNodes.some((node) => reaches(node.selectionSet, path, info.fragments, new Set()));
}
