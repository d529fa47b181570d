import crypto from 'node:crypto'

import type { Payload } from 'payload'

import type { Role } from '../../access/roles'
import type { DemoCredentials } from '../credentials'

const DEMO_DOMAIN = 'flywheel.demo'

const TEAM: { role: Role; name: string }[] = [
  { role: 'editor', name: 'Erin Editor' },
  { role: 'reviewer', name: 'Riley Reviewer' },
  { role: 'marketer', name: 'Morgan Marketer' },
  { role: 'developer', name: 'Devon Developer' },
]

const upsertUser = async (payload: Payload, email: string, data: Record<string, unknown>) => {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1 })
  if (docs[0]) return payload.update({ collection: 'users', id: docs[0].id, data, context: { seeding: true } })
  return payload.create({ collection: 'users', data: { email, ...data } as never, context: { seeding: true } })
}

/**
 * The demo admin plus one member per role; the developer gets an API key. Re-running keeps the
 * credentials already written to data/demo-credentials.json.
 */
export const seedUsers = async (payload: Payload, previous?: DemoCredentials): Promise<DemoCredentials> => {
  const password = previous?.admin.password ?? crypto.randomBytes(9).toString('base64url')
  const developerApiKey = previous?.developerApiKey ?? crypto.randomUUID()
  const adminEmail = `admin@${DEMO_DOMAIN}`
  await upsertUser(payload, adminEmail, { password, name: 'Ada Admin', roles: ['admin'] })
  const team: Record<string, string> = {}
  for (const { role, name } of TEAM) {
    const email = `${role}@${DEMO_DOMAIN}`
    team[role] = email
    await upsertUser(payload, email, {
      password,
      name,
      roles: [role],
      ...(role === 'developer' ? { enableAPIKey: true, apiKey: developerApiKey } : {}),
    })
  }
  return { ...previous, admin: { email: adminEmail, password }, developerApiKey, team }
}
