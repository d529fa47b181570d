import type { CollectionConfig } from 'payload'

import { anyone } from '../src/access/anyone'
import { isAdmin } from '../src/access/isAdmin'
import { slugField } from '../src/fields/slug'
import { previewEndpoint } from '../src/growth/layers/preview-endpoint'
import { queueLayersOnDelete, queueLayersOnRuleChange } from '../src/growth/layers/queue-recompute'
import { conditionProblem, MAX_WINDOW_DAYS, METRICS, type Condition } from '../src/growth/layers/rules'

/** A condition field's check: the message of `conditionProblem` when it concerns this field. */
const conditionField =
  (field: keyof Condition) =>
  (_value: unknown, { siblingData }: { siblingData: Partial<Condition> }) => {
    const problem = conditionProblem(siblingData)
    return problem && problem.path === field ? problem.message : true
  }

/**
 * User-growth layers (general value → potential development → heavy retention → paying, and
 * dormant), each with its rule as data: conditions over a subject's events, conversions, revenue and
 * last activity. The highest-rank layer whose rule matches wins; an overriding layer (dormant) wins
 * whenever it matches. Saving a rule recomputes every contact's and account's layer in the background;
 * POST /api/growth-layers/preview shows who a rule would take before saving it.
 */
export const GrowthLayers: CollectionConfig<'growth-layers'> = {
  slug: 'growth-layers',
  admin: { group: 'Growth', useAsTitle: 'name', defaultColumns: ['name', 'slug', 'rank', 'overrides'] },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  defaultSort: 'rank',
  endpoints: [previewEndpoint],
  hooks: { afterChange: [queueLayersOnRuleChange], afterDelete: [queueLayersOnDelete] },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, maxLength: 80 },
    slugField('name'),
    { name: 'rank', type: 'number', required: true, min: 0, admin: { description: 'Higher ranks are further along.' } },
    { name: 'description', type: 'textarea', localized: true, maxLength: 500 },
    {
      name: 'match',
      type: 'select',
      // Not required: layers created before rules existed (and by callers that set none) match `all`.
      defaultValue: 'all',
      options: [
        { label: 'All conditions', value: 'all' },
        { label: 'Any condition', value: 'any' },
      ],
    },
    {
      name: 'conditions',
      type: 'array',
      labels: { singular: 'Condition', plural: 'Conditions' },
      maxRows: 20,
      admin: { description: 'Without conditions the layer matches nobody. Counts include track events (/v1/events) and conversions (/v1/conversions) of that name.' },
      fields: [
        { name: 'metric', type: 'select', required: true, options: [...METRICS], validate: conditionField('metric') },
        { name: 'event', type: 'text', maxLength: 100, validate: conditionField('event'), admin: { description: 'For counts: the event or conversion name, e.g. product_page_viewed.' } },
        {
          name: 'withinDays',
          label: 'Within (days)',
          type: 'number',
          validate: conditionField('withinDays'),
          admin: { description: `For counts: only the last N days (1–${MAX_WINDOW_DAYS}); empty counts all time.` },
        },
        { name: 'min', label: 'At least', type: 'number', required: true, validate: conditionField('min') },
      ],
    },
    {
      name: 'overrides',
      label: 'Overrides higher layers',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: 'When this rule matches it wins over higher ranks (the dormant layer).' },
    },
  ],
}
