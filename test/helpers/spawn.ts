import { spawn, type ChildProcess } from 'node:child_process'
import net from 'node:net'

import { builtEntry } from '../../scripts/build-server.mjs'

const children = new Set<ChildProcess>()
// A test that times out must not leave its server running (and burning a core) after the run.
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL')
})

export type Spawned = { child: ChildProcess; output: () => string; exited: Promise<{ code: number | null; ms: number }> }

/**
 * Runs an entry point (e.g. `src/server.ts`) as a real child process with the given env: the esbuild
 * bundle of it in dist/ (built once per run by test/helpers/global-setup.ts, the same file `npm start`
 * runs), under the same `-C` condition as the npm scripts (see README, "Node 20 and Lexical").
 */
export const spawnEntry = (entry: string, env: Record<string, string | undefined>): Spawned => {
  const started = Date.now()
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'development', NEXT_TELEMETRY_DISABLED: '1', ...env }
  const condition = childEnv.NODE_ENV === 'production' ? 'production' : 'development'
  const child = spawn(process.execPath, ['-C', condition, '--enable-source-maps', builtEntry(entry)], {
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  children.add(child)
  child.on('exit', () => children.delete(child))
  let out = ''
  child.stdout?.on('data', (d) => (out += d))
  child.stderr?.on('data', (d) => (out += d))
  const exited = new Promise<{ code: number | null; ms: number }>((resolve) =>
    child.on('exit', (code) => resolve({ code, ms: Date.now() - started })),
  )
  return { child, output: () => out, exited }
}

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.listen(0, () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
    srv.on('error', reject)
  })

/** Polls a URL until it answers 200 (or the child exits / time runs out). */
export const waitForOk = async (url: string, spawned: Spawned, timeoutMs = 90_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs
  let exited = false
  void spawned.exited.then(() => (exited = true))
  while (Date.now() < deadline) {
    if (exited) throw new Error(`server exited before ${url} was ready:\n${spawned.output()}`)
    try {
      if ((await fetch(url)).ok) return
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`${url} not ready after ${timeoutMs} ms:\n${spawned.output()}`)
}

/**
 * `src/server.ts` as a child process on a free port and the given database (API only, the test's
 * data/media directories and secret), once `/readyz` answers.
 */
export const spawnServer = async (
  databaseUri: string,
  extra: Record<string, string> = {},
  readyTimeoutMs?: number,
): Promise<{ server: Spawned; base: string }> => {
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const server = spawnEntry('src/server.ts', {
    PORT: String(port),
    ADMIN: 'off',
    DATABASE_URI: databaseUri,
    DATA_DIR: process.env.DATA_DIR,
    MEDIA_DIR: process.env.MEDIA_DIR,
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET,
    ...extra,
  })
  await waitForOk(`${base}/readyz`, server, readyTimeoutMs)
  return { server, base }
}
