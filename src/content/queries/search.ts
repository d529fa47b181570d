import type { PayloadRequest, Where } from 'payload'

import type { ContentItem } from './content-item'
import { hasField } from './content-item'
import { listContent } from './list-content'
import { MAX_LIMIT, MAX_QUERY_WORDS, type SearchInput } from './schemas'
import { containsValue, needsRecheck, searchWords } from './search-term'

const includes = (text: string | null, word: string) => Boolean(text?.toLowerCase().includes(word.toLowerCase()))

/**
 * Case-insensitive search over titles and summaries of published content: every word must appear in
 * the title or the summary. Items with more words in the title come first, then the newest.
 */
export const searchContent = async (req: PayloadRequest, input: SearchInput, opts = { html: true }): Promise<ContentItem[]> => {
  const words = searchWords(input.q, MAX_QUERY_WORDS)
  const adapter = req.payload.db.name
  const recheck = needsRecheck(adapter, words)
  const items = await listContent(req, {
    ...input,
    html: opts.html,
    // A recheck drops rows, so read more to still fill the page.
    fetchLimit: recheck ? Math.min(input.limit * 5, MAX_LIMIT * 5) : input.limit,
    where: (collection) => {
      const fields = ['title', 'summary'].filter((name) => hasField(req.payload, collection, name))
      const perWord: Where[] = words.map((word) => ({
        or: fields.map((name) => ({ [name]: { contains: containsValue(adapter, word) } })),
      }))
      return { and: perWord }
    },
  })
  const titleHits = (item: ContentItem) => words.filter((word) => includes(item.title, word)).length
  return items
    .filter((item) => !recheck || words.every((word) => includes(item.title, word) || includes(item.summary, word)))
    .sort((a, b) => titleHits(b) - titleHits(a) || b.updatedAt.localeCompare(a.updatedAt))
    .slice(0, input.limit)
}
