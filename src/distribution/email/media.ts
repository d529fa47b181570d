import { populatedMedia, type MediaDoc, type MediaRef } from '../../render/image'
import { image } from './html'
import { CONTENT_WIDTH } from './styles'
import type { EmailEnv } from './types'

// JPEG/PNG sizes only: Outlook for Windows and older clients show no WebP. Widths from
// src/fields/image-sizes.ts; `og` is cropped, so it is left out like in the site's srcset.
const SIZES = ['thumbnail', 'card', 'hero'] as const

/** The smallest stored size at least `width` wide (a mail has no srcset), else the original. */
const sourceFor = (doc: MediaDoc, width: number): string | null | undefined => {
  const fitting = SIZES.map((name) => doc.sizes?.[name])
    .filter((size) => size?.url && size.width && size.width >= width)
    .sort((a, b) => (a?.width ?? 0) - (b?.width ?? 0))
  return fitting[0]?.url ?? doc.url
}

export type MediaImageOptions = { alt?: string | null; width?: number; href?: string | null }

/** An <img> for a populated image document; empty for an id, a PDF or a missing URL. */
export const mediaImage = (value: MediaRef, env: EmailEnv, options: MediaImageOptions = {}): string => {
  const doc = populatedMedia(value)
  if (!doc || (doc.mimeType && !doc.mimeType.startsWith('image/'))) return ''
  const width = options.width ?? CONTENT_WIDTH
  const src = env.resource(sourceFor(doc, width))
  const alt = (options.alt || doc.alt || '').trim()
  const ratio = doc.width && doc.height ? doc.height / doc.width : undefined
  return image(src, alt, { href: options.href, width, ratio })
}
