import type { Field } from 'payload'

import { SUB_TIERS } from '../growth/layers/rules'

const computed = (description: string) => ({ readOnly: true, description })

/**
 * Where a contact or an account stands among the growth layers, written only by the layers engine
 * (src/growth/layers) with raw SQL: read-only in the admin. `withLayer` adds the layer relationship
 * itself (contacts declare theirs with their own description).
 */
export const layerStandingFields = ({ withLayer }: { withLayer: boolean }): Field[] => [
  ...(withLayer
    ? [{ name: 'layer', label: 'Growth layer', type: 'relationship', relationTo: 'growth-layers', index: true, admin: computed('Set by the growth-layer rules (Growth → Growth layers).') } satisfies Field]
    : []),
  {
    name: 'subTier',
    type: 'select',
    options: [...SUB_TIERS],
    admin: computed('Only in the paying layer: by revenue to date (Growth → Layer settings).'),
  },
  { name: 'layerSince', type: 'date', admin: computed('When it entered its current layer or sub-tier.') },
  { name: 'revenueToDate', type: 'number', admin: computed('Purchases minus refunds in the reporting currency.') },
  { name: 'purchases', type: 'number', admin: computed('Purchase conversions with revenue.') },
  // Not indexed: every index of contacts is rewritten when the layers engine moves one (no HOT update).
  { name: 'lastActivityAt', type: 'date', admin: computed('Latest event or conversion.') },
  // A contact's counts as of its last placement: an account is placed again from its other contacts'
  // stored counts instead of recounting their events (windowed counts refresh in the nightly recompute).
  ...(withLayer ? [] : [{ name: 'layerCounts', type: 'json', admin: { hidden: true, readOnly: true } } satisfies Field]),
]
