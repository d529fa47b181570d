import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { afterTransaction } from '../../../src/cache/after-commit'
import { sqlEngine } from '../../../src/db/raw-sql'
import { relationId } from '../../../src/fields/relation-id'
import { authorsOf, creditKudos, withdrawKudos } from '../../../src/growth/team/kudos'
import type { Kudos } from '../../../src/payload-types'

const skipped = (context: Record<string, unknown>) => Boolean(context.skipGrowth)

/**
 * Runs `work` once the request's writes are committed: the ledger writes on its own connection, and
 * Payload runs afterChange inside the request's transaction. The SQLite adapter runs without
 * transactions (each write commits), yet REST requests there carry a non-null `transactionID` that no
 * commit ever settles, so on SQLite the work simply runs next.
 */
const whenCommitted = async (req: PayloadRequest, what: string, work: () => Promise<unknown>) => {
  const run = () => void work().catch((err: unknown) => req.payload.logger.error({ err, msg: `${what} failed` }))
  if (sqlEngine(req.payload) === 'sqlite') return void setImmediate(run)
  await afterTransaction(req, run)
}

/** Each author of the item earns kudos.received, weighted by the giver's standing. */
export const awardKudos: CollectionAfterChangeHook<Kudos> = async ({ doc, operation, req }) => {
  if (operation !== 'create' || skipped(req.context)) return doc
  const { relationTo, value } = doc.item
  const authors = await authorsOf(req.payload, relationTo, typeof value === 'object' ? value.id : value)
  const kudos = { id: doc.id, giver: relationId(doc.giver) ?? 0, authors, weight: doc.weight ?? 1, at: new Date(doc.createdAt) }
  await whenCommitted(req, `crediting kudos ${doc.id}`, () => creditKudos(req.payload, kudos))
  return doc
}

/** Withdrawing a kudos reverses what its authors earned. */
export const reverseKudos: CollectionAfterDeleteHook<Kudos> = async ({ doc, req }) => {
  if (skipped(req.context)) return doc
  await whenCommitted(req, `reversing kudos ${doc.id}`, () => withdrawKudos(req.payload, doc.id))
  return doc
}
