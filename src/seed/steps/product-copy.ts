import type { Payload } from 'payload'

import { productCopy } from '../data/product-copy'
import { ensureContent } from './ensure'
import type { SeedRefs } from './refs'

/** Each product's introduction page, with an English and a Chinese layout. */
export const seedProductCopy = async (payload: Payload, refs: SeedRefs): Promise<void> => {
  for (const copy of productCopy(refs)) await ensureContent(payload, 'product-copy', copy)
}
