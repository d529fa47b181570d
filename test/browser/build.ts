import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const newestMtime = (dir: string): number => {
  let newest = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs)
  }
  return newest
}

/** `next build` unless .next/BUILD_ID is newer than every file the admin is built from. */
export const ensureAdminBuild = (): void => {
  const buildId = path.resolve('.next/BUILD_ID')
  const sources = ['src', 'collections', 'next.config.mjs', 'package.json']
  const newest = Math.max(...sources.map((s) => (fs.statSync(s).isDirectory() ? newestMtime(s) : fs.statSync(s).mtimeMs)))
  if (fs.existsSync(buildId) && fs.statSync(buildId).mtimeMs > newest) return
  const result = spawnSync('npx', ['next', 'build'], {
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    maxBuffer: 64 * 1024 * 1024,
  })
  if (result.status !== 0) throw new Error(`next build failed:\n${result.stdout}\n${result.stderr}`)
}
