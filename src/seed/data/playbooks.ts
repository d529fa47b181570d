import type { ContentCollection } from '../../content/content-collection'
import type { LayerSlug } from './taxonomy'

export type SeedPlaybook = {
  layer: LayerSlug
  name: string
  goal: string
  content: [ContentCollection, string][]
  /** Channel slugs (src/seed/data/distribution.ts). */
  channels: string[]
  cadence: 'weekly' | 'biweekly' | 'monthly' | 'quarterly'
}

/** One playbook per growth layer: what moves that layer up, with demo content and channels. */
export const PLAYBOOKS: SeedPlaybook[] = [
  {
    layer: 'general-value',
    name: 'From product page to SDK',
    goal: 'Visitors of the product pages integrate the SDK and send their first events.',
    content: [['white-papers', 'growth-layers-in-commercial-banking'], ['articles', 'why-b2b-products-need-a-growth-system']],
    channels: ['linkedin-company-page', 'partner-feed'],
    cadence: 'monthly',
  },
  {
    layer: 'potential-development',
    name: 'First dashboard in a week',
    goal: 'Accounts that integrated the SDK open their first dashboard within seven days.',
    content: [['guides', 'connect-your-data-warehouse'], ['guides', 'build-your-first-growth-layer-dashboard'], ['white-papers', 'activation-metrics-for-industrial-saas']],
    channels: ['growth-newsletter'],
    cadence: 'weekly',
  },
  {
    layer: 'heavy-retention',
    name: 'From daily use to a purchase',
    goal: 'Teams that look at their dashboards every week buy before the trial ends.',
    content: [['guides', 'set-up-renewal-risk-alerts'], ['white-papers', 'adoption-before-renewal-public-sector']],
    channels: ['growth-newsletter', 'partner-crm-webhook'],
    cadence: 'biweekly',
  },
  {
    layer: 'paying',
    name: 'Second team, then renewal',
    goal: 'Paying accounts bring a second team on board and renew; one-time buyers buy again.',
    content: [['articles', 'how-harbor-bank-woke-up-its-business-clients'], ['guides', 'migrate-event-schemas-from-pipeline-1']],
    channels: ['growth-newsletter'],
    cadence: 'monthly',
  },
  {
    layer: 'dormant',
    name: 'Win back quiet accounts',
    goal: 'Accounts without activity for 90 days come back to their dashboards.',
    content: [['white-papers', 'waking-dormant-accounts-in-retail'], ['articles', 'operating-small-accounts-like-a-consumer-app']],
    channels: ['growth-newsletter', 'linkedin-company-page'],
    cadence: 'quarterly',
  },
]

/** Demo accounts the team looks after closely (src/seed/data/growth-layers.ts); each industry's best earner is its benchmark. */
export const KEY_ACCOUNT_DOMAINS = [
  'northwind-bank.example',
  'civic-data.example',
  'skyport.example',
  'harbor-media.example',
  'bright-retail.example',
  'ironworks.example',
  'metro-safety.example',
]
