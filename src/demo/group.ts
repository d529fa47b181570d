import { ruleFor } from '../attribution/credit/settings'
import type { TouchRow } from '../attribution/credit/touches'
import { creditWeights, MODELS } from '../attribution/models/credit'
import { layerConversion } from '../growth/transitions/credit-pending'
import type { GenContext, Group, Person } from './context'
import { journey } from './journeys'
import { personMetrics, replay, sumMetrics, transitionRows, type Activity, type Step } from './replay'
import { iso } from './rows'
import { touchesFrom } from './touches'

const DAY = 86_400_000

/** The layer slug a person stood in just before `at` (crediting runs before the layer update of the conversion itself). */
const layerBefore = (steps: readonly Step[], at: number): string | null => {
  let layer: string | null = null
  for (const s of steps) {
    if (s.at >= at) break
    layer = s.layer?.slug ?? null
  }
  return layer
}

const mergePages = (people: readonly Person[]) => people.flatMap((x) => x.pages).sort((a, b) => a.at - b.at)

/**
 * Generates one account's people (or a group of free-mail people without an account) and everything
 * derived from them: attribution credits of each conversion under the six models, their layer
 * history (contacts and the account) with credits for the upward moves.
 */
export const generateGroup = (ctx: GenContext, group: Group): void => {
  const people = Array.from({ length: group.people }, (_, n) => journey(ctx, group, n))
  const teamPages = group.accountId === null ? [] : mergePages(people)
  const teamClicks = group.accountId === null ? [] : people.flatMap((x) => x.clicks)
  const touchesFor = (p: Person, scope: 'contact' | 'account', from: number, to: number): TouchRow[] =>
    scope === 'account' && group.accountId !== null ? touchesFrom(teamPages, teamClicks, from, to) : touchesFrom(p.pages, p.clicks, from, to)

  // Layer history: each person, then the account on everyone's summed behaviour.
  const writeSteps = (subjectType: 'contact' | 'account', p: Person | null, steps: Step[]) => {
    const rows = transitionRows(subjectType, p?.id ?? null, group.accountId, steps)
    rows.forEach((row, i) => {
      const id = ctx.ids.take('layer_transitions')
      // A contact's moves are credited here (the upward ones have touches to credit); an account's, with
      // its whole team's touches, are left to the creditTransitions job, queued at the end.
      ctx.w.push('layer-transitions', { id, ...row, creditedAt: p ? row.at : null })
      ctx.stats.transitions++
      if (!p || row.direction !== 'up') return
      const rule = ruleFor(ctx.credit, layerConversion(row.toLayer))
      const at = steps[i].at
      const touches = rule.scope === 'contact' || group.accountId === null ? touchesFrom(p.pages, p.clicks, at - rule.lookbackDays * DAY, at) : touchesFrom(teamPages, teamClicks, at - rule.lookbackDays * DAY, at)
      for (const model of MODELS) {
        const weights = creditWeights(model, touches, at, { halfLifeDays: ctx.credit.halfLifeDays })
        touches.forEach((touch, k) => {
          ctx.w.push('transition-credits', {
            transitionId: id, subjectType, fromLayer: row.fromLayer, toLayer: row.toLayer, at: row.at, model, contactId: p.id, accountId: group.accountId,
            touchAt: iso(touch.at), touchKind: touch.touchKind, channel: touch.channel, campaignKey: touch.campaignKey, contentType: touch.contentType, contentId: touch.contentId, linkId: touch.linkId, weight: weights[k],
          })
          ctx.stats.transitionCredits++
        })
      }
    })
    const last = steps[steps.length - 1]
    if (last) ctx.replayed.set(`${subjectType}:${p?.id ?? group.accountId}`, { layer: last.layer?.slug ?? null, subTier: last.subTier, at: iso(last.at) })
  }
  for (const p of people) {
    p.steps = replay(ctx.config, p.activities, (a) => p.metrics.add(a), (t) => p.metrics.at(t), ctx.now)
    writeSteps('contact', p, p.steps)
  }
  if (group.accountId !== null) {
    const fresh = people.map(() => personMetrics(ctx.config))
    const owner = new Map<Activity, number>()
    people.forEach((p, i) => p.activities.forEach((a) => owner.set(a, i)))
    const all = [...owner.keys()].sort((x, y) => x.at - y.at)
    const steps = replay(ctx.config, all, (a) => fresh[owner.get(a)!].add(a), (t) => sumMetrics(fresh.map((m) => m.at(t))), ctx.now)
    writeSteps('account', null, steps)
  }

  // Attribution credits: every conversion under the six models, from the person's (or the team's) touches.
  for (const p of people) {
    for (const c of p.conversions) {
      const rule = ruleFor(ctx.credit, c.event)
      const touches = touchesFor(p, rule.scope, c.at - rule.lookbackDays * DAY, c.at)
      const layer = layerBefore(p.steps, c.at)
      for (const model of MODELS) {
        const weights = creditWeights(model, touches, c.at, { halfLifeDays: ctx.credit.halfLifeDays })
        touches.forEach((touch, k) => {
          ctx.w.push('attribution-credits', {
            conversionId: c.id, conversionEvent: c.event, conversionAt: iso(c.at), model, contactId: p.id, accountId: group.accountId, layer,
            touchAt: iso(touch.at), touchKind: touch.touchKind, direct: touch.direct, clickId: touch.clickId, linkId: touch.linkId, campaignKey: touch.campaignKey,
            channel: touch.channel, contentType: touch.contentType, contentId: touch.contentId, weight: weights[k], revenue: c.revenue == null ? null : c.revenue * weights[k], currency: c.revenue == null ? null : 'USD',
          })
          ctx.stats.credits++
        })
      }
    }
  }
}
