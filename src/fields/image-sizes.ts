import type { ImageSize } from 'payload'

const WEBP = { format: 'webp', options: { quality: 80 } } as const

/** Each size once in the upload's own format and once as WebP (`<name>Webp`). */
const withWebp = (size: ImageSize): ImageSize[] => [size, { ...size, name: `${size.name}Webp`, formatOptions: WEBP }]

/**
 * thumbnail 400w, card 800w, hero 1600w, og 1200×630 cropped around the focal point.
 * A size larger than the original is omitted (Payload's default `withoutEnlargement`), never upscaled.
 */
export const imageSizes: ImageSize[] = (
  [
    { name: 'thumbnail', width: 400 },
    { name: 'card', width: 800 },
    { name: 'hero', width: 1600 },
    { name: 'og', width: 1200, height: 630, fit: 'cover' },
  ] satisfies ImageSize[]
).flatMap(withWebp)
