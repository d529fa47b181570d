/**
 * npm run generate:schema — writes schema.graphql from the current config (no database needed).
 * test/unit/generated-files.test.ts fails when the committed file is stale.
 */
import fs from 'node:fs'

import { printCurrentSchema, schemaFilePath } from '../src/graphql/schema-file'

process.env.PAYLOAD_SECRET ||= 'schema-generation-only'
const config = await (await import('../src/payload.config')).default
fs.writeFileSync(schemaFilePath(), printCurrentSchema(config))
console.log(`wrote ${schemaFilePath()}`)
process.exit(0)
