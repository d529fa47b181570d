import { blockClass, type BlockBase } from '../../render/block'
import type { RenderContext } from '../../render/context'
import { escapeHtml } from '../../render/escape'
import { paragraphs } from '../../render/html'

export type FAQBlockData = BlockBase<'faq'> & {
  items?: { question?: string | null; answer?: string | null; id?: string | null }[] | null
}

// <details>/<summary> is keyboard- and screen-reader-operable without any script, and the answers
// stay findable with the browser's find-in-page.
export const renderFAQ = (block: FAQBlockData, _ctx: RenderContext = {}): string => {
  const base = blockClass(block.blockType)
  const items = (block.items ?? [])
    .filter((item) => item.question)
    .map(
      (item) =>
        `<details class="${base}__item"><summary class="${base}__question">${escapeHtml(item.question)}</summary>` +
        `<div class="${base}__answer">${paragraphs(item.answer)}</div></details>`,
    )
    .join('')
  return items ? `<div class="${base}">${items}</div>` : ''
}
