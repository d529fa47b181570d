/**
 * Compiles the Node entry points (server, jobs worker, seed) into dist/*.mjs with esbuild:
 * our TypeScript bundled, every package left external (resolved from node_modules at run time).
 * `npm start` runs it first (prestart), so production never compiles TypeScript in-process, and the
 * tests spawn these same files.
 */
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { build } from 'esbuild'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export const ENTRIES = {
  server: 'src/server.ts',
  worker: 'src/jobs/worker.ts',
  seed: 'src/seed/run.ts',
}

/** dist/<name>.mjs for an entry's source path (e.g. src/server.ts → dist/server.mjs). */
export const builtEntry = (source) => {
  const name = Object.keys(ENTRIES).find((key) => ENTRIES[key] === source)
  if (!name) throw new Error(`no built entry for ${source}; add it to ENTRIES in scripts/build-server.mjs`)
  return path.join(root, 'dist', `${name}.mjs`)
}

export const buildServer = async () => {
  await build({
    absWorkingDir: root,
    entryPoints: ENTRIES,
    outdir: 'dist',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
  })
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await buildServer()
}
