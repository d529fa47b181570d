import type { GlobalAfterChangeHook } from 'payload'

import type { AttributionSetting } from '../../payload-types'

const creditPart = (doc: Partial<AttributionSetting> | undefined) =>
  JSON.stringify({
    halfLifeDays: doc?.halfLifeDays ?? 7,
    rules: (doc?.conversionRules ?? []).map((r) => [r.event, r.lookbackDays, r.scope]).sort(),
  })

/**
 * afterChange of the attribution settings: when the half-life or a conversion rule changed, queues
 * `recomputeAttribution`, which credits every conversion again under the new settings. Queued with
 * `req`, so the job exists only if the save commits; a newer change supersedes a waiting one.
 */
export const queueRecomputeOnChange: GlobalAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (creditPart(doc as AttributionSetting) === creditPart(previousDoc as AttributionSetting)) return doc
  await req.payload.jobs.queue({ task: 'recomputeAttribution', input: { reason: 'settings changed' }, req })
  return doc
}
