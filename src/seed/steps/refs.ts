import type { Payload } from 'payload'

import type { Role } from '../../access/roles'
import { CONTENT_COLLECTIONS, type ContentCollection } from '../../content/content-collection'
import type { MediaName } from '../data/media'
import type { IndustrySlug, LayerSlug, ProductSlug } from '../data/taxonomy'

/**
 * Ids of what demo content points at, looked up by a stable name (file name, slug, campaign key,
 * role) so the data modules never hold database ids. A missing name is a bug in the seed data, so
 * it fails loudly instead of saving a dangling relation.
 */
export type SeedRefs = {
  media: (name: MediaName) => number
  industries: (...slugs: IndustrySlug[]) => number[]
  layers: (...slugs: LayerSlug[]) => number[]
  product: (slug: ProductSlug) => number
  /** The demo team member with this role (admin@, editor@… flywheel.demo, from steps/users.ts). */
  user: (role: Role) => number
  content: (collection: ContentCollection, slug: string) => number
  campaign: (key: string) => number
}

type Row = { id: number | string } & Record<string, unknown>

const lookup = <K extends string>(kind: string, rows: Row[], field: string) => {
  const ids = new Map(rows.map((row) => [String(row[field]), row.id as number]))
  return (name: K): number => {
    const id = ids.get(name)
    if (id === undefined) throw new Error(`seed: no ${kind} "${name}"; seed it in an earlier step`)
    return id
  }
}

const all = async (payload: Payload, collection: Parameters<Payload['find']>[0]['collection'], field: string): Promise<Row[]> =>
  (await payload.find({ collection, depth: 0, pagination: false, select: { [field]: true }, draft: false })).docs as unknown as Row[]

/** Reads the current ids; call it again after a step that creates something later steps point at. */
export const loadRefs = async (payload: Payload): Promise<SeedRefs> => {
  const media = lookup<MediaName>('media file', await all(payload, 'media', 'filename'), 'filename')
  const industry = lookup<IndustrySlug>('industry', await all(payload, 'industries', 'slug'), 'slug')
  const layer = lookup<LayerSlug>('growth layer', await all(payload, 'growth-layers', 'slug'), 'slug')
  const product = lookup<ProductSlug>('product', await all(payload, 'products', 'slug'), 'slug')
  const user = lookup<string>('demo user', await all(payload, 'users', 'email'), 'email')
  const campaign = lookup<string>('campaign', await all(payload, 'campaigns', 'key'), 'key')
  const content = new Map<ContentCollection, (slug: string) => number>()
  for (const collection of CONTENT_COLLECTIONS) content.set(collection, lookup(collection, await all(payload, collection, 'slug'), 'slug'))
  return {
    media,
    industries: (...slugs) => slugs.map(industry),
    layers: (...slugs) => slugs.map(layer),
    product,
    user: (role) => user(`${role}@flywheel.demo`),
    content: (collection, slug) => content.get(collection)!(slug),
    campaign,
  }
}
