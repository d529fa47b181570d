import { defineConfig } from 'vitest/config'

// Three layers (see test/run.ts, which runs `db` once per database engine):
// unit – pure functions; db – Payload Local API and the real Express app on a fresh database;
// browser – the built admin in Debian's Chromium.
export default defineConfig({
  test: {
    pool: 'forks',
    globalSetup: ['test/helpers/global-setup.ts'],
    maxWorkers: 2,
    testTimeout: 60_000,
    // Spawned servers compile with tsx; more than a few at once only queue up on 2 cores.
    maxConcurrency: 3,
    hookTimeout: 180_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'db', include: ['test/db/**/*.test.ts'] } },
      { extends: true, test: { name: 'browser', include: ['test/browser/**/*.test.ts'], maxWorkers: 1, testTimeout: 300_000 } },
    ],
  },
})
