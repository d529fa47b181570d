/**
 * A configuration or environment problem that stops the server from starting.
 * `src/server.ts` prints its message as one line (no stack) and exits with status 1.
 */
export class StartupError extends Error {
  override name = 'StartupError'
}

export const isStartupError = (err: unknown): err is StartupError =>
  err instanceof Error && err.name === 'StartupError'
