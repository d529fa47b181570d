import type { ContentSeed } from '../steps/ensure'
import type { SeedRefs } from '../steps/refs'
import { code, link, p, richText, strong } from './richtext'

/** A guide and, for a child, the slug of its parent (seeded earlier in this list). */
export type GuideSeed = ContentSeed<'guides'> & { parentSlug?: string }

/**
 * Relative to the day the seed runs, so "recently verified" guides stay fresh and the stale one
 * stays stale (collections/Guides/stale.ts: older than GUIDE_STALE_DAYS, 180 by default).
 */
const daysAgo = (days: number): string => new Date(Date.now() - days * 86_400_000).toISOString()

const step = (title: string, ...paragraphs: Parameters<typeof p>[]) => ({ title, body: richText(...paragraphs.map((parts) => p(...parts))) })

const PARENT = 'getting-started-with-flywheel-insight'

/** Operation guides: a getting-started guide with two children, a few standalone ones and one stale migration guide. */
export const guides = (refs: SeedRefs): GuideSeed[] => [
  {
    data: {
      title: 'Getting started with Flywheel Insight',
      slug: PARENT,
      summary: 'Create a workspace, send your first events and see your accounts sorted into growth layers in under an hour.',
      product: refs.product('flywheel-insight'),
      productVersion: '4.2',
      steps: [
        step('Create a workspace', [
          'Sign in, choose ',
          strong('New workspace'),
          ' and name it after the product you want to measure. One workspace per product keeps layers comparable.',
        ]),
        step('Install the tracking snippet', [
          'Copy the snippet below into the page template of your web app, before the closing body tag. Events appear in the live view within a minute.',
        ]),
        step('Identify accounts, not only users', [
          'Call ',
          code('flywheel.group()'),
          ' with the customer’s account id after sign-in. Growth layers are computed per account, so without it every user counts alone.',
        ]),
        step('Invite your team', [
          'Invite customer success and product managers as viewers. They see the same layers you do, which ends arguments about whose numbers are right.',
        ]),
      ],
      layout: [
        {
          blockType: 'codeSample',
          language: 'html',
          code: '<script src="https://example.com/t.js" data-workspace="YOUR_WORKSPACE_ID" defer></script>',
          caption: 'The tracking snippet; replace YOUR_WORKSPACE_ID with the id shown in Settings → Workspace.',
        },
        {
          blockType: 'callToAction',
          heading: 'Stuck on a step?',
          text: 'Our onboarding team answers within one working day.',
          button: { label: 'Contact onboarding', url: 'https://example.com/support/onboarding' },
          style: 'secondary',
        },
      ],
      lastVerifiedAt: daysAgo(12),
      targetLayers: refs.layers('general-value', 'potential-development'),
      tags: ['onboarding', 'insight'],
      authors: [refs.user('editor')],
      meta: {
        title: 'Getting started with Flywheel Insight',
        description: 'Create a workspace, install the tracking snippet and see your accounts sorted into growth layers in under an hour.',
      },
    },
  },
  {
    parentSlug: PARENT,
    data: {
      title: 'Connect your data warehouse',
      slug: 'connect-your-data-warehouse',
      summary: 'Send billing and CRM data from your warehouse so the paying layer reflects real contracts.',
      product: refs.product('flywheel-insight'),
      productVersion: '4.2',
      steps: [
        step('Create a read-only user', ['In your warehouse, create a user that can read the billing and CRM schemas and nothing else.']),
        step('Add the connection', ['In Settings → Sources, choose your warehouse, paste the host and the read-only credentials, then test the connection.']),
        step('Map the account id', [
          'Pick the column that holds the same account id you send with ',
          code('flywheel.group()'),
          '. Unmatched rows are listed so you can fix them.',
        ]),
        step('Schedule the sync', [
          'Hourly is enough for most teams. See ',
          link('https://example.com/docs/insight/warehouse-sync', 'the warehouse sync reference'),
          ' for limits.',
        ]),
      ],
      lastVerifiedAt: daysAgo(30),
      targetLayers: refs.layers('heavy-retention', 'paying'),
      tags: ['integrations', 'insight'],
      authors: [refs.user('developer')],
      meta: {
        title: 'Connect your data warehouse to Flywheel Insight',
        description: 'Sync billing and CRM tables from your warehouse so that the paying growth layer reflects your real contracts.',
      },
    },
  },
  {
    parentSlug: PARENT,
    data: {
      title: 'Build your first growth layer dashboard',
      slug: 'build-your-first-growth-layer-dashboard',
      summary: 'Define the key behaviour of each layer and watch accounts move between layers week by week.',
      product: refs.product('flywheel-insight'),
      productVersion: '4.2',
      steps: [
        step('Pick one key behaviour per layer', ['Start from the defaults (visited, integrated, weekly use, paid) and change only what does not fit your product.']),
        step('Set the time windows', ['Ninety days for dormancy and seven days for weekly use work for most B2B products.']),
        step('Add the movement chart', ['The movement chart shows how many accounts moved up or down each week. It is the chart to review with customer success.']),
        step('Share the dashboard', ['Share a read-only link with the team, or pin it to the workspace home page.']),
      ],
      lastVerifiedAt: daysAgo(45),
      targetLayers: refs.layers('potential-development', 'heavy-retention'),
      tags: ['growth-layers', 'dashboards'],
      authors: [refs.user('editor')],
      meta: {
        title: 'Build your first growth layer dashboard',
        description: 'Define a key behaviour for each growth layer and follow accounts as they move between layers week by week.',
      },
    },
  },
  {
    data: {
      title: 'Set up renewal risk alerts',
      slug: 'set-up-renewal-risk-alerts',
      summary: 'Get a message when a paying account slips a layer in the ninety days before its renewal.',
      product: refs.product('flywheel-engage'),
      productVersion: '3.1',
      steps: [
        step('Import renewal dates', ['Sync renewal dates from your CRM, or upload a CSV with the account id and the date.']),
        step('Create the alert rule', ['Alert when an account drops one layer or more within ninety days of its renewal.']),
        step('Choose where alerts go', ['Send them to the account owner by email and to the customer success channel in your team chat.']),
      ],
      lastVerifiedAt: daysAgo(20),
      targetLayers: refs.layers('paying', 'heavy-retention'),
      tags: ['renewal', 'alerts'],
      authors: [refs.user('marketer')],
      meta: {
        title: 'Set up renewal risk alerts in Flywheel Engage',
        description: 'Alert the account owner when a paying customer slips a growth layer in the ninety days before its renewal date.',
      },
    },
  },
  {
    data: {
      title: 'Migrate event schemas from Pipeline 1',
      slug: 'migrate-event-schemas-from-pipeline-1',
      summary: 'Move custom event schemas from Flywheel Pipeline 1.x to the versioned schema registry of Pipeline 2.',
      product: refs.product('flywheel-pipeline'),
      productVersion: '2.0',
      steps: [
        step('Export your 1.x schemas', ['Run the export command on a Pipeline 1 node; it writes one JSON file per event type.']),
        step('Validate them against 2.0', ['Run the validator. Fields typed as “any” in 1.x must get a concrete type in 2.0.']),
        step('Register the schemas', ['Upload the files to the schema registry. Each becomes version 1 of its event type.']),
        step('Switch the collectors', ['Point collectors at the 2.0 endpoint one site at a time and compare event counts for a day before moving on.']),
        step('Retire the 1.x nodes', ['When every site has run on 2.0 for a week, stop the old nodes.']),
      ],
      // Written for the 2.0 beta and not checked since: the guide the stale-content report should flag.
      lastVerifiedAt: daysAgo(540),
      targetLayers: refs.layers('heavy-retention'),
      tags: ['migration', 'pipeline'],
      authors: [refs.user('developer')],
      meta: {
        title: 'Migrate event schemas from Pipeline 1 to Pipeline 2',
        description: 'Export Pipeline 1 event schemas, validate them, register them in the 2.0 schema registry and switch collectors site by site.',
      },
    },
  },
]
