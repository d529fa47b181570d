import type { FieldHook, TextareaField } from 'payload'

import { renderBlocks } from '../blocks'
import { withPopulatedMedia } from '../content/media-refs'

type Source = { body?: unknown; layout?: unknown }

const renderHtml: FieldHook = async ({ siblingData, req }) => {
  const { body, layout } = (siblingData ?? {}) as Source
  const blocks = [
    ...(body ? [{ blockType: 'richText', id: 'body', content: body }] : []),
    ...(Array.isArray(layout) ? layout : []),
  ]
  if (blocks.length === 0) return ''
  return renderBlocks(await withPopulatedMedia(blocks, req), { locale: req.locale ?? undefined })
}

/**
 * `html`: the document's body and standard components rendered to accessible HTML from one place
 * (`renderBlocks`), beside the structured blocks, for API clients, previews, email and feeds.
 * Virtual: computed on read, never stored.
 */
export const htmlField: TextareaField = {
  name: 'html',
  type: 'textarea',
  virtual: true,
  admin: { hidden: true },
  hooks: { afterRead: [renderHtml] },
}
