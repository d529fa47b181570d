import type { RequiredDataFromCollectionSlug } from 'payload'

import type { ContentCollection } from '../../content/content-collection'
import type { SeedRefs } from '../steps/refs'

/** A campaign, keyed by its utm_campaign `key`; `promotes` names content seeded before it by slug. */
export type CampaignSeed = Omit<RequiredDataFromCollectionSlug<'campaigns'>, 'content'> & {
  promotes: { relationTo: ContentCollection; slug: string }[]
}

// In this year's calendar, so the demo shows campaigns that are current or coming up.
const thisYear = (monthDay: string): string => new Date(`${new Date().getFullYear()}-${monthDay}T00:00:00.000Z`).toISOString()

/** An acquisition campaign for a white paper and a recall campaign for dormant accounts. */
export const campaigns = (refs: SeedRefs): CampaignSeed[] => [
  {
    name: 'Finance Q4: growth layers white paper',
    key: 'finance-q4-whitepaper',
    goal: 'acquire',
    lifecycleStage: 'growth',
    targetIndustries: refs.industries('finance'),
    targetLayers: refs.layers('general-value', 'potential-development'),
    startsAt: thisYear('10-01'),
    endsAt: thisYear('12-31'),
    budget: 24_000,
    currency: 'USD',
    promotes: [
      { relationTo: 'white-papers', slug: 'growth-layers-in-commercial-banking' },
      { relationTo: 'articles', slug: 'how-harbor-bank-woke-up-its-business-clients' },
    ],
  },
  {
    name: 'Dormant account recall before renewal',
    key: 'dormant-account-recall',
    goal: 'recall',
    lifecycleStage: 'maturity',
    targetIndustries: refs.industries('retail', 'internet'),
    targetLayers: refs.layers('dormant'),
    startsAt: thisYear('09-01'),
    endsAt: thisYear('11-30'),
    budget: 60_000,
    currency: 'CNY',
    promotes: [
      { relationTo: 'white-papers', slug: 'waking-dormant-accounts-in-retail' },
      { relationTo: 'guides', slug: 'set-up-renewal-risk-alerts' },
      { relationTo: 'product-copy', slug: 'flywheel-engage-introduction' },
    ],
  },
]
