import type { Payload } from 'payload'
import { expect } from 'vitest'

/**
 * A demo source on `payload` and a client of its ingestion routes at `baseUrl`: `events(...)` posts one
 * batch (message ids filled in), `convert(...)` one conversion (idempotency key filled in). Both expect
 * a 2xx and return the answer.
 */
export const ingestClient = async (payload: Payload, baseUrl: () => string) => {
  const source = await payload.create({ collection: 'sources', data: { name: 'Site', kind: 'website' } })
  const keys = { writeKey: source.writeKey!, secretKey: source.secretKey! }
  let n = 0
  const post = async (path: string, key: string, body: unknown) => {
    const res = await fetch(`${baseUrl()}${path}`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify(body) })
    expect(res.status, await res.clone().text()).toBeLessThan(300)
    return res.json()
  }
  return {
    keys,
    events: (...batch: Record<string, unknown>[]) => post('/v1/events', keys.writeKey, { batch: batch.map((e) => ({ messageId: `m-${n++}`, ...e })) }),
    convert: (body: Record<string, unknown>) => post('/v1/conversions', keys.secretKey, { idempotencyKey: `c-${n++}`, ...body }),
  }
}
