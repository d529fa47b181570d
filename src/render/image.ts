import type { Media } from '../payload-types'
import { resourceUrl, type RenderContext } from './context'
import { attrs } from './html'

/** The part of a `media` document the renderers read. */
export type MediaDoc = Pick<Media, 'url' | 'alt' | 'width' | 'height' | 'sizes' | 'filename' | 'mimeType'> & {
  id?: number | string
}

/** An upload field's value: the id when the query did not populate it (depth 0), else the document. */
export type MediaRef = number | string | MediaDoc | null | undefined

export const populatedMedia = (value: MediaRef): MediaDoc | null =>
  value !== null && typeof value === 'object' ? value : null

export const mediaId = (value: MediaRef): number | string | null =>
  value === null || value === undefined ? null : typeof value === 'object' ? (value.id ?? null) : value

// Widths from src/fields/image-sizes.ts. `og` is left out: it is cropped to 1200×630, and a srcset
// must only offer one aspect ratio or the browser may swap in a differently cropped image.
const SRCSET_SIZES = ['thumbnail', 'card', 'hero'] as const

export type ImageOptions = {
  /** Overrides the document's alt when non-empty, e.g. a logo's company name. */
  alt?: string | null
  /** The `sizes` attribute: how wide the image is shown. Defaults to full width. */
  sizes?: string
  className?: string
}

const srcset = (doc: MediaDoc, suffix: '' | 'Webp', ctx: RenderContext): string =>
  SRCSET_SIZES.map((name) => doc.sizes?.[`${name}${suffix}`])
    .flatMap((size) => {
      // A space would end the URL early in srcset's grammar; uploaded file names can contain one.
      const url = size?.width ? resourceUrl(size.url, ctx)?.replace(/\s/g, encodeURIComponent) : null
      return url ? [`${url} ${size?.width}w`] : []
    })
    .join(', ')

/**
 * An <img> (in a <picture> with a WebP <source> when WebP sizes exist) for a populated media
 * document; an empty string for an unpopulated id or a non-image such as a PDF.
 */
export const renderImage = (value: MediaRef, ctx: RenderContext, options: ImageOptions = {}): string => {
  const doc = populatedMedia(value)
  if (!doc || (doc.mimeType && !doc.mimeType.startsWith('image/'))) return ''
  const src = resourceUrl(doc.url, ctx)
  if (!src) return ''
  const alt = (options.alt || doc.alt || '').trim()
  const sizes = options.sizes ?? '100vw'
  const fallbackSet = srcset(doc, '', ctx)
  const webpSet = srcset(doc, 'Webp', ctx)
  const img = `<img${attrs({
    class: options.className,
    src,
    srcset: fallbackSet,
    sizes: fallbackSet ? sizes : null,
    width: doc.width,
    height: doc.height,
    alt,
    // No alt text on the media document: the editor has not described it yet. Announcing the file
    // name would be worse than silence, so it is treated as decorative until someone adds alt text.
    role: alt ? null : 'presentation',
    loading: 'lazy',
    decoding: 'async',
  })}>`
  if (!webpSet) return img
  return `<picture><source${attrs({ type: 'image/webp', srcset: webpSet, sizes })}>${img}</picture>`
}
