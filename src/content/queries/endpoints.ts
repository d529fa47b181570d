import type { Endpoint, PayloadRequest } from 'payload'

import { contentByIndustry } from './by-industry'
import { contentByProduct } from './by-product'
import { contentBySlug } from './by-slug'
import { contentByTag } from './by-tag'
import { contentForLayer } from './for-layer'
import {
  byIndustryInput,
  byProductInput,
  bySlugInput,
  byTagInput,
  forLayerInput,
  parseInput,
  searchInput,
} from './schemas'
import { searchContent } from './search'

/** Route parameters and the query string as one object for the input schemas. */
const inputOf = (req: PayloadRequest): Record<string, unknown> => ({
  ...Object.fromEntries(req.searchParams),
  ...req.routeParams,
})

// Errors thrown here (APIError) reach Payload's route error handler: `{ errors: [{ message }] }`,
// the same envelope as every other /api route, including the access rule's preview-token refusals.
const list = (items: unknown[]) => Response.json({ docs: items, totalDocs: items.length })

/** The developer content queries over REST, under /api/content (GraphQL: src/graphql/queries/content.ts). */
export const contentEndpoints: Endpoint[] = [
  // GET /api/content/by-slug/:type/:slug?locale=&draft=&depth= – one document with its html
  {
    method: 'get',
    path: '/content/by-slug/:type/:slug',
    handler: async (req) => Response.json(await contentBySlug(req, parseInput(bySlugInput, inputOf(req)))),
  },
  // GET /api/content/by-industry/:industry?type=&locale=&limit=
  {
    method: 'get',
    path: '/content/by-industry/:industry',
    handler: async (req) => list(await contentByIndustry(req, parseInput(byIndustryInput, inputOf(req)))),
  },
  // GET /api/content/by-product/:product?type=&locale=&limit=
  {
    method: 'get',
    path: '/content/by-product/:product',
    handler: async (req) => list(await contentByProduct(req, parseInput(byProductInput, inputOf(req)))),
  },
  // GET /api/content/by-tag/:tag?type=&locale=&limit=
  {
    method: 'get',
    path: '/content/by-tag/:tag',
    handler: async (req) => list(await contentByTag(req, parseInput(byTagInput, inputOf(req)))),
  },
  // GET /api/content/for-layer/:layer?industry=&locale=&limit=
  {
    method: 'get',
    path: '/content/for-layer/:layer',
    handler: async (req) => list(await contentForLayer(req, parseInput(forLayerInput, inputOf(req)))),
  },
  // GET /api/content/for-layer?email=|accountDomain=&industry=&locale=&limit= – by where a contact or account stands now
  {
    method: 'get',
    path: '/content/for-layer',
    handler: async (req) => list(await contentForLayer(req, parseInput(forLayerInput, inputOf(req)))),
  },
  // GET /api/content/search?q=&type=&locale=&limit=
  {
    method: 'get',
    path: '/content/search',
    handler: async (req) => list(await searchContent(req, parseInput(searchInput, inputOf(req)))),
  },
]
