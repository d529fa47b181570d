/**
 * GraphQL arguments as the zod input schemas (shared with the REST twins) take them: an explicit `null`
 * for an optional argument is absent, and a DateTime (a Date) is its ISO string.
 */
export const givenArgs = (args: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(args)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]),
  )
