import type { Payload } from 'payload'

import { award } from '../ledger'
import { authorLookup } from './authors'
import { safely } from './guard'

/** One credited layer transition: its POSITION_BASED credits, touches with content only. */
export type CreditedTransition = {
  transitionId: number
  direction: 'up' | 'down' | 'lateral'
  fromLayer: string | null
  toLayer: string | null
  at: string
  credits: { contentType: string; contentId: number; weight: number }[]
}

/**
 * Called by src/growth/transitions/credit-pending.ts after a batch of layer transitions is credited
 * (each transition once): `layer.transition` to the authors of the content credited with moving a
 * contact or account UP a layer, units = the content's credit weight (summed when it was touched more
 * than once), source `layer-transitions:<id>#<contentType>:<contentId>` — non-repeatable, so crediting
 * again never pays twice. Moving down or sideways earns nothing. Never throws (logged).
 */
export const onLayerTransitionsCredited = async (payload: Payload, credited: CreditedTransition[]): Promise<void> =>
  safely(payload, 'layer.transition awards', async () => {
    const authorsOf = authorLookup(payload)
    for (const transition of credited) {
      if (transition.direction !== 'up') continue
      const weights = new Map<string, { contentType: string; contentId: number; weight: number }>()
      for (const c of transition.credits) {
        if (!(c.weight > 0)) continue
        const key = `${c.contentType}:${c.contentId}`
        const seen = weights.get(key)
        // Six decimals: 0.4 + 0.2 is 0.6000000000000001 in floating point.
        weights.set(key, { contentType: c.contentType, contentId: c.contentId, weight: Math.round(((seen?.weight ?? 0) + c.weight) * 1e6) / 1e6 })
      }
      for (const [item, { contentType, contentId, weight }] of weights) {
        for (const user of await authorsOf(contentType, contentId)) {
          await safely(payload, `layer.transition for transition ${transition.transitionId} (${item})`, () =>
            award(payload, { user, rule: 'layer.transition', source: `layer-transitions:${transition.transitionId}#${item}`, units: weight, detail: `${transition.fromLayer ?? 'none'} → ${transition.toLayer ?? 'none'}`.slice(0, 200) }),
          )
        }
      }
    }
  })
