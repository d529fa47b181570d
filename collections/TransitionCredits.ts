import type { CollectionConfig } from 'payload'

import { authenticated } from '../src/access/authenticated'
import { nobody } from '../src/access/nobody'
import { MODELS } from '../src/attribution/models/credit'

/**
 * One row per layer transition × touchpoint × attribution model: the share of the transition the touch
 * earns (weights of one transition and model add up to 1). Written by src/growth/transitions/credit-pending.ts,
 * so "which white paper moved accounts from potential development to heavy retention" is a plain sum.
 * Flat columns, like attribution-credits, for batch inserts and aggregate queries.
 */
export const TransitionCredits: CollectionConfig<'transition-credits'> = {
  slug: 'transition-credits',
  admin: { group: 'Growth', defaultColumns: ['at', 'fromLayer', 'toLayer', 'model', 'contentType', 'channel', 'weight'] },
  access: { read: authenticated, create: nobody, update: nobody, delete: nobody },
  timestamps: false,
  // Reports filter by model, period and the layers of the transition.
  indexes: [{ fields: ['model', 'at'] }],
  fields: [
    { name: 'transitionId', type: 'number', required: true, index: true },
    { name: 'subjectType', type: 'select', required: true, options: ['contact', 'account'] },
    { name: 'fromLayer', type: 'text' },
    { name: 'toLayer', type: 'text' },
    { name: 'at', type: 'date', required: true, index: true },
    { name: 'model', type: 'select', required: true, options: [...MODELS] },
    { name: 'contactId', type: 'number' },
    { name: 'accountId', type: 'number' },
    { name: 'touchAt', type: 'date', required: true },
    { name: 'touchKind', type: 'select', required: true, options: ['click', 'visit'] },
    { name: 'channel', type: 'text' },
    { name: 'campaignKey', type: 'text' },
    { name: 'contentType', type: 'text' },
    { name: 'contentId', type: 'number' },
    { name: 'linkId', type: 'number' },
    { name: 'weight', type: 'number', required: true },
  ],
}
