import crypto from 'node:crypto'

import type { Payload } from 'payload'

import type { Role } from '../../src/access/roles'

export type TestUser = { id: number | string; email: string; password: string; roles: Role[]; apiKey?: string }

/** Creates a user with the given roles (through the Local API, as the system). */
export const createUser = async (payload: Payload, roles: Role[], opts: { apiKey?: boolean } = {}): Promise<TestUser> => {
  const email = `${roles.join('-')}-${crypto.randomBytes(3).toString('hex')}@example.test`
  const password = `pw-${crypto.randomBytes(6).toString('hex')}`
  const apiKey = opts.apiKey ? crypto.randomUUID() : undefined
  const doc = await payload.create({
    collection: 'users',
    data: { email, password, roles, name: roles.join(' '), ...(apiKey ? { enableAPIKey: true, apiKey } : {}) },
  })
  return { id: doc.id, email, password, roles, apiKey }
}

/** Logs in over REST and returns the `Authorization` header value. */
export const loginHeader = async (baseUrl: string, user: TestUser): Promise<string> => {
  const res = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: user.email, password: user.password }),
  })
  if (!res.ok) throw new Error(`login failed for ${user.email}: ${res.status} ${await res.text()}`)
  const { token } = (await res.json()) as { token: string }
  return `JWT ${token}`
}

export const apiKeyHeader = (user: TestUser): string => `users API-Key ${user.apiKey}`
