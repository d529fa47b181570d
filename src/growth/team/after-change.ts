import type { Payload } from 'payload'

import { evaluateMedals } from './medals'
import { refreshGrowth } from './recompute-growth'
import { evaluateTasks } from './tasks'

/**
 * What follows a ledger change for one user: the cached growth, then tasks (which may grant
 * task.completed) and medals. Failures are logged, not thrown: the entry is written, and the nightly
 * recompute and the next award catch up.
 */
export const afterLedgerChange = async (payload: Payload, user: number, rule: string): Promise<void> => {
  try {
    await refreshGrowth(payload, user)
    const completed = await evaluateTasks(payload, user, rule)
    await evaluateMedals(payload, user, rule)
    if (completed > 0) await evaluateMedals(payload, user, 'task.completed')
  } catch (err) {
    payload.logger.error({ err, msg: `updating the growth of user ${user} after a ${rule} entry failed` })
  }
}
