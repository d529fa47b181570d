import { z } from 'zod'

import { accountDomain, email } from '../../growth/queries/who'
import { localization } from '../../localization'
import { CONTENT_COLLECTIONS } from '../content-collection'
import { badRequest } from './errors'

/** Every list the developer queries return is bounded: at most this many items per call. */
export const MAX_LIMIT = 100
export const DEFAULT_LIMIT = 10
/** Search terms: long enough to mean something, short enough to stay cheap. */
export const MIN_QUERY_LENGTH = 2
export const MAX_QUERY_LENGTH = 200
export const MAX_QUERY_WORDS = 8

const LOCALES = localization.locales.map((locale) => (typeof locale === 'string' ? locale : locale.code)) as [string, ...string[]]

export const contentType = z.enum(CONTENT_COLLECTIONS, { error: `type must be one of ${CONTENT_COLLECTIONS.join(', ')}` })
export const slug = z
  .string()
  .max(96, 'slug is at most 96 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug uses lower-case letters, digits and dashes')
export const locale = z.enum(LOCALES, { error: `locale must be one of ${LOCALES.join(', ')}` }).optional()
export const limit = z.coerce
  .number({ error: 'limit must be a number' })
  .int('limit must be a whole number')
  .min(1, 'limit must be at least 1')
  .max(MAX_LIMIT, `limit must be at most ${MAX_LIMIT}`)
  .default(DEFAULT_LIMIT)
const flag = z.union([z.boolean(), z.enum(['true', 'false']).transform((value) => value === 'true')])

export const bySlugInput = z.object({
  type: contentType,
  slug,
  locale,
  /** Latest draft instead of the published version (team members and preview tokens only). */
  draft: flag.optional(),
  depth: z.coerce.number().int().min(0).max(3, 'depth must be at most 3').default(1),
})

const listInput = { type: contentType.optional(), locale, limit }
export const byIndustryInput = z.object({ industry: slug, ...listInput })
export const byProductInput = z.object({ product: slug, ...listInput })
export const byTagInput = z.object({ tag: z.string().trim().min(1, 'tag is required').max(100, 'tag is at most 100 characters'), ...listInput })
/** A layer by slug, or the current layer of a contact (email) or an account (accountDomain): exactly one. */
export const forLayerInput = z
  .object({ layer: slug.optional(), email: email.optional(), accountDomain: accountDomain.optional(), industry: slug.optional(), locale, limit })
  .refine((input) => [input.layer, input.email, input.accountDomain].filter((v) => v !== undefined).length === 1, { message: 'Give exactly one of layer, email and accountDomain' })
export const searchInput = z.object({
  q: z
    .string({ error: 'q is required' })
    .trim()
    .min(MIN_QUERY_LENGTH, `q must be at least ${MIN_QUERY_LENGTH} characters`)
    .max(MAX_QUERY_LENGTH, `q is at most ${MAX_QUERY_LENGTH} characters`),
  ...listInput,
})

export type BySlugInput = z.infer<typeof bySlugInput>
export type ByIndustryInput = z.infer<typeof byIndustryInput>
export type ByProductInput = z.infer<typeof byProductInput>
export type ByTagInput = z.infer<typeof byTagInput>
export type ForLayerInput = z.infer<typeof forLayerInput>
export type SearchInput = z.infer<typeof searchInput>

/** Parses developer input with one of the schemas above; bad input is a 400 naming every problem. */
/** One zod issue as `path: message`, or the message alone when it names its field already. */
export const describeIssue = (issue: z.core.$ZodIssue): string => {
  const field = issue.path.join('.')
  return !field || issue.message.startsWith(field) ? issue.message : `${field}: ${issue.message}`
}

export const parseInput = <S extends z.ZodType>(schema: S, input: unknown): z.infer<S> => {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  const message = result.error.issues.map(describeIssue).join('; ')
  throw badRequest(message, { issues: result.error.issues.map(({ path, message }) => ({ path, message })) })
}
