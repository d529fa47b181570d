import { APIError, type Config } from 'payload'

/**
 * A refused workflow request (wrong role, missing comment, bad date, illegal step): an APIError, so
 * REST, GraphQL and the Local API all answer `{ errors: [{ message }] }` with its 4xx status. Its own
 * name lets payload.config log these at info level (`loggingLevels`): a client's mistake, not a fault.
 */
export class WorkflowError extends APIError {
  constructor(message: string, status: 400 | 401 | 403 | 409 | 422) {
    super(message, status, null, true)
    // Set explicitly: bundlers may rename the class.
    this.name = 'WorkflowError'
  }
}

/**
 * For `loggingLevels` in payload.config: refusals at info level, without a stack trace. Payload looks
 * levels up by `err.name` at run time (utilities/logError.js); its type lists only its own error names.
 */
export const workflowLoggingLevels = { WorkflowError: 'info' } as unknown as Config['loggingLevels']
