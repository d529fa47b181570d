import type { DatabaseAdapter, PayloadRequest } from 'payload'

type Id = number | string
type Tapped = Pick<DatabaseAdapter, 'commitTransaction' | 'rollbackTransaction'> & { [PENDING]?: Map<Id, (() => void)[]> }

const PENDING = Symbol.for('flywheel.afterTransaction')

/**
 * Payload runs afterChange and afterDelete inside the operation's transaction, before it commits
 * (https://github.com/payloadcms/payload/issues/5886), and has no after-commit hook. The adapter's
 * commit and rollback are wrapped once so callbacks queued for a transaction run when it ends.
 */
const pendingOf = (db: Tapped): Map<Id, (() => void)[]> => {
  const existing = db[PENDING]
  if (existing) return existing
  const pending = new Map<Id, (() => void)[]>()
  const settle = (id: Id) => {
    const callbacks = pending.get(id)
    pending.delete(id)
    for (const callback of callbacks ?? []) callback()
  }
  const commit = db.commitTransaction
  const rollback = db.rollbackTransaction
  db.commitTransaction = async function (this: unknown, incoming) {
    const id = await incoming
    try {
      return await commit.call(this, id)
    } finally {
      settle(id)
    }
  }
  db.rollbackTransaction = async function (this: unknown, incoming) {
    const id = await incoming
    try {
      return await rollback.call(this, id)
    } finally {
      settle(id)
    }
  }
  db[PENDING] = pending
  return pending
}

/** Runs `callback` once the request's transaction has committed or rolled back; now if there is none. */
export const afterTransaction = async (req: PayloadRequest, callback: () => void): Promise<void> => {
  const id = await req.transactionID
  if (!id) return callback()
  const pending = pendingOf(req.payload.db)
  const callbacks = pending.get(id)
  if (callbacks) callbacks.push(callback)
  else pending.set(id, [callback])
}
