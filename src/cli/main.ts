import { Command } from 'commander'

import { isStartupError } from '../env/startup-error'
import { demoCommand } from './commands/demo'
import { exportCommand } from './commands/export-report'
import { recomputeCommand } from './commands/recompute'

// `npx flywheel …` (bin/flywheel.mjs). Every command works on the database DATABASE_URI names (unset:
// the embedded SQLite file), like `npm run dev`.
const program = new Command()
  .name('flywheel')
  .description('Flywheel command-line tool: demo data, jobs, recomputes and exports on the configured database (DATABASE_URI).')
  .showHelpAfterError()

program
  .command('seed')
  .description('demo admin, team, API key and demo content (idempotent; the same as npm run seed)')
  .action(async () => {
    await import('../seed/run')
  })

program
  .command('jobs')
  .description('a worker that runs due jobs (scheduled publishing, sends, recomputes) until SIGTERM (the same as npm run jobs)')
  .action(async () => {
    await import('../jobs/worker')
  })

demoCommand(program)
recomputeCommand(program)
exportCommand(program)

program.parseAsync(process.argv).catch((err: unknown) => {
  console.error(`flywheel: ${isStartupError(err) || err instanceof Error ? (err as Error).message : String(err)}`)
  process.exit(1)
})
