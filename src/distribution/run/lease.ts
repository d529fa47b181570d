/** How long a send job's heartbeat or a claimed delivery stays valid: DISTRIBUTION_LEASE_MS, default 60 s. */
export const leaseMs = (env: NodeJS.ProcessEnv = process.env): number => {
  const n = Number(env.DISTRIBUTION_LEASE_MS)
  return Number.isFinite(n) && n >= 100 ? n : 60_000
}

/** Wait before retry `attempt` (1, 2, …): DISTRIBUTION_RETRY_MS (default 30 s) doubling, at most an hour. */
export const retryDelayMs = (attempt: number, env: NodeJS.ProcessEnv = process.env): number => {
  const base = Number(env.DISTRIBUTION_RETRY_MS)
  return Math.min((Number.isFinite(base) && base >= 0 ? base : 30_000) * 2 ** Math.max(0, attempt - 1), 3_600_000)
}
