import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootServer } from '../helpers/boot'
import { ingestClient } from '../helpers/ingest'
import { eventually } from './workflow-fixtures'

type Server = Awaited<ReturnType<typeof bootServer>>

describe('identity stitching: contacts and accounts from identify, alias and conversions', () => {
  let server: Server
  let client: Awaited<ReturnType<typeof ingestClient>>

  beforeAll(async () => {
    server = await bootServer({ TRACKING_FLUSH_MS: '50' })
    client = await ingestClient(server.payload, () => server.url)
  })
  afterAll(async () => server?.close())

  const events = (...batch: Record<string, unknown>[]) => client.events(...batch)
  const convert = (body: Record<string, unknown>) => client.convert(body)
  const contactOf = async (key: string) => {
    const identity = (await server.payload.find({ collection: 'identities', where: { key: { equals: key } }, limit: 1 })).docs[0]
    return identity ? server.payload.findByID({ collection: 'contacts', id: identity.contactId, depth: 1 }) : undefined
  }
  const keysOf = async (contactId: number | string) =>
    (await server.payload.find({ collection: 'identities', where: { contactId: { equals: contactId } }, pagination: false, sort: 'key' })).docs.map((d) => d.key)

  it('makes a contact from identify, with traits, and puts it in the account of its email domain', async () => {
    await events({ type: 'identify', anonymousId: 'a-1', userId: 'u-1', traits: { email: 'Ana@Bank.Example', name: 'Ana Lima', title: 'CFO', plan: 'pro' } })
    const contact = await eventually(() => contactOf('user:u-1'), 5000, 'the contact')
    expect(contact).toMatchObject({ email: 'ana@bank.example', name: 'Ana Lima', jobTitle: 'CFO', traits: { plan: 'pro' } })
    expect(contact.account).toMatchObject({ domain: 'bank.example', name: 'bank.example' })
    expect(await keysOf(contact.id)).toEqual(['anonymous:a-1', 'email:ana@bank.example', 'user:u-1'])
  })

  it('joins no account for free-mail, unless the conversion names one', async () => {
    await events({ type: 'identify', userId: 'u-2', traits: { email: 'bob@gmail.com' } })
    const bob = await eventually(() => contactOf('user:u-2'), 5000, 'bob')
    expect(bob.email).toBe('bob@gmail.com')
    expect(bob.account ?? null).toBeNull()

    await convert({ event: 'lead', email: 'dee@gmail.com', accountDomain: 'shop.example' })
    const dee = await contactOf('email:dee@gmail.com')
    expect(dee?.account).toMatchObject({ domain: 'shop.example' })
  })

  it('merges two contacts when one identify names both, keeping every identity and every event', async () => {
    await convert({ event: 'signup', anonymousId: 'a-9', email: 'carl@corp.example', clickId: '0mx1aaaaaaBBBBBBBB' })
    await events({ type: 'page', anonymousId: 'a-9' }, { type: 'identify', anonymousId: 'a-10', userId: 'u-10' }, { type: 'track', event: 'sdk_integrated', userId: 'u-10' })
    const carl = (await contactOf('email:carl@corp.example'))!
    const other = await eventually(() => contactOf('user:u-10'), 5000, 'the second contact')
    expect(other.id).not.toBe(carl.id)
    const before = (await server.payload.count({ collection: 'contacts' })).totalDocs

    await events({ type: 'identify', anonymousId: 'a-9', userId: 'u-10' })
    await eventually(async () => (await contactOf('user:u-10'))?.id === carl.id, 5000, 'the merge')
    expect((await server.payload.count({ collection: 'contacts' })).totalDocs).toBe(before - 1)
    expect(await keysOf(carl.id)).toEqual(['anonymous:a-10', 'anonymous:a-9', 'click:0mx1aaaaaaBBBBBBBB', 'email:carl@corp.example', 'user:u-10'])
    const merged = await server.payload.findByID({ collection: 'contacts', id: carl.id, depth: 1 })
    expect(merged.account).toMatchObject({ domain: 'corp.example' })
    const theirs = await server.payload.count({
      collection: 'events',
      where: { or: [{ anonymousId: { in: ['a-9', 'a-10'] } }, { userId: { equals: 'u-10' } }] },
    })
    expect(theirs.totalDocs).toBe(4)
  })

  it('ties an earlier anonymous id to the user with alias', async () => {
    await events({ type: 'identify', userId: 'u-20', traits: { email: 'eve@lab.example' } }, { type: 'page', anonymousId: 'a-21' })
    await events({ type: 'alias', previousId: 'a-21', userId: 'u-20', anonymousId: 'a-21' })
    const eve = await eventually(async () => ((await contactOf('anonymous:a-21'))?.email === 'eve@lab.example' ? contactOf('anonymous:a-21') : undefined), 5000, 'the alias')
    expect(eve?.account).toMatchObject({ domain: 'lab.example' })
  })
})
