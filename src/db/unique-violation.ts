/**
 * Whether a write failed on a unique constraint: Payload's ValidationError for a unique field (on
 * `field` when given), or the driver's own error when Payload passes it through (PostgreSQL 23505,
 * SQLite "UNIQUE constraint failed"). Concurrent writers use it to tell "someone else won" from a fault.
 */
export const isUniqueViolation = (err: unknown, field?: string): boolean => {
  const e = err as { name?: string; message?: string; data?: { errors?: { path?: string }[] }; cause?: { code?: string } }
  return (
    (e?.name === 'ValidationError' && (field === undefined || (e.data?.errors ?? []).some((x) => x.path === field))) ||
    e?.cause?.code === '23505' ||
    /UNIQUE constraint failed|duplicate key/i.test(e?.message ?? '')
  )
}
