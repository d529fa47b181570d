import type { Block } from 'payload'

import { linkGroup, mediaUpload } from '../fields'

/** The opening of a landing page: the page's <h1>, a promise, up to two calls to action. */
export const Hero: Block = {
  slug: 'hero',
  interfaceName: 'HeroBlock',
  labels: { singular: 'Hero', plural: 'Heroes' },
  fields: [
    { name: 'heading', type: 'text', required: true, maxLength: 160 },
    { name: 'subheading', type: 'textarea', maxLength: 500 },
    mediaUpload('image'),
    linkGroup('primaryCta', 'Primary call to action'),
    linkGroup('secondaryCta', 'Secondary call to action'),
  ],
}
