/** Tag of a collection's own REST reads (`/api/white-papers…`). */
export const restTag = (collection: string): string => `rest:${collection}`

/**
 * Tag of reads that can span collections: GraphQL queries and the root content queries
 * (`/api/content/…`). Any change to any cached collection drops them.
 */
export const QUERY_TAG = 'query'
