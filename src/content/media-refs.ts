import type { Block, Field, PayloadRequest } from 'payload'

import { allBlocks } from '../blocks'

type Path = string[]

/** Paths of upload fields inside a block (`*` steps into array rows), read off the block configs. */
const uploadPaths = (fields: Field[], prefix: Path = []): Path[] =>
  fields.flatMap((field): Path[] => {
    if (field.type === 'upload') return [[...prefix, field.name]]
    if (field.type === 'group' && 'name' in field && field.name) return uploadPaths(field.fields, [...prefix, field.name])
    if (field.type === 'array') return uploadPaths(field.fields, [...prefix, field.name, '*'])
    if ((field.type === 'row' || field.type === 'collapsible' || field.type === 'group') && 'fields' in field)
      return uploadPaths(field.fields, prefix)
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => uploadPaths(tab.fields, 'name' in tab && tab.name ? [...prefix, tab.name] : prefix))
    return []
  })

const pathsBySlug = new Map<string, Path[]>(allBlocks.map((b: Block) => [b.slug, uploadPaths(b.fields)]))

type Visit = (holder: Record<string, unknown>, key: string) => void

const walk = (node: unknown, path: Path, visit: Visit): void => {
  if (!node || typeof node !== 'object') return
  const [head, ...rest] = path
  if (head === '*') {
    if (Array.isArray(node)) for (const row of node) walk(row, rest, visit)
    return
  }
  const holder = node as Record<string, unknown>
  if (rest.length === 0) visit(holder, head)
  else walk(holder[head], rest, visit)
}

type BlockLike = { blockType?: string } & Record<string, unknown>

/**
 * Replaces media ids inside blocks with their documents (one query for all of them), so HTML
 * rendered at depth 0 — GraphQL resolves relations after afterRead — still has its images.
 */
export const withPopulatedMedia = async (blocks: BlockLike[], req: PayloadRequest): Promise<BlockLike[]> => {
  const copy = structuredClone(blocks)
  const refs: { holder: Record<string, unknown>; key: string; id: number | string }[] = []
  for (const block of copy) {
    for (const path of pathsBySlug.get(block.blockType ?? '') ?? []) {
      walk(block, path, (holder, key) => {
        const value = holder[key]
        if (typeof value === 'number' || typeof value === 'string') refs.push({ holder, key, id: value })
      })
    }
  }
  if (refs.length === 0) return copy
  const ids = [...new Set(refs.map((r) => r.id))]
  const { docs } = await req.payload.find({
    collection: 'media',
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    pagination: false,
    req,
  })
  const byId = new Map(docs.map((d) => [String(d.id), d]))
  for (const ref of refs) ref.holder[ref.key] = byId.get(String(ref.id)) ?? ref.holder[ref.key]
  return copy
}
