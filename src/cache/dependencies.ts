import type { Block, Field, SanitizedConfig } from 'payload'

type Refs = { collections: Set<string>; anything: boolean }

const collectRefs = (fields: Field[], blocks: Map<string, Block>, refs: Refs, seen: Set<string>): void => {
  for (const field of fields) {
    if (field.type === 'relationship' || field.type === 'upload') {
      for (const slug of [field.relationTo].flat()) refs.collections.add(slug)
    } else if (field.type === 'join') {
      for (const slug of [field.collection].flat()) refs.collections.add(slug)
    } else if (field.type === 'richText') {
      // Lexical's relationship, upload and internal-link nodes may point at any collection.
      refs.anything = true
    } else if (field.type === 'blocks') {
      for (const block of field.blockReferences ?? field.blocks) {
        const config = typeof block === 'string' ? blocks.get(block) : block
        if (!config || seen.has(config.slug)) continue
        seen.add(config.slug)
        collectRefs(config.fields, blocks, refs, seen)
      }
    } else if (field.type === 'tabs') {
      for (const tab of field.tabs) collectRefs(tab.fields, blocks, refs, seen)
    } else if ('fields' in field && Array.isArray(field.fields)) {
      collectRefs(field.fields, blocks, refs, seen)
    }
  }
}

export type Dependents = (changed: string) => readonly string[]

/**
 * For a changed collection, every collection whose documents can embed its documents when read
 * (relationships, uploads, joins, blocks, rich text), so their cached reads go too. Read off the
 * sanitized config, so a field added later is covered without touching the cache.
 */
export const dependentsFrom = (config: Pick<SanitizedConfig, 'collections' | 'blocks'>): Dependents => {
  const blocks = new Map((config.blocks ?? []).map((b) => [b.slug, b]))
  const refsBySlug = config.collections.map((c) => {
    const refs: Refs = { collections: new Set(), anything: false }
    collectRefs(c.fields, blocks, refs, new Set())
    return [c.slug, refs] as const
  })
  const memo = new Map<string, readonly string[]>()
  return (changed) => {
    const known = memo.get(changed)
    if (known) return known
    const dependents = refsBySlug.filter(([slug, refs]) => slug !== changed && (refs.anything || refs.collections.has(changed))).map(([slug]) => slug)
    memo.set(changed, dependents)
    return dependents
  }
}

const byConfig = new WeakMap<object, Dependents>()

/** `dependentsFrom`, computed once per sanitized config. */
export const dependentsOf = (config: SanitizedConfig): Dependents => {
  let dependents = byConfig.get(config)
  if (!dependents) byConfig.set(config, (dependents = dependentsFrom(config)))
  return dependents
}
