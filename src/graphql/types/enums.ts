import type * as GraphQLModule from 'graphql'

const built = new WeakMap<object, Map<string, GraphQLModule.GraphQLEnumType>>()

/**
 * A GraphQL enum whose values are the strings themselves, built once per name: a schema may hold only
 * one type of a name, and several query files share some (AttributionModel, LayerSubject).
 */
export const enumOf = (GraphQL: typeof GraphQLModule, name: string, values: readonly string[]): GraphQLModule.GraphQLEnumType => {
  let byName = built.get(GraphQL)
  if (!byName) built.set(GraphQL, (byName = new Map()))
  let type = byName.get(name)
  if (!type) byName.set(name, (type = new GraphQL.GraphQLEnumType({ name, values: Object.fromEntries(values.map((v) => [v, { value: v }])) })))
  return type
}
