import type { CollectionConfig } from 'payload'

import { anyone } from '../src/access/anyone'
import { canWriteContent } from '../src/access/canWriteContent'
import { mediaDir } from '../src/env/paths'
import { imageSizes } from '../src/fields/image-sizes'

/** Images and white-paper PDFs. SVG is refused: it can carry script. */
export const MEDIA_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif', 'application/pdf']

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  admin: { group: 'Content', defaultColumns: ['filename', 'alt', 'mimeType', 'filesize', 'updatedAt'] },
  access: {
    read: anyone,
    create: canWriteContent,
    update: canWriteContent,
    delete: canWriteContent,
  },
  upload: {
    staticDir: mediaDir(),
    mimeTypes: MEDIA_MIME_TYPES,
    focalPoint: true,
    crop: true,
    imageSizes,
    adminThumbnail: 'thumbnail',
  },
  fields: [
    { name: 'alt', type: 'text', maxLength: 300, admin: { description: 'Describe the image for screen readers; required before publishing content that uses it.' } },
    { name: 'caption', type: 'text', maxLength: 500 },
  ],
}
