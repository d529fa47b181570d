import type { Payload, Where } from 'payload'

import { relationId } from '../../fields/relation-id'
import type { Account, GrowthLayer, Industry } from '../../payload-types'
import { notFound } from '../../content/queries/errors'
import type { KeyAccountsInput } from './schemas'

export type KeyAccount = { id: number; name: string; domain: string; layer: string | null; subTier: string | null; revenueToDate: number | null }
export type KeyAccountGroup = { industry: { slug: string; name: string } | null; benchmark: KeyAccount | null; accounts: KeyAccount[] }

const toKeyAccount = (a: Account): KeyAccount => ({
  id: Number(a.id),
  name: a.name,
  domain: a.domain,
  layer: a.layer && typeof a.layer === 'object' ? (a.layer as GrowthLayer).slug : null,
  subTier: a.subTier ?? null,
  revenueToDate: a.revenueToDate ?? null,
})

/**
 * Key accounts grouped by industry (one industry by slug, or all; accounts without one last), each
 * group with the industry's benchmark customer, accounts by revenue to date: who to look after and
 * whom to measure them against.
 */
export const keyAccounts = async (payload: Payload, input: KeyAccountsInput): Promise<KeyAccountGroup[]> => {
  let industries: Industry[] = (await payload.find({ collection: 'industries', sort: 'name', pagination: false, depth: 0 })).docs
  if (input.industry) {
    industries = industries.filter((i) => i.slug === input.industry)
    if (!industries.length) throw notFound(`No industry with slug '${input.industry}'`)
  }
  const where: Where = { and: [{ keyAccount: { equals: true } }, ...(input.industry ? [{ industry: { equals: industries[0].id } }] : [])] }
  const accounts = (await payload.find({ collection: 'accounts', where, sort: ['-revenueToDate', 'name'], pagination: false, depth: 1 })).docs
  const byIndustry = new Map<number | null, KeyAccount[]>()
  for (const a of accounts) {
    const industry = relationId(a.industry)
    byIndustry.set(industry, [...(byIndustry.get(industry) ?? []), toKeyAccount(a)])
  }
  const benchmarkIds = industries.map((i) => relationId(i.benchmarkAccount)).filter((id): id is number => id != null)
  const benchmarks = benchmarkIds.length ? (await payload.find({ collection: 'accounts', where: { id: { in: benchmarkIds } }, pagination: false, depth: 1 })).docs : []
  const groups: KeyAccountGroup[] = industries
    .map((i) => ({
      industry: { slug: i.slug, name: i.name },
      benchmark: ((b) => (b ? toKeyAccount(b) : null))(benchmarks.find((b) => Number(b.id) === relationId(i.benchmarkAccount))),
      accounts: byIndustry.get(Number(i.id)) ?? [],
    }))
    .filter((g) => g.accounts.length || g.benchmark)
  if (!input.industry && byIndustry.get(null)?.length) groups.push({ industry: null, benchmark: null, accounts: byIndustry.get(null)! })
  return groups
}
