import type { ExecutionArgs, ValidationRule } from 'graphql'

import { depthLimit } from './limits/depth'
import { listLimit } from './limits/list-limit'

/**
 * Extra validation for every GraphQL operation, beside Payload's complexity rule (maxComplexity in
 * payload.config.ts) and its production introspection switch.
 * https://payloadcms.com/docs/graphql/overview#custom-validation-rules
 */
export const graphqlValidationRules = (args: ExecutionArgs): ValidationRule[] => [depthLimit(), listLimit(args)]
