import { InvalidArgumentError, type Command } from 'commander'

import { DEFAULT_DEMO_EVENTS, demoPresent, generateDemo } from '../../demo'
import { readCredentials } from '../../seed/credentials'
import { progressBar } from '../progress'
import { withPayload } from '../with-payload'

/** `1000000` or `1_000_000`. */
const whole = (value: string): number => {
  const n = Number(value.replace(/_/g, ''))
  if (!/^[\d_]+$/.test(value) || !Number.isSafeInteger(n)) throw new InvalidArgumentError('a whole number is expected.')
  return n
}

const fmt = (n: number) => n.toLocaleString('en-US')

/** `flywheel demo` (npm run demo): the seed plus a realistic generated data set on the configured database. */
export const demoCommand = (program: Command): void => {
  program
    .command('demo')
    .description('load a realistic B2B demo data set (runs the seed first when needed): accounts, contacts, 90 days of visits, clicks, conversions, credits and growth-layer history; once per database, SQLite or PostgreSQL')
    .option('--events <n>', 'events to generate; contacts ≈ events / 10, clicks ≈ events / 5', whole, DEFAULT_DEMO_EVENTS)
    .option('--seed <n>', 'random seed: the same seed and size give the same data set', whole, 1)
    .option('--now <date>', 'end of the 90 days the data covers (ISO 8601; default now): with it, the same seed and size give identical rows', (value: string) => {
      const date = new Date(value)
      if (Number.isNaN(date.getTime())) throw new InvalidArgumentError('an ISO 8601 date is expected, e.g. 2026-11-30T00:00:00Z.')
      return date
    })
    .action(async (options: { events: number; seed: number; now?: Date }) => {
      await withPayload(async (payload) => {
        // Loaded already: nothing to do, so `npm run demo && npm run dev` can be run again.
        if (await demoPresent(payload)) {
          console.log('This database already has the demo data set: nothing to do (another DATABASE_URI gives a fresh one).')
          return
        }
        const bar = progressBar('demo data')
        try {
          const r = await generateDemo(payload, { events: options.events, seed: options.seed, now: options.now, onProgress: bar.update })
          bar.stop()
          console.log(`demo data (seed ${r.seed}) loaded in ${(r.ms / 1000).toFixed(1)} s:
  ${fmt(r.accounts)} accounts, ${fmt(r.contacts)} contacts, ${fmt(r.events)} events, ${fmt(r.humanClicks)} human and ${fmt(r.botClicks)} bot clicks
  ${fmt(r.conversions)} conversions with ${fmt(r.credits)} attribution credits, ${fmt(r.deliveries)} deliveries of ${r.distributions} distributions, ${r.content} more content items
  ${fmt(r.transitions)} layer transitions with ${fmt(r.transitionCredits)} transition credits${r.corrections ? ` (${r.corrections} placed at today's standing)` : ''}`)
          const credentials = readCredentials()
          if (credentials) console.log(`Sign in as ${credentials.admin.email} / ${credentials.admin.password} and open /admin/operations`)
        } finally {
          bar.stop()
        }
      })
    })
}
