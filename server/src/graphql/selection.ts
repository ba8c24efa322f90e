import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/**
 * Names of the fields selected on the items of a connection field (`nodes { … }` and
 * `edges { node { … } }`), through fragments. @skip/@include are not evaluated: a conditionally
 * skipped field counts as selected, which can only cost a prefetch, never a wrong answer.
 */
export function connectionItemFields(info: GraphQLResolveInfo): Set<string> {
  const out = new Set<string>();
  for (const field of fieldsOf(
    info,
    info.fieldNodes.map((f) => f.selectionSet),
  )) {
    if (field.name.value === 'nodes') addNames(info, field.selectionSet, out);
    if (field.name.value === 'edges') {
      for (const inner of fieldsOf(info, [field.selectionSet])) if (inner.name.value === 'node') addNames(info, inner.selectionSet, out);
    }
  }
  return out;
}

/** True when the field being resolved selects `name` directly (e.g. a connection's `totalCount`). */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  for (const field of fieldsOf(
    info,
    info.fieldNodes.map((f) => f.selectionSet),
  ))
    if (field.name.value === name) return true;
  return false;
}

function addNames(info: GraphQLResolveInfo, set: SelectionSetNode | undefined, out: Set<string>): void {
  for (const field of fieldsOf(info, [set])) out.add(field.name.value);
}

/** The fields of selection sets, with fragment spreads and inline fragments flattened. */
function* fieldsOf(info: GraphQLResolveInfo, sets: (SelectionSetNode | undefined)[], seen = new Set<string>()): Generator<FieldNode> {
  for (const set of sets) {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FIELD) yield sel;
      else if (sel.kind === Kind.INLINE_FRAGMENT) yield* fieldsOf(info, [sel.selectionSet], seen);
      else if (!seen.has(sel.name.value)) {
        seen.add(sel.name.value);
        yield* fieldsOf(info, [info.fragments[sel.name.value]?.selectionSet], seen);
      }
    }
  }
}
