import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql'

/** Whether the query selects `name` directly under the resolved field (through fragments too). */
export const selectsField = (info: GraphQLResolveInfo, name: string): boolean => {
  const seen = new Set<string>()
  const inSet = (set: SelectionSetNode | undefined): boolean =>
    Boolean(
      set?.selections.some((selection) => {
        if (selection.kind === Kind.FIELD) return selection.name.value === name
        if (selection.kind === Kind.INLINE_FRAGMENT) return inSet(selection.selectionSet)
        const fragment = selection.name.value
        if (seen.has(fragment)) return false
        seen.add(fragment)
        return inSet(info.fragments[fragment]?.selectionSet)
      }),
    )
  return info.fieldNodes.some((node) => inSet(node.selectionSet))
}
