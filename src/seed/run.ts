import { getPayload } from 'payload'

import { closePayload } from '../db/close'
import { parseDatabaseUri } from '../db/parse-uri'
import { preflightDatabase } from '../db/preflight'
import { isStartupError } from '../env/startup-error'
import { credentialsFile } from './credentials'
import { seed } from './index'

// npm run seed – demo admin, team, API key and demo content on the configured database.
const main = async () => {
  await preflightDatabase(parseDatabaseUri(process.env.DATABASE_URI))
  const config = (await import('../payload.config')).default
  const payload = await getPayload({ config })
  const credentials = await seed(payload)
  await closePayload(payload)
  console.log(`
Flywheel demo data is ready.
  admin:      ${credentials.admin.email} / ${credentials.admin.password}
  team:       ${Object.values(credentials.team ?? {}).join(', ')} (same password)
  API key:    Authorization: users API-Key ${credentials.developerApiKey}
  source:     write key ${credentials.source?.writeKey} (POST /v1/events), secret key in the file
  written to: ${credentialsFile()}
Start with \`npm run dev\` and open http://localhost:${process.env.PORT || 3000}/admin`)
  process.exit(0)
}

main().catch((err: unknown) => {
    if (isStartupError(err)) console.error(`flywheel: ${err.message}`)
    else console.error('flywheel: seed failed:', err)
    process.exit(1)
  })
