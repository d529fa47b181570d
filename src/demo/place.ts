import type { Payload } from 'payload'

import type { SqlEngine } from '../growth/layers/dialect'
import { countsJson, planStandings, type Stored } from '../growth/layers/plan'
import { standingInputs } from '../growth/layers/recompute'
import { directionOf, type Metrics } from '../growth/layers/rules'
import { writeStandings, type StandingRow, type TransitionRow } from '../growth/layers/write'
import type { GenContext } from './context'

/**
 * Places the demo's contacts and accounts exactly as a full recompute would (the real SQL aggregates
 * and planStandings over what was loaded), but keeps the history the replay wrote: `layerSince` is the
 * time of the subject's last replayed move, and the recompute's own "placed now" transitions are dropped.
 * Where the replay ended elsewhere than the real placement (it should not), one transition at `now`
 * takes the subject there, so transitions always add up to the current sizes. Returns how many did.
 */
export const placeStandings = async (payload: Payload, engine: SqlEngine, ctx: GenContext, first: { contact: number; account: number }): Promise<number> => {
  const { config, now } = ctx
  const { contacts, accounts, ofContact, ofAccount } = await standingInputs(payload, engine, config, now)
  const bySlug = new Map(config.layers.map((l) => [l.slug, l]))
  const slugOf = (layerId: number | null) => config.layers.find((l) => l.id === layerId)?.slug ?? null
  let corrections = 0

  const place = async (subjectType: 'contact' | 'account', table: 'contacts' | 'accounts', subjects: Stored[], metricsOf: (id: number) => Metrics, firstId: number) => {
    const planned = planStandings(subjectType, subjects, metricsOf, config, now, () => ({ kind: 'recompute' }))
    const rows = new Map<number, StandingRow>(planned.rows.map((r) => [r.id, r]))
    const subjectOf = (t: TransitionRow) => (subjectType === 'contact' ? t.contactId : t.accountId)
    // The seed's own subjects keep whatever the recompute plans for them.
    const transitions = planned.transitions.filter((t) => subjectOf(t)! < firstId)
    for (const s of subjects) {
      if (s.id < firstId) continue
      const row = rows.get(s.id)
      const real = { layer: row ? slugOf(row.layer_id) : slugOf(s.layerId), subTier: row ? row.sub_tier : s.subTier }
      const replayed = ctx.replayed.get(`${subjectType}:${s.id}`) ?? { layer: null, subTier: null, at: null }
      if (real.layer === replayed.layer && (real.subTier ?? null) === (replayed.subTier ?? null)) {
        if (row) row.layer_since = real.layer ? replayed.at : null
        continue
      }
      corrections++
      // writeStandings writes a subject's transitions with its row: one that did not change gets its stored row.
      if (!row)
        rows.set(s.id, {
          id: s.id, layer_id: s.layerId, sub_tier: s.subTier, layer_since: s.layerSince, revenue_to_date: Number(s.revenue ?? 0), purchases: Number(s.purchases ?? 0),
          last_activity_at: s.lastActivityAt === null ? null : new Date(s.lastActivityAt).toISOString(), ...(subjectType === 'contact' ? { layer_counts: countsJson(s.counts ?? {}) } : {}),
        })
      const rank = (slug: string | null) => (slug ? (bySlug.get(slug)?.rank ?? null) : null)
      transitions.push({
        subjectType, contactId: subjectType === 'contact' ? s.id : null, accountId: subjectType === 'contact' ? (s.accountId ?? null) : s.id,
        fromLayer: replayed.layer, toLayer: real.layer, fromSubTier: replayed.subTier, toSubTier: real.subTier,
        direction: directionOf({ rank: rank(replayed.layer), subTier: replayed.subTier }, { rank: rank(real.layer), subTier: real.subTier }),
        at: new Date(now).toISOString(), triggerKind: 'recompute', triggerEvent: null, triggerId: null, creditedAt: null,
      })
    }
    await writeStandings(payload, engine, table, [...rows.values()], transitions)
  }
  await place('contact', 'contacts', contacts, ofContact, first.contact)
  await place('account', 'accounts', accounts, ofAccount, first.account)
  return corrections
}
