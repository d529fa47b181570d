import type { Payload } from 'payload'

import type { ContentCollection } from '../content/content-collection'
import { h2, p, richText } from '../seed/data/richtext'
import type { IndustrySlug, LayerSlug, ProductSlug } from '../seed/data/taxonomy'
import { ensureContent, SEEDING, type ContentSeed } from '../seed/steps/ensure'
import type { SeedRefs } from '../seed/steps/refs'
import type { Dice } from './random'

export type DemoContent = { collection: ContentCollection; id: number; title: string }

const TOPICS = [
  { topic: 'Onboarding', product: 'flywheel-engage', layers: ['general-value', 'potential-development'] },
  { topic: 'Retention', product: 'flywheel-insight', layers: ['heavy-retention', 'paying'] },
  { topic: 'Data pipelines', product: 'flywheel-pipeline', layers: ['potential-development'] },
  { topic: 'Dashboards', product: 'flywheel-insight', layers: ['heavy-retention'] },
  { topic: 'Renewals', product: 'flywheel-engage', layers: ['paying', 'dormant'] },
  { topic: 'Pricing', product: 'flywheel-insight', layers: ['general-value'] },
] as const satisfies readonly { topic: string; product: ProductSlug; layers: LayerSlug[] }[]

const INDUSTRY_WORDS: Record<IndustrySlug, string> = {
  finance: 'banks',
  government: 'public agencies',
  media: 'media groups',
  internet: 'internet companies',
  'public-security': 'public security teams',
  airports: 'airports',
  manufacturing: 'manufacturers',
  retail: 'retailers',
}
const COVERS = ['cover-growth-layers-banking.png', 'cover-adoption-public-sector.png', 'cover-media-retention.png', 'cover-industrial-activation.png', 'cover-retail-dormant.png', 'cover-airport-operations.png', 'cover-growth-system.png'] as const

/** How many items of each type the demo adds to the seed's content (a few dozen in all). */
const PLAN: [ContentCollection, number][] = [
  ['articles', 10],
  ['white-papers', 6],
  ['guides', 6],
  ['landing-pages', 4],
  ['product-copy', 4],
]
const ARTICLE_FORMATS = ['article', 'case-study', 'qa', 'open-class', 'short-video'] as const
const PAGES = ['features', 'pricing', 'solutions', 'home'] as const

const slugOf = (title: string, n: number) => `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80)}-${n}`

/** SEO meta the pre-publish check asks for: a title ≤ 70 and a description of 50–160 characters. */
const meta = (title: string, description: string) => ({ title: `${title.slice(0, 58)} · Flywheel`, description: description.slice(0, 158) })

/** One item's seed: the fields every type shares plus the type's own. */
const itemSeed = (collection: ContentCollection, n: number, d: Dice, refs: SeedRefs, industries: IndustrySlug[], now: number): ContentSeed<ContentCollection> => {
  const t = TOPICS[n % TOPICS.length]
  const industry = d.pick(industries)
  const who = INDUSTRY_WORDS[industry]
  const authors = [refs.user(d.pick(['editor', 'marketer'] as const))]
  const summary = `${t.topic} for ${who}: what the teams that renew every year do in their first ninety days, with numbers from our customers.`
  const body = richText(h2(`${t.topic} in practice`), p(summary), p('Start with one key behaviour per growth layer and measure how many accounts reach it every week.'))
  const common = { industries: refs.industries(industry), product: refs.product(t.product), targetLayers: refs.layers(...t.layers), authors }
  switch (collection) {
    case 'articles': {
      const title = `${t.topic} lessons from ${who} (${n + 1})`
      return { data: { title, slug: slugOf(title, n), summary, body, topic: t.topic, format: ARTICLE_FORMATS[n % ARTICLE_FORMATS.length], series: `${t.topic} notes`, coverImage: refs.media(d.pick(COVERS)), ...common, meta: meta(title, summary) } as never }
    }
    case 'white-papers': {
      const title = `The ${t.topic.toLowerCase()} benchmark for ${who}`
      return { data: { title, slug: slugOf(title, n), summary, body, coverImage: refs.media(d.pick(COVERS)), gated: n % 2 === 0, ...common, meta: meta(title, summary) } as never }
    }
    case 'guides': {
      const title = `How to set up ${t.topic.toLowerCase()} tracking, part ${n + 1}`
      const steps = [1, 2, 3].map((s) => ({ title: `Step ${s}: ${['connect the source', 'define the key behaviour', 'watch the layer move'][s - 1]}`, body: richText(p(`Step ${s} of setting up ${t.topic.toLowerCase()} tracking.`)) }))
      return { data: { title, slug: slugOf(title, n), summary, product: common.product, productVersion: '4.2', steps, lastVerifiedAt: new Date(now - (10 + n * 20) * 86_400_000).toISOString(), authors, meta: meta(title, summary) } as never }
    }
    case 'landing-pages': {
      const title = `${t.topic} for ${who}: free consultation`
      const layout = [{ blockType: 'hero', heading: title, subheading: summary, primaryCta: { label: 'Book a call', url: 'https://example.com/contact' } }]
      return { data: { title, slug: slugOf(title, n), layout, targetLayers: common.targetLayers, meta: meta(title, summary) } as never }
    }
    case 'product-copy': {
      const title = `${t.topic} ${PAGES[n % PAGES.length]} page copy`
      const layout = [{ blockType: 'hero', heading: `${t.topic} that ${who} rely on`, subheading: summary }]
      return { data: { title, slug: slugOf(title, n), product: common.product, page: PAGES[n % PAGES.length], summary, layout, meta: meta(title, summary) } as never }
    }
  }
}

/**
 * A few dozen published items across the content types, created through the Local API (valid
 * documents: hooks, versions, rendered HTML) as the seed creates its own.
 */
export const createDemoContent = async (payload: Payload, refs: SeedRefs, d: Dice, industries: IndustrySlug[], now: number): Promise<DemoContent[]> => {
  const out: DemoContent[] = []
  for (const [collection, count] of PLAN) {
    for (let n = 0; n < count; n++) {
      const seed = itemSeed(collection, n, d, refs, industries, now)
      await ensureContent(payload, collection, seed)
      const found = await payload.find({ collection, where: { slug: { equals: (seed.data as { slug: string }).slug } }, limit: 1, depth: 0, context: SEEDING })
      const doc = found.docs[0] as { id: number; title?: string } | undefined
      if (doc) out.push({ collection, id: Number(doc.id), title: doc.title ?? '' })
    }
  }
  return out
}
