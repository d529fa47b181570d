import {
  type ASTVisitor,
  type ExecutionArgs,
  getArgumentValues,
  getVariableValues,
  GraphQLError,
  type ValidationContext,
} from 'graphql'

import { MAX_LIMIT } from '../../content/queries/schemas'

/**
 * Bounds every list: a `limit` argument must be 1…max, and `pagination: false` needs one (Payload
 * reads `limit: 0` and unpaginated lists as "everything"). Payload's complexity rule counts a list
 * field once whatever its limit, so this is what keeps `WhitePapers(limit: 100000)` out.
 */
export const listLimit =
  (args: Pick<ExecutionArgs, 'variableValues'>, max: number = MAX_LIMIT) =>
  (context: ValidationContext): ASTVisitor => {
    let variables: Record<string, unknown> = {}
    return {
      OperationDefinition(node) {
        const coerced = getVariableValues(context.getSchema(), node.variableDefinitions ?? [], args.variableValues ?? {})
        variables = coerced.coerced ?? {}
      },
      Field(node) {
        const field = context.getFieldDef()
        if (!field?.args.some((arg) => arg.name === 'limit')) return
        let values: Record<string, unknown>
        try {
          values = getArgumentValues(field, node, variables)
        } catch {
          return // a bad argument is reported by graphql's own rules or at execution
        }
        const { limit, pagination } = values
        const refuse = (message: string) => context.reportError(new GraphQLError(message, { nodes: [node] }))
        if (typeof limit === 'number' && limit > max) refuse(`${node.name.value}: limit ${limit} exceeds the maximum of ${max}`)
        else if (typeof limit === 'number' && limit < 1) refuse(`${node.name.value}: limit must be at least 1 (at most ${max})`)
        else if (pagination === false && typeof limit !== 'number') refuse(`${node.name.value}: pagination: false needs a limit of at most ${max}`)
      },
    }
  }
