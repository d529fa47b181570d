import type { Block } from 'payload'

import { mediaUpload, textWith, linkUrlProblem } from '../fields'

/** Customer or partner logos. The name is the logo's alt text: it is what the image says. */
export const LogoWall: Block = {
  slug: 'logoWall',
  interfaceName: 'LogoWallBlock',
  labels: { singular: 'Logo wall', plural: 'Logo walls' },
  fields: [
    { name: 'heading', type: 'text', maxLength: 160 },
    {
      name: 'logos',
      type: 'array',
      required: true,
      minRows: 1,
      maxRows: 48,
      fields: [
        mediaUpload('media', { required: true }),
        { name: 'name', type: 'text', required: true, maxLength: 120 },
        { name: 'url', type: 'text', maxLength: 2048, validate: textWith(linkUrlProblem) },
      ],
    },
  ],
}
