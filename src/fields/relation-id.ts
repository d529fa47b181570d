/** The id of a relationship value, populated (a document) or not (its id); null when empty. */
export const relationId = (value: unknown): number | null => {
  if (value && typeof value === 'object' && 'id' in value) return Number((value as { id: unknown }).id)
  return value == null || value === '' ? null : Number(value)
}

/** The ids of a hasMany relationship value, populated or not. */
export const relationIds = (values: readonly unknown[] | null | undefined): number[] =>
  (values ?? []).map(relationId).filter((id): id is number => id !== null && Number.isFinite(id))
