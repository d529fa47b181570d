import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootServer } from '../helpers/boot'
import { apiKeyHeader, createUser, loginHeader, type TestUser } from '../helpers/users'

type Server = Awaited<ReturnType<typeof bootServer>>

const PNG_1PX = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

describe('role access rules over REST and GraphQL', () => {
  let server: Server
  let admin: TestUser, editor: TestUser, developer: TestUser

  beforeAll(async () => {
    server = await bootServer()
    admin = await createUser(server.payload, ['admin'])
    editor = await createUser(server.payload, ['editor'])
    developer = await createUser(server.payload, ['developer'], { apiKey: true })
  })
  afterAll(async () => server?.close())

  const upload = (auth: string) => {
    const form = new FormData()
    form.append('file', new Blob([PNG_1PX], { type: 'image/png' }), 'dot.png')
    form.append('_payload', JSON.stringify({ alt: 'a dot' }))
    return fetch(`${server.url}/api/media`, { method: 'POST', headers: { authorization: auth }, body: form })
  }

  it('lets an admin create users with roles', async () => {
    const res = await fetch(`${server.url}/api/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: await loginHeader(server.url, admin) },
      body: JSON.stringify({ email: 'new-marketer@example.test', password: 'pw-123456789', roles: ['marketer'] }),
    })
    expect(res.status).toBe(201)
    expect((await res.json()).doc.roles).toEqual(['marketer'])
  })

  it('refuses an editor managing users', async () => {
    const auth = await loginHeader(server.url, editor)
    const create = await fetch(`${server.url}/api/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: auth },
      body: JSON.stringify({ email: 'sneaky@example.test', password: 'pw-123456789', roles: ['admin'] }),
    })
    expect(create.status).toBe(403)
    const list = await fetch(`${server.url}/api/users`, { headers: { authorization: auth } })
    const body = await list.json()
    expect(body.docs.map((u: { email: string }) => u.email)).toEqual([editor.email])
    const del = await fetch(`${server.url}/api/users/${admin.id}`, { method: 'DELETE', headers: { authorization: auth } })
    expect(del.status).toBe(403)
  })

  it('keeps an editor from promoting themselves', async () => {
    const auth = await loginHeader(server.url, editor)
    const res = await fetch(`${server.url}/api/users/${editor.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: auth },
      body: JSON.stringify({ roles: ['admin'], name: 'Renamed Editor' }),
    })
    expect(res.status).toBe(200)
    const me = await server.payload.findByID({ collection: 'users', id: editor.id })
    expect(me.roles).toEqual(['editor'])
    expect(me.name).toBe('Renamed Editor')
  })

  it('lets an editor upload media', async () => {
    const res = await upload(await loginHeader(server.url, editor))
    expect(res.status).toBe(201)
  })

  it('lets a developer API key read content but not write it', async () => {
    const auth = apiKeyHeader(developer)
    const read = await fetch(`${server.url}/api/media?limit=5`, { headers: { authorization: auth } })
    expect(read.status).toBe(200)
    expect((await read.json()).totalDocs).toBeGreaterThan(0)

    const me = await fetch(`${server.url}/api/users/me`, { headers: { authorization: auth } })
    expect((await me.json()).user.email).toBe(developer.email)

    expect((await upload(auth)).status).toBe(403)

    const gql = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: auth },
      body: JSON.stringify({ query: 'mutation { updateMedia(id: 1, data: { alt: "hacked" }) { id alt } }' }),
    })
    const body = await gql.json()
    expect(body.errors?.[0]?.message).toMatch(/not allowed/i)
    const media = await server.payload.findByID({ collection: 'media', id: 1 })
    expect(media.alt).toBe('a dot')
  })

  it('refuses anonymous writes and user listing', async () => {
    expect((await fetch(`${server.url}/api/users`)).status).toBe(403)
    const form = new FormData()
    form.append('file', new Blob([PNG_1PX], { type: 'image/png' }), 'dot.png')
    expect((await fetch(`${server.url}/api/media`, { method: 'POST', body: form })).status).toBe(403)
  })
})
