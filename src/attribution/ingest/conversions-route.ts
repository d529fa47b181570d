import type { Request, RequestHandler, Response } from 'express'
import type { Payload } from 'payload'

import type { Conversion } from '../../payload-types'
import { sendError } from '../../server/errors'
import { layersAfterConversion } from '../../growth/layers/after-ingest'
import { creditConversion } from '../credit/credit-conversion'
import { isUniqueViolation } from '../../db/unique-violation'
import { stitch } from '../identity/stitch'
import { SourceKeys } from '../sources/lookup'
import { bearer } from './bearer'
import { conversionSchema } from './conversion-schema'
import { firstIssue } from './schemas'

/** The answer to a conversion, the same for its first request and every repeat. */
const answer = (doc: Conversion) => ({
  id: doc.id,
  event: doc.event,
  idempotencyKey: doc.idempotencyKey,
  at: doc.at,
  revenue: doc.revenue ?? null,
  currency: doc.currency ?? null,
})

/**
 * POST /v1/conversions: a server-side conversion, authenticated by the source's secret key, stored
 * before the answer (201). A repeated idempotencyKey returns the first answer (200) and stores nothing.
 */
export const conversionsHandler = (payload: () => Payload | undefined): RequestHandler => {
  const secretKeys = new SourceKeys(payload, 'secretKey')

  const firstAnswer = async (p: Payload, dedupeKey: string) => {
    const { docs } = await p.find({ collection: 'conversions', where: { dedupeKey: { equals: dedupeKey } }, limit: 1, depth: 0 })
    return docs[0]
  }

  const convert = async (req: Request, res: Response) => {
    const key = bearer(req)
    if (!key) return sendError(res, 401, 'unauthorized', "send the source's secret key: Authorization: Bearer <secretKey>")
    const p = payload()
    if (!p) return sendError(res.set('Retry-After', '2'), 503, 'not_ready', 'Flywheel is starting')
    const source = await secretKeys.find(key)
    if (!source) return sendError(res, 401, 'unauthorized', 'unknown or rotated secret key (conversions take the secret key, not the write key)')
    const parsed = conversionSchema.safeParse(req.body)
    if (!parsed.success) return sendError(res, 400, 'bad_request', firstIssue(parsed.error))
    const c = parsed.data
    const dedupeKey = `${source.id}:${c.idempotencyKey}`

    const earlier = await firstAnswer(p, dedupeKey)
    if (earlier) return void res.status(200).json({ ...answer(earlier), repeated: true })
    try {
      const doc = await p.create({
        collection: 'conversions',
        data: {
          dedupeKey,
          sourceId: source.id,
          idempotencyKey: c.idempotencyKey,
          event: c.event,
          at: c.timestamp ? new Date(c.timestamp).toISOString() : new Date().toISOString(),
          clickId: c.clickId,
          anonymousId: c.anonymousId,
          userId: c.userId,
          email: c.email,
          accountDomain: c.accountDomain,
          revenue: c.revenue,
          currency: c.currency,
          properties: c.properties,
        },
        depth: 0,
      })
      // The conversion is stored whatever happens next; a failed stitch or credit is logged (a recompute redoes it).
      await stitch(p, { clickId: c.clickId, anonymousId: c.anonymousId, userId: c.userId, email: c.email }, { accountDomain: c.accountDomain, at: doc.at })
        .then(async (contactId) => {
          await creditConversion(p, doc, contactId).catch((err: unknown) => p.logger.error({ err, msg: `crediting conversion ${doc.id} failed` }))
          // The contact's growth layer follows its purchases and refunds (never fails the request).
          await layersAfterConversion(p, doc, contactId)
        })
        .catch((err: unknown) => p.logger.error({ err, msg: `stitching conversion ${doc.id} failed` }))
      res.status(201).json(answer(doc))
    } catch (err) {
      // The same key sent twice at once: the other request stored it first.
      if (!isUniqueViolation(err, 'dedupeKey')) throw err
      const first = await firstAnswer(p, dedupeKey)
      if (!first) throw err
      res.status(200).json({ ...answer(first), repeated: true })
    }
  }

  return (req, res, next) => void convert(req, res).catch(next)
}
