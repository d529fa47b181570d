import { APIError, Forbidden, NotFound } from 'payload'

// Payload logs an error by its class name (`config.loggingLevels`): Forbidden, NotFound and
// ValidationError at info, anything else at error with a stack. A caller's mistake is not the
// server's, so these use Payload's own classes (or the ValidationError name) with a message that
// says what is wrong. All are public: the message reaches REST, GraphQL and Local API callers.

export const badRequest = (message: string, data?: Record<string, unknown>): APIError =>
  Object.assign(new APIError(message, 400, data ?? null, true), { name: 'ValidationError' })

export const unauthorized = (message: string): APIError => new APIError(message, 401, null, true)

export const forbidden = (message: string): APIError => Object.assign(new Forbidden(), { message })

export const notFound = (message: string): APIError => Object.assign(new NotFound(), { message })
