import type { TestProject } from 'vitest/node'

import { buildServer } from '../../scripts/build-server.mjs'
import { createTemplate } from './template-db'

declare module 'vitest' {
  export interface ProvidedContext {
    /** A database with the schema in place that `freshDatabase` copies (db runs on SQL engines). */
    templateDb: string
  }
}

/**
 * Once per vitest run: compile the entry points that tests spawn as child processes; for a `db` run,
 * push the schema once into a template database (test/helpers/template-db.ts).
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  // test/run.ts builds once before running two db runs at the same time.
  if (process.env.FLYWHEEL_TEST_PREBUILT !== '1') await buildServer()
  // `--project db` (test/run.ts and single-file runs); the template costs one server start.
  if (!process.argv.includes('db')) return
  const template = await createTemplate()
  if (!template) return
  project.provide('templateDb', template.uri)
  return template.drop
}
