import type { Field } from 'payload'

import type { MediaDoc, MediaRef } from '../render/image'
import { placeName, walkFields, type Row, type Where } from './walk'

/** One image (or file) a document shows, and what names it. */
export type ImageUse = {
  where: string
  ref: MediaRef
  /** Alt text the page uses instead of the media document's own (a logo's name, a rich-text image's alt). */
  altOverride?: string | null
}

/** Upload fields whose image takes its alt from a sibling field, as their renderers do (renderLogoWall). */
const ALT_FROM_SIBLING: Record<string, string> = { 'logoWall.media': 'name' }

type LexicalNode = { type?: string; relationTo?: string; value?: unknown; fields?: { alt?: unknown } | null; children?: unknown }

const richTextImages = (value: unknown, at: Where, found: ImageUse[]): void => {
  const visit = (node: LexicalNode | null | undefined) => {
    if (!node || typeof node !== 'object') return
    if (node.type === 'upload' && node.relationTo === 'media') {
      const alt = node.fields?.alt
      found.push({ where: `${placeName(at)} image`, ref: node.value as MediaRef, altOverride: typeof alt === 'string' ? alt : null })
    }
    if (Array.isArray(node.children)) node.children.forEach((c) => visit(c as LexicalNode))
  }
  visit((value as { root?: LexicalNode } | null)?.root)
}

/**
 * Every media reference a document shows: upload fields anywhere in its schema (cover image, guide
 * step images, images inside blocks) and uploads inside rich text. The SEO share image is left out.
 */
export const documentImages = (fields: Field[], doc: Row): ImageUse[] => {
  const found: ImageUse[] = []
  walkFields(fields, doc, {
    upload: (value, at, field, siblings, blockSlug) => {
      if (field.relationTo !== 'media') return
      const sibling = ALT_FROM_SIBLING[`${blockSlug}.${field.name}`]
      const override = sibling ? siblings[sibling] : null
      found.push({ where: placeName(at), ref: value as MediaRef, altOverride: typeof override === 'string' ? override : null })
    },
    richText: (value, at) => richTextImages(value, at, found),
  })
  return found
}

const idOf = (ref: MediaRef): string | null =>
  ref === null || ref === undefined ? null : typeof ref === 'object' ? (ref.id === undefined ? null : String(ref.id)) : String(ref)

/** Ids of the references that are not populated documents, to load in one query. */
export const unpopulatedMediaIds = (uses: ImageUse[]): string[] => [
  ...new Set(uses.flatMap((u) => (u.ref !== null && typeof u.ref === 'object' ? [] : idOf(u.ref) ?? []))),
]

/**
 * "layout[2] Hero image “cover.png” has no alt text" for each image without alt text on the page
 * (its override or the media document's alt). Files that are not images (a PDF) need none.
 */
export const altTextProblems = (uses: ImageUse[], mediaById: ReadonlyMap<string, MediaDoc>): string[] =>
  uses.flatMap((use) => {
    const id = idOf(use.ref)
    const media = use.ref !== null && typeof use.ref === 'object' ? use.ref : id ? mediaById.get(id) : undefined
    if (!media) return id ? [`${use.where} refers to media ${id}, which no longer exists`] : []
    if (media.mimeType && !media.mimeType.startsWith('image/')) return []
    const alt = (use.altOverride || media.alt || '').trim()
    return alt ? [] : [`${use.where} “${media.filename ?? id ?? 'image'}” has no alt text`]
  })
