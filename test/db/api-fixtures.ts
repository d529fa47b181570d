import type { Payload } from 'payload'

import type { ContentCollection } from '../../src/content/content-collection'

// Seed writes set the workflow state directly (the workflow lets `seeding` through).
const SEEDING = { seeding: true }
const PUBLISHED = { workflowState: 'published', _status: 'published' } as const
const DRAFT = { workflowState: 'draft', _status: 'draft' } as const

const lexical = (text: string) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: 'ltr' as const,
        format: '' as const,
        indent: 0,
        textFormat: 0,
        children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
      },
    ],
  },
})

export type Fixtures = Awaited<ReturnType<typeof createFixtures>>

/**
 * Content across industries, products, layers and tags for the developer-query tests:
 *  finance / media industries; ledger / beacon products; paying / dormant layers.
 *  - whitePaper (published): finance, ledger, paying, tags playbook+banking
 *  - secretPaper (draft only): finance, ledger, paying, tag playbook — never in anonymous answers
 *  - article (published): media, paying, tag story; title with literal % and _
 *  - revised (published, then a newer draft titled "Revised draft title"): finance, paying
 *  - guide (published): ledger, dormant, tag playbook
 *  - productCopy (published): ledger
 *  - landingPage (published): paying
 */
export const createFixtures = async (payload: Payload) => {
  const create = async <C extends ContentCollection>(collection: C, data: Record<string, unknown>, status: typeof PUBLISHED | typeof DRAFT = PUBLISHED) =>
    payload.create({ collection, data: { ...data, ...status } as never, context: SEEDING, depth: 0, draft: status === DRAFT })

  const finance = await payload.create({ collection: 'industries', data: { name: 'Finance', slug: 'finance' } })
  const media = await payload.create({ collection: 'industries', data: { name: 'Media', slug: 'media' } })
  const ledger = await payload.create({ collection: 'products', data: { name: 'Ledger', slug: 'ledger' } })
  const beacon = await payload.create({ collection: 'products', data: { name: 'Beacon', slug: 'beacon' } })
  const paying = await payload.create({ collection: 'growth-layers', data: { name: 'Paying', slug: 'paying', rank: 3 } })
  const dormant = await payload.create({ collection: 'growth-layers', data: { name: 'Dormant', slug: 'dormant', rank: 0 } })

  const whitePaper = await create('white-papers', {
    title: 'Finance Growth Playbook',
    slug: 'finance-growth-playbook',
    summary: 'How retail banks grow accounts',
    body: lexical('Banks that grow start with trust.'),
    industries: [finance.id],
    product: ledger.id,
    targetLayers: [paying.id],
    tags: ['playbook', 'banking'],
  })
  const secretPaper = await create(
    'white-papers',
    {
      title: 'Secret Finance Draft',
      slug: 'secret-finance-draft',
      summary: 'Not ready for anyone outside the team',
      body: lexical('Unreleased numbers.'),
      industries: [finance.id],
      product: ledger.id,
      targetLayers: [paying.id],
      tags: ['playbook'],
    },
    DRAFT,
  )
  const article = await create('articles', {
    title: 'Media 100% growth_story',
    slug: 'media-growth-story',
    summary: 'Q&A with media leaders about audiences',
    industries: [media.id],
    targetLayers: [paying.id],
    tags: ['story'],
  })
  const revised = await create('articles', {
    title: 'Revised published title',
    slug: 'revised-article',
    summary: 'The published summary',
    body: lexical('Published words.'),
    industries: [finance.id],
    targetLayers: [paying.id],
  })
  await payload.update({
    collection: 'articles',
    id: revised.id,
    draft: true,
    data: { title: 'Revised draft title', body: lexical('Draft words.'), ...DRAFT } as never,
    context: SEEDING,
  })
  const guide = await create('guides', {
    title: 'Ledger setup guide',
    slug: 'ledger-setup-guide',
    summary: 'Install and configure the ledger',
    product: ledger.id,
    targetLayers: [dormant.id],
    tags: ['playbook'],
  })
  const productCopy = await create('product-copy', {
    title: 'Ledger introduction',
    slug: 'ledger-introduction',
    product: ledger.id,
    page: 'introduction',
    summary: 'The ledger for growing finance teams',
  })
  const landingPage = await create('landing-pages', {
    title: 'Offer for paying users',
    slug: 'paying-offer',
    layout: [{ blockType: 'hero', heading: 'Upgrade your plan' }],
    targetLayers: [paying.id],
  })
  return { finance, media, ledger, beacon, paying, dormant, whitePaper, secretPaper, article, revised, guide, productCopy, landingPage }
}
