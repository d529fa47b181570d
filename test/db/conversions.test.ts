import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootServer } from '../helpers/boot'

type Server = Awaited<ReturnType<typeof bootServer>>

describe('POST /v1/conversions', () => {
  let server: Server
  let keys: { writeKey: string; secretKey: string }

  beforeAll(async () => {
    server = await bootServer()
    const source = await server.payload.create({ collection: 'sources', data: { name: 'Back end', kind: 'server' } })
    keys = { writeKey: source.writeKey!, secretKey: source.secretKey! }
  })
  afterAll(async () => server?.close())

  const convert = async (body: unknown, key = keys.secretKey) => {
    const res = await fetch(`${server.url}/v1/conversions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    return { status: res.status, body: await res.json() }
  }
  const count = async () => (await server.payload.count({ collection: 'conversions' })).totalDocs

  it('stores a conversion before answering, and answers a repeated idempotency key with the first answer', async () => {
    const first = await convert({ event: 'lead', email: 'Ana@Bank.Example', accountDomain: 'Bank.Example', clickId: '0mx1abcdefGHIJKLMN', idempotencyKey: 'lead-ana-1' })
    expect(first.status, JSON.stringify(first.body)).toBe(201)
    expect(first.body).toMatchObject({ event: 'lead', idempotencyKey: 'lead-ana-1', revenue: null })
    expect(await count()).toBe(1)
    const stored = await server.payload.findByID({ collection: 'conversions', id: first.body.id })
    expect(stored).toMatchObject({ email: 'ana@bank.example', accountDomain: 'bank.example', clickId: '0mx1abcdefGHIJKLMN' })

    const again = await convert({ event: 'purchase', email: 'someone@else.example', revenue: 10, currency: 'USD', idempotencyKey: 'lead-ana-1' })
    expect(again.status).toBe(200)
    expect(again.body).toEqual({ ...first.body, repeated: true })
    expect(await count()).toBe(1)
  })

  it('stores one conversion when the same key arrives several times at once', async () => {
    const body = { event: 'purchase', userId: 'u-42', revenue: 12_000, currency: 'usd', idempotencyKey: 'order-7781' }
    const answers = await Promise.all(Array.from({ length: 5 }, () => convert(body)))
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 201])
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1)
    expect(answers[0].body).toMatchObject({ revenue: 12_000, currency: 'USD' })
    expect(await count()).toBe(2)
  })

  it('refuses the write key, unknown keys and bad conversions with the reason', async () => {
    const withWriteKey = await convert({ event: 'lead', email: 'a@b.example', idempotencyKey: 'w-1' }, keys.writeKey)
    expect(withWriteKey.status).toBe(401)
    expect(withWriteKey.body.error.message).toMatch(/secret key/)
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ event: 'purchase', userId: 'u', revenue: 10, idempotencyKey: 'b-1' }, /revenue needs a currency/],
      [{ event: 'purchase', userId: 'u', revenue: -5, currency: 'USD', idempotencyKey: 'b-2' }, /negative/],
      [{ event: 'lead', idempotencyKey: 'b-3' }, /needs clickId, anonymousId, userId or email/],
      [{ event: 'lead', email: 'not-an-email', idempotencyKey: 'b-4' }, /email/],
      [{ event: 'lead', email: 'a@b.example' }, /idempotencyKey/],
      [{ event: 'lead', email: 'a@b.example', idempotencyKey: 'b-6', currency: 'dollars', revenue: 1 }, /ISO 4217/],
      [{ event: 'lead', email: 'a@b.example', idempotencyKey: 'b-7', accountDomain: 'not a domain' }, /accountDomain/],
    ]
    for (const [body, reason] of cases) {
      const res = await convert(body)
      expect(res.status, JSON.stringify(body)).toBe(400)
      expect(res.body.error.code).toBe('bad_request')
      expect(res.body.error.message, JSON.stringify(body)).toMatch(reason)
    }
    expect(await count()).toBe(2)
  })
})
