import nodemailer, { type Transporter } from 'nodemailer'

import { logTransport } from '../../email/log-transport'
import type { SendBatch } from './adapter'

type Pool = { url: string; max: number; transport: Transporter; busy: number; idle?: NodeJS.Timeout }
const pools = new Map<number, Pool>()
let logOnly: Transporter | undefined
// Connections stay open between the batches of a send (the runner paces them), then close.
const IDLE_MS = 20_000

/** The SMTP URL with the pool's options, read by nodemailer as for SMTP_URL (src/email/adapter.ts). */
const pooled = (url: string, max: number): string => {
  const u = new URL(url)
  const options = { pool: true, maxConnections: max, maxRequeues: 0, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 }
  for (const [name, value] of Object.entries(options)) u.searchParams.set(name, String(value))
  return u.toString()
}

const retire = (pool: Pool) => {
  clearTimeout(pool.idle)
  pool.transport.close()
}

/**
 * The channel's pooled SMTP transport (its SMTP URL, else SMTP_URL), `concurrency` connections at most,
 * held by one batch until `release`. Retries are the runner's (attempts, backoff): the pool never
 * sends a message again by itself when a connection drops (`maxRequeues: 0`).
 */
export const acquire = (channel: SendBatch['channel'], max: number): { transport: Transporter; release: () => void } => {
  const url = channel.email?.smtpUrl?.trim() || process.env.SMTP_URL?.trim()
  if (!url) {
    // As for Payload's mail (src/email/adapter.ts): printed to the log in development, never in production.
    if (process.env.NODE_ENV === 'production') throw new Error(`channel ${channel.slug}: no SMTP server (set its SMTP URL or SMTP_URL)`)
    return { transport: (logOnly ??= nodemailer.createTransport(logTransport())), release: () => {} }
  }
  if (!/^smtps?:\/\/[^/]/.test(url)) throw new Error(`channel ${channel.slug}: the SMTP URL must look like smtp://user:pass@host:587`)
  let pool = pools.get(channel.id)
  if (!pool || pool.url !== url || pool.max !== max) {
    // Changed settings: the old pool closes once the batches still using it are done.
    if (pool && !pool.busy) retire(pool)
    pool = { url, max, transport: nodemailer.createTransport(pooled(url, max)), busy: 0 }
    pools.set(channel.id, pool)
  }
  const held = pool
  clearTimeout(held.idle)
  held.busy++
  const release = () => {
    if (--held.busy > 0) return
    if (pools.get(channel.id) !== held) return retire(held)
    held.idle = setTimeout(() => {
      pools.delete(channel.id)
      retire(held)
    }, IDLE_MS).unref()
  }
  return { transport: held.transport, release }
}

/** Closes the pooled SMTP connections at once (shutdown; otherwise they close when idle). */
export const closeEmailTransports = () => {
  for (const pool of pools.values()) retire(pool)
  pools.clear()
}
