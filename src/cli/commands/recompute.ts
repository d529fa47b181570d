import type { Command } from 'commander'

import { recomputeAttribution } from '../../attribution/credit/recompute'
import { recomputeLayers } from '../../growth/layers/recompute'
import { recomputeGrowth } from '../../growth/team/recompute-growth'
import { creditPendingTransitions } from '../../growth/transitions/credit-pending'
import { progressBar } from '../progress'
import { withPayload } from '../with-payload'

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

/** `flywheel recompute <what>`: the same work as the jobs, run now and in the foreground. */
export const recomputeCommand = (program: Command): void => {
  const recompute = program.command('recompute').description('recompute derived data from what is stored (the same work the nightly jobs do)')

  recompute
    .command('layers')
    .description("place every contact and account in its growth layer and sub-tier from scratch, then credit the new transitions")
    .option('--no-credit', 'leave the transitions to the creditTransitions job instead of crediting them now')
    .action(async (options: { credit: boolean }) => {
      await withPayload(async (payload) => {
        const result = await recomputeLayers(payload)
        console.log(`layers: ${result.contacts} contacts, ${result.accounts} accounts, ${result.transitions} transitions in ${seconds(result.ms)}`)
        if (!options.credit || result.transitions === 0) return
        const started = Date.now()
        const credited = await creditPendingTransitions(payload)
        console.log(`transitions credited: ${JSON.stringify(credited)} in ${seconds(Date.now() - started)}`)
      })
    })

  recompute
    .command('attribution')
    .description('credit every conversion again under the current attribution settings and rebuild the daily rollups')
    .action(async () => {
      await withPayload(async (payload) => {
        const bar = progressBar('conversions')
        const started = Date.now()
        const result = await recomputeAttribution(payload, bar.update)
        bar.stop()
        console.log(`attribution: ${result.conversions} conversions, ${result.credited} credited, ${result.failed} failed in ${seconds(Date.now() - started)}`)
        if (result.failed > 0) process.exitCode = 1
      })
    })

  recompute
    .command('growth')
    .description("recompute the team's growth value and levels from the points ledger (with inactivity demotion)")
    .option('--user <id>', 'one user only', (v) => Number(v))
    .action(async (options: { user?: number }) => {
      if (options.user !== undefined && !Number.isInteger(options.user)) throw new Error('--user takes a user id (a number)')
      await withPayload(async (payload) => {
        const started = Date.now()
        const result = await recomputeGrowth(payload, options.user)
        console.log(`growth: ${result.users} users, ${result.promoted} promoted, ${result.demoted} demoted in ${seconds(Date.now() - started)}`)
      })
    })
}
