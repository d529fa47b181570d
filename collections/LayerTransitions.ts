import type { CollectionConfig } from 'payload'

import { authenticated } from '../src/access/authenticated'
import { nobody } from '../src/access/nobody'

/**
 * Every move of a contact or account between growth layers (or sub-tiers), with what triggered it.
 * Append-only: written by the layers engine (src/growth/layers), never edited; `creditedAt` is set
 * once the transition's touchpoints are credited (src/growth/transitions/credit-pending.ts).
 * `fromLayer`/`toLayer` are slugs (text, not relationships), so a transition keeps its meaning after a
 * layer is renamed or deleted.
 */
export const LayerTransitions: CollectionConfig<'layer-transitions'> = {
  slug: 'layer-transitions',
  admin: { group: 'Growth', defaultColumns: ['at', 'subjectType', 'fromLayer', 'toLayer', 'direction', 'triggerEvent'] },
  access: { read: authenticated, create: nobody, update: nobody, delete: nobody },
  timestamps: false,
  defaultSort: '-at',
  fields: [
    { name: 'subjectType', type: 'select', required: true, index: true, options: ['contact', 'account'] },
    { name: 'contact', type: 'relationship', relationTo: 'contacts', index: true },
    { name: 'account', type: 'relationship', relationTo: 'accounts', index: true },
    { name: 'fromLayer', type: 'text' },
    { name: 'toLayer', type: 'text' },
    { name: 'fromSubTier', type: 'text' },
    { name: 'toSubTier', type: 'text' },
    { name: 'direction', type: 'select', options: ['up', 'down', 'lateral'] },
    { name: 'at', type: 'date', required: true, index: true },
    { name: 'triggerKind', type: 'select', options: ['event', 'conversion', 'recompute', 'dormancy'] },
    { name: 'triggerEvent', type: 'text' },
    { name: 'triggerId', type: 'text' },
    { name: 'creditedAt', type: 'date', index: true },
  ],
}
