import { escapeHtml } from './escape'
import { attrs } from './html'

/** Fields Payload stores on every block row; generated `*Block` types are assignable to this. */
export type BlockBase<TSlug extends string = string> = {
  blockType: TSlug
  id?: string | null
  blockName?: string | null
}

const kebab = (slug: string) => slug.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()

/** Stable class of a block's root element: `callToAction` → `fw-call-to-action`. Sites and emails style these. */
export const blockClass = (slug: string): string => `fw-${kebab(slug)}`

/**
 * A page-unique element id for a block (for aria-labelledby, label[for]). Payload gives every block
 * row an id; `renderBlocks` fills in the position when it is missing (unsaved previews).
 */
export const blockDomId = (block: BlockBase, part: string): string =>
  `${blockClass(block.blockType)}-${String(block.id || '0').replace(/[^A-Za-z0-9_-]/g, '-')}-${part}`

/**
 * Wraps a block's body in a <section> named by its <h2> (aria-labelledby), or in a <div> when the
 * editor left the heading empty: an unnamed section is no landmark, only noise.
 */
export const section = (
  block: BlockBase,
  { heading, body, modifiers = [] }: { heading?: string | null; body: string; modifiers?: string[] },
): string => {
  const base = blockClass(block.blockType)
  const className = [base, ...modifiers.map((m) => `${base}--${m}`)].join(' ')
  if (!heading) return `<div${attrs({ class: className })}>${body}</div>`
  const id = blockDomId(block, 'heading')
  return (
    `<section${attrs({ class: className, 'aria-labelledby': id })}>` +
    `<h2${attrs({ id, class: `${base}__heading` })}>${escapeHtml(heading)}</h2>${body}</section>`
  )
}
