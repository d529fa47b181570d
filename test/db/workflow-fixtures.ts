import crypto from 'node:crypto'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'
import { SMTPServer } from 'smtp-server'

import { createUser } from '../helpers/users'

/** SEO fields that pass the pre-publish checks (src/checks/seo.ts). */
export const goodMeta = {
  title: 'A title for search results',
  description: 'A description for search results that is long enough to pass the checks.',
}

/** A draft article created by the system (Local API, access control off). */
export const draftArticle = async (payload: Payload, title: string, { withMeta = true } = {}) => {
  const slug = `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}-${crypto.randomBytes(3).toString('hex')}`
  const doc = await payload.create({
    collection: 'articles',
    data: { title, slug, format: 'article', workflowState: 'draft', ...(withMeta ? { meta: goodMeta } : {}) },
  })
  return doc.id
}

export type Mail = { to: string[]; raw: string }

/** A real SMTP peer on a random port that keeps what it receives. */
export const startSmtp = async () => {
  const mails: Mail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let raw = ''
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')))
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return { url: `smtp://127.0.0.1:${port}`, mails, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Polls until `check` returns a truthy value or time runs out. */
export const eventually = async <T>(check: () => Promise<T | undefined | false | null>, timeoutMs = 20_000, what = 'condition'): Promise<T> => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await sleep(250)
  }
}

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

/** Small REST and GraphQL clients for one server. */
export const clients = (url: string) => {
  const rest = async (method: string, path: string, auth?: string, body?: unknown): Promise<{ status: number; json: Json }> => {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: { ...(auth ? { authorization: auth } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    })
    const text = await res.text()
    let json: Json = {}
    try {
      json = text ? JSON.parse(text) : {}
    } catch {
      json = { text }
    }
    return { status: res.status, json }
  }
  const gql = async (auth: string | undefined, query: string, variables?: Json) =>
    (await rest('POST', '/api/graphql', auth, { query, variables })).json as { data?: Json; errors?: { message: string; extensions?: Json }[] }
  return {
    rest,
    gql,
    patch: (auth: string, collection: string, id: number | string, data: Json, query = '') => rest('PATCH', `/api/${collection}/${id}${query}`, auth, data),
    transition: (auth: string | undefined, collection: string, id: number | string, body: Json) => rest('POST', `/api/${collection}/${id}/transition`, auth, body),
  }
}

export const TRANSITION_MUTATION = `mutation T($id: ID!, $to: WorkflowStateName!, $comment: String, $publishAt: String, $unpublishAt: String) {
  transition(collection: articles, id: $id, to: $to, comment: $comment, publishAt: $publishAt, unpublishAt: $unpublishAt) {
    id workflowState status publishAt unpublishAt
  }
}`

/**
 * Moves an article to scheduled through the Local API with access control on, as each role, to
 * publish `inMs` after the scheduling step (measured then: the steps before may be slow on a busy machine).
 */
export const scheduleThroughLocalApi = async (payload: Payload, title: string, inMs: number) => {
  await createUser(payload, ['admin'])
  const as = async (role: 'editor' | 'reviewer' | 'marketer') => payload.findByID({ collection: 'users', id: (await createUser(payload, [role])).id })
  const [editor, reviewer, marketer] = [await as('editor'), await as('reviewer'), await as('marketer')]
  const id = await draftArticle(payload, title)
  const step = (user: typeof editor, data: Record<string, unknown>) =>
    payload.update({ collection: 'articles', id, data, overrideAccess: false, user })
  await step(editor, { workflowState: 'in_review' })
  await step(reviewer, { workflowState: 'approved' })
  const publishAt = new Date(Date.now() + inMs)
  await step(marketer, { workflowState: 'scheduled', publishAt: publishAt.toISOString() })
  return { id, publishAt }
}
