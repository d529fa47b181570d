import type { BlocksField } from 'payload'

import { allBlocks } from '../blocks'

/** A page composed of standard components, one composition per locale. */
export const layoutField = (overrides: Partial<BlocksField> = {}): BlocksField => ({
  name: 'layout',
  type: 'blocks',
  blocks: allBlocks,
  localized: true,
  ...overrides,
})
