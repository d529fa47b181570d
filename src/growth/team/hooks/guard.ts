import type { Payload, RequestContext } from 'payload'

/** Seeds, imports and backfills pass `skipGrowth` (or `seeding`): nothing they do earns growth value. */
export const growthSkipped = (context: RequestContext | undefined): boolean => Boolean(context?.skipGrowth || context?.seeding)

/**
 * Runs a growth side effect of an operation that already happened: a failure is logged, never
 * thrown, so publishing, reviewing, sending or crediting never fails because of the ledger (the
 * nightly growth recompute and the next award catch up).
 */
export const safely = async (payload: Payload, what: string, effect: () => Promise<unknown>): Promise<void> => {
  try {
    await effect()
  } catch (err) {
    payload.logger.error({ err, msg: `growth: ${what} failed` })
  }
}
