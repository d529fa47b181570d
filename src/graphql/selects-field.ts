import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql'

/** The fields named `name` in these selection sets (through inline and named fragments). */
const fieldsIn = (info: GraphQLResolveInfo, sets: (SelectionSetNode | undefined)[], name: string): FieldNode[] => {
  const seen = new Set<string>()
  const found: FieldNode[] = []
  const walk = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === name) found.push(selection)
      } else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet)
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value)
        walk(info.fragments[selection.name.value]?.selectionSet)
      }
    }
  }
  sets.forEach(walk)
  return found
}

/** Whether the query selects `name` directly under the resolved field (through fragments too). */
export const selectsField = (info: GraphQLResolveInfo, name: string): boolean =>
  fieldsIn(info, info.fieldNodes.map((node) => node.selectionSet), name).length > 0

/** Whether the query selects any of `names` under the resolved field's `parent` field (e.g. rows { nps }). */
export const selectsUnder = (info: GraphQLResolveInfo, parent: string, names: string[]): boolean => {
  const parents = fieldsIn(info, info.fieldNodes.map((node) => node.selectionSet), parent)
  return names.some((name) => fieldsIn(info, parents.map((p) => p.selectionSet), name).length > 0)
}
