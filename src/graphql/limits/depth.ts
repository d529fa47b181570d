import { GraphQLError, Kind, type ASTVisitor, type SelectionSetNode, type ValidationContext } from 'graphql'

/** Deepest nesting of fields an operation may have (`{ a { b { c } } }` is 3). */
export const MAX_QUERY_DEPTH = 10

/**
 * Refuses operations nested deeper than `max`, counting through fragments. Introspection fields
 * (`__schema`, `__type`) are not counted: the playground's own introspection query is deep, and
 * production turns introspection off separately.
 */
export const depthLimit =
  (max: number = MAX_QUERY_DEPTH) =>
  (context: ValidationContext): ASTVisitor => {
    // Each fragment's depth is counted once, so fragments spread many times cost nothing extra.
    const fragmentDepths = new Map<string, number>()
    const depthOf = (set: SelectionSetNode | undefined, onPath: Set<string>): number => {
      if (!set) return 0
      let deepest = 0
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value.startsWith('__')) continue
          deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, onPath))
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet, onPath))
        } else {
          // A fragment cycle is reported by graphql's own NoFragmentCycles rule; just don't loop on it.
          const name = selection.name.value
          const fragment = context.getFragment(name)
          if (!fragment || onPath.has(name)) continue
          if (!fragmentDepths.has(name)) fragmentDepths.set(name, depthOf(fragment.selectionSet, new Set(onPath).add(name)))
          deepest = Math.max(deepest, fragmentDepths.get(name)!)
        }
      }
      return deepest
    }
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, new Set())
        if (depth > max) {
          context.reportError(new GraphQLError(`query depth ${depth} exceeds the limit of ${max}`, { nodes: [node] }))
        }
      },
    }
  }
