import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Distribution } from '../../src/payload-types'
import { bootServer } from '../helpers/boot'
import { apiKeyHeader, createUser, loginHeader } from '../helpers/users'
import { clients } from './workflow-fixtures'

type Server = Awaited<ReturnType<typeof bootServer>>
type Item = { kind: string; id: number; title: string; status: string; at: string; recurring: boolean; channels: { name: string; kind: string }[] }

/**
 * GET /api/calendar with distributions beside the publishing calendar. Distributions are written as the
 * send job would (context distributionInternal: no status guard, no job queued), at fixed times in 2030.
 */
describe('distribution calendar', () => {
  let server: Server
  let api: ReturnType<typeof clients>
  let marketer: string, editor: string, developer: string
  const ids: Record<string, number> = {}
  const channels: Record<string, { id: number; name: string; kind: string }> = {}

  beforeAll(async () => {
    server = await bootServer({ JOBS_AUTORUN: 'off' })
    const { payload } = server
    api = clients(server.url)
    await createUser(payload, ['admin'])
    marketer = await loginHeader(server.url, await createUser(payload, ['marketer']))
    editor = await loginHeader(server.url, await createUser(payload, ['editor']))
    developer = apiKeyHeader(await createUser(payload, ['developer'], { apiKey: true }))

    const paper = await payload.create({
      collection: 'white-papers',
      data: { title: 'Growth layers in banking', slug: 'growth-layers-in-banking', summary: 'How banks grow accounts.', workflowState: 'published', _status: 'published' } as never,
      context: { seeding: true },
    })
    for (const [slug, name, kind] of [
      ['newsletter', 'Newsletter', 'email'],
      ['linkedin', 'LinkedIn page', 'social'],
    ] as const) {
      const channel = await payload.create({ collection: 'channels', data: { name, slug, kind } })
      channels[slug] = { id: channel.id, name, kind }
    }
    const distribution = async (key: string, data: Partial<Distribution>) => {
      const doc = await payload.create({
        collection: 'distributions',
        data: { title: key, content: [{ relationTo: 'white-papers', value: Number(paper.id) }], channels: [channels.newsletter.id], schedule: { mode: 'now' }, status: 'draft', ...data },
        context: { distributionInternal: true },
      })
      ids[key] = doc.id
    }
    await distribution('Launch announcement', {
      channels: [channels.newsletter.id, channels.linkedin.id],
      status: 'scheduled',
      schedule: { mode: 'at', at: '2030-06-04T10:00:00.000Z' },
      progress: { nextRunAt: '2030-06-04T10:00:00.000Z' },
    })
    await distribution('Set time only', { status: 'scheduled', schedule: { mode: 'at', at: '2030-06-12T15:00:00.000Z' } })
    await distribution('July issue', { status: 'scheduled', schedule: { mode: 'at', at: '2030-07-15T08:00:00.000Z' }, progress: { nextRunAt: '2030-07-15T08:00:00.000Z' } })
    // Mondays at 21:00 in New York: Tuesdays 01:00 UTC in summer, 02:00 in winter.
    await distribution('Weekly digest', {
      status: 'scheduled',
      schedule: { mode: 'now', repeat: 'weekly', weekday: '1', localTime: '21:00', timeZone: 'America/New_York' },
      progress: { nextRunAt: '2030-06-04T01:00:00.000Z', occurrence: 3 },
    })
    await distribution('Sent yesterday', {
      status: 'sent',
      progress: { startedAt: '2030-06-05T09:00:00.000Z', finishedAt: '2030-06-05T09:05:00.000Z' },
      sentCount: 40,
      totalCount: 42,
    })
    await distribution('Sending now', { status: 'sending', progress: { startedAt: '2030-06-06T12:00:00.000Z', nextRunAt: '2030-06-06T12:05:00.000Z' } })
    await distribution('Cancelled', { status: 'cancelled', schedule: { mode: 'at', at: '2030-06-20T08:00:00.000Z' }, progress: { finishedAt: '2030-06-08T16:00:00.000Z' } })
    await distribution('Still a draft', { schedule: { mode: 'at', at: '2030-06-07T08:00:00.000Z' } })
  })
  afterAll(async () => server?.close())

  const calendar = async (auth: string | undefined, from: string, to: string, include?: string) => {
    const query = new URLSearchParams({ from, to, ...(include !== undefined ? { include } : {}) })
    return api.rest('GET', `/api/calendar?${query}`, auth)
  }
  const june = (auth = marketer, include?: string) => calendar(auth, '2030-06-01', '2030-07-01', include)
  const summary = (items: Item[]) => items.map((i) => `${i.at} ${i.title} ${i.status}${i.recurring ? ' weekly' : ''}`)

  it('lists a scheduled distribution at its time with its channels, and everything in the range by time', async () => {
    const res = await june()
    expect(res.status, JSON.stringify(res.json)).toBe(200)
    expect(res.json.distributions.find((i: Item) => i.id === ids['Launch announcement'])).toEqual({
      kind: 'distribution',
      id: ids['Launch announcement'],
      title: 'Launch announcement',
      status: 'scheduled',
      at: '2030-06-04T10:00:00.000Z',
      channels: [
        { id: channels.newsletter.id, name: 'Newsletter', kind: 'email' },
        { id: channels.linkedin.id, name: 'LinkedIn page', kind: 'social' },
      ],
      recurring: false,
      sentCount: 0,
      totalCount: 0,
    })
    expect(summary(res.json.distributions)).toEqual([
      '2030-06-04T01:00:00.000Z Weekly digest scheduled weekly',
      '2030-06-04T10:00:00.000Z Launch announcement scheduled',
      '2030-06-05T09:05:00.000Z Sent yesterday sent',
      '2030-06-06T12:00:00.000Z Sending now sending',
      '2030-06-08T16:00:00.000Z Cancelled cancelled',
      '2030-06-11T01:00:00.000Z Weekly digest scheduled weekly',
      '2030-06-12T15:00:00.000Z Set time only scheduled',
      '2030-06-18T01:00:00.000Z Weekly digest scheduled weekly',
      '2030-06-25T01:00:00.000Z Weekly digest scheduled weekly',
    ])
    expect(res.json.distributions.find((i: Item) => i.title === 'Sent yesterday')).toMatchObject({ sentCount: 40, totalCount: 42 })
  })

  it("repeats a weekly digest on its weekday in the zone's local time, across the change from summer time", async () => {
    const res = await calendar(marketer, '2030-10-27', '2030-11-12')
    expect(summary(res.json.distributions)).toEqual([
      '2030-10-29T01:00:00.000Z Weekly digest scheduled weekly',
      '2030-11-05T02:00:00.000Z Weekly digest scheduled weekly',
    ])
    // Monday evening in New York is Tuesday in UTC.
    for (const item of res.json.distributions as Item[]) expect(new Date(item.at).toLocaleDateString('en', { weekday: 'long', timeZone: 'America/New_York' })).toBe('Monday')
  })

  it('keeps to the range: from inclusive, to exclusive, and later sends show in their own range', async () => {
    const res = await calendar(marketer, '2030-06-04T10:00:00Z', '2030-06-05T09:05:00Z')
    expect(summary(res.json.distributions)).toEqual(['2030-06-04T10:00:00.000Z Launch announcement scheduled'])
    const july = await calendar(marketer, '2030-07-01', '2030-08-01')
    expect(summary(july.json.distributions).filter((s) => !s.includes('Weekly digest'))).toEqual(['2030-07-15T08:00:00.000Z July issue scheduled'])
    // Before the digest's next issue: nothing of it.
    expect((await calendar(marketer, '2030-05-01', '2030-06-01')).json.distributions).toEqual([])
  })

  it('returns both calendars by default, and one with ?include', async () => {
    const both = await june(editor)
    expect(both.status).toBe(200)
    expect(both.json).toMatchObject({ from: '2030-06-01T00:00:00.000Z', to: '2030-07-01T00:00:00.000Z', items: [] })
    expect(both.json.distributions).toHaveLength(9)
    const distributions = await june(editor, 'distributions')
    expect(Object.keys(distributions.json).sort()).toEqual(['distributions', 'from', 'to'])
    const publishing = await june(editor, 'publishing')
    expect(Object.keys(publishing.json).sort()).toEqual(['from', 'items', 'to'])
    expect((await june(editor, ' distributions , publishing ')).json.distributions).toHaveLength(9)
    for (const include of ['', 'events', 'publishing,mail']) {
      const res = await june(editor, include)
      expect(res.status, include).toBe(400)
      expect(res.json.errors[0].message, include).toMatch(/^include: must be publishing, distributions or both/)
    }
  })

  it('refuses a missing, malformed, reversed or over-long range with 400', async () => {
    const cases: [string, string, RegExp][] = [
      ['tomorrow', '2030-07-01', /^from: must be an ISO 8601 date/],
      ['2030-06-31', '2030-07-01', /^from: must be an ISO 8601 date/],
      ['2030-07-01', '2030-06-01', /^to: must be after from/],
      ['2030-01-01', '2031-01-03', /at most 366 days/],
    ]
    for (const [from, to, message] of cases) {
      const res = await calendar(marketer, from, to, 'distributions')
      expect(res.status, `${from}..${to}`).toBe(400)
      expect(res.json.errors[0].message, `${from}..${to}`).toMatch(message)
    }
  })

  it('is for signed-in users: anonymous is 401, developers see distributions when they ask for them alone', async () => {
    expect((await calendar(undefined, '2030-06-01', '2030-07-01')).status).toBe(401)
    expect((await calendar(undefined, '2030-06-01', '2030-07-01', 'distributions')).status).toBe(401)
    const both = await june(developer)
    expect(both.status).toBe(403)
    expect(both.json.errors[0].message).toMatch(/publishing calendar is for the editorial team.*include=distributions/)
    const mine = await june(developer, 'distributions')
    expect(mine.status, JSON.stringify(mine.json)).toBe(200)
    expect(mine.json.distributions).toHaveLength(9)
  })
})
