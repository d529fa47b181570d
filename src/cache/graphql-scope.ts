import crypto from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'

import { Kind, parse, visit, type DocumentNode } from 'graphql'

import { isPrivateRead, variantOf, type CookieNames, type ReadScope } from './scope'
import { QUERY_TAG } from './tags'

// Parsing is most of the work of keying a hit; the same few documents come again and again.
// Bounded in count and in document size, so odd documents cannot make the memo large.
const MEMO_LIMIT = 500
const MEMO_MAX_QUERY = 4096
const memo = new Map<string, boolean>()

const asksForDrafts = (document: DocumentNode): boolean => {
  let drafts = false
  visit(document, {
    Argument(node) {
      // `draft: false` is the default; anything else (true or a variable) may read drafts.
      if (node.name.value === 'draft' && !(node.value.kind === Kind.BOOLEAN && !node.value.value)) drafts = true
    },
  })
  return drafts
}

/**
 * Whether a GraphQL document only reads published data: every operation in it is a query (a
 * document that also holds a mutation is never cached, whichever operation is picked) and no field
 * asks for drafts. Unparsable documents are left to Payload, which answers the error.
 */
export const isCacheableDocument = (query: string): boolean => {
  const known = memo.get(query)
  if (known !== undefined) return known
  let cacheable = false
  try {
    const document = parse(query)
    const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION)
    cacheable = operations.length > 0 && operations.every((op) => op.operation === 'query') && !asksForDrafts(document)
  } catch {
    cacheable = false
  }
  if (query.length > MEMO_MAX_QUERY) return cacheable
  if (memo.size >= MEMO_LIMIT) memo.clear()
  memo.set(query, cacheable)
  return cacheable
}

export type GraphqlRequest = { url: string; headers: IncomingHttpHeaders; body: Buffer; cookies: CookieNames }

/**
 * Classifies a GraphQL POST whose JSON body has been read. The key hashes the whole body (query,
 * variables, operationName and the `locale` Payload also reads from it) with the URL and the
 * language headers: whatever Payload could answer differently to is in it.
 */
export const graphqlScope = ({ url, headers, body, cookies }: GraphqlRequest): ReadScope => {
  const queryStart = url.indexOf('?')
  const search = new URLSearchParams(queryStart === -1 ? '' : url.slice(queryStart + 1))
  if (isPrivateRead(headers, search, cookies)) return { kind: 'private' }
  let parsed: unknown
  try {
    parsed = JSON.parse(body.toString('utf8'))
  } catch {
    return { kind: 'other' }
  }
  const query = (parsed as { query?: unknown } | null)?.query
  if (typeof query !== 'string' || !isCacheableDocument(query)) return { kind: 'other' }
  // Accept picks the response media type (graphql-http answers application/graphql-response+json).
  const variant = `${url}\n${variantOf(headers, cookies)}\n${headers.accept ?? ''}\n`
  const key = crypto.createHash('sha256').update(variant).update(body).digest('base64url')
  return { kind: 'public', key: `POST /api/graphql ${key}`, tags: [QUERY_TAG] }
}
