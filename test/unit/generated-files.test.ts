import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { SanitizedConfig } from 'payload'
import { generateTypes } from 'payload/node'
import { beforeAll, describe, expect, it } from 'vitest'

import { printCurrentSchema, schemaFilePath } from '../../src/graphql/schema-file'

// The committed schema.graphql and src/payload-types.ts are what API clients and our own code compile
// against; both must match the config. Fix a failure with `npm run generate`.
describe('generated files are fresh', () => {
  let config: SanitizedConfig
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'flywheel-generated-'))

  beforeAll(async () => {
    // Loading the config builds the database adapter but never connects it.
    Object.assign(process.env, { DATA_DIR: tmp, PAYLOAD_SECRET: 'generated-files-test-secret' })
    delete process.env.DATABASE_URI
    config = await (await import('../../src/payload.config')).default
  }, 60_000)

  it('schema.graphql matches the GraphQL schema the server builds', () => {
    const committed = fs.readFileSync(schemaFilePath(), 'utf8')
    expect(committed.length).toBeGreaterThan(1000)
    expect(committed).toContain('type WhitePaper ')
    // Not toEqual on the whole text: a diff of a 10,000-line schema helps nobody.
    expect(printCurrentSchema(config) === committed, 'schema.graphql is stale: run `npm run generate`').toBe(true)
  })

  it('src/payload-types.ts matches the types Payload generates from the config', async () => {
    const fresh = path.join(tmp, 'payload-types.ts')
    process.env.PAYLOAD_TS_OUTPUT_PATH = fresh
    try {
      await generateTypes(config, { log: false })
    } finally {
      delete process.env.PAYLOAD_TS_OUTPUT_PATH
    }
    const committed = fs.readFileSync(path.join(process.cwd(), 'src/payload-types.ts'), 'utf8')
    expect(committed).toContain('export interface WhitePaper ')
    expect(fs.readFileSync(fresh, 'utf8') === committed, 'src/payload-types.ts is stale: run `npm run generate`').toBe(true)
  }, 60_000)
})
