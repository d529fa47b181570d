import { isStartupError } from './env/startup-error'
import { startServer } from './server/start'

// Flywheel's one process: admin UI (Next), Payload REST/GraphQL and the tracking routes on one port.
const main = async () => {
  const running = await startServer()
  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    running.shutdown(`received ${signal}`).then(
      () => process.exit(0),
      (err) => {
        console.error(`[flywheel] shutdown failed: ${err instanceof Error ? err.message : String(err)}`)
        process.exit(1)
      },
    )
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}

main().catch((err: unknown) => {
    // One clear line for configuration problems; a stack only for the unexpected.
    if (isStartupError(err)) console.error(`flywheel: ${err.message}`)
    else console.error('flywheel: failed to start:', err)
    process.exit(1)
  })
