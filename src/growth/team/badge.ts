import type { Field, FieldAccess, FieldHook } from 'payload'

import { hasRole } from '../../access/roles'
import { medalsOf, titleOf } from './medals'
import { levelOfUser } from './privileges'
import { teamGrowthSettings } from './settings'

type UserDoc = { id?: number | string; roles?: string[] | null; growth?: { level?: number | null } | null }

/**
 * The badge beside a user's name (growth privilege 'badge'): the title of their latest medal, or
 * "Level N". Computed on every read for a signed-in reader, never stored; empty for users below the
 * privilege's level. The request's own authentication lookup has no reader yet and skips it (it would
 * cost queries on every request for a value nobody shows).
 */
export const badgeOf: FieldHook = async ({ data, req }) => {
  const user = data as UserDoc | undefined
  if (!req.user || user?.id == null) return null
  const { payload } = req
  const cached = user.growth?.level
  const level = typeof cached === 'number' && cached > 0 ? cached : await levelOfUser(payload, user.id, req)
  const needed = (await teamGrowthSettings(payload)).privileges.find((p) => p.privilege === 'badge')?.level
  const holds = hasRole(user, 'admin') || (needed !== undefined && level >= needed)
  if (!holds) return null
  return titleOf(await medalsOf(payload, Number(user.id))) ?? `Level ${level}`
}

// Server-computed: a client's value is dropped (it is virtual, so nothing would be stored anyway).
const never: FieldAccess = () => false

export const badgeField: Field = {
  name: 'badge',
  type: 'text',
  virtual: true,
  access: { create: never, update: never },
  hooks: { afterRead: [badgeOf] },
  admin: { readOnly: true, position: 'sidebar', description: "Shown beside the name from the level that grants the 'badge' privilege: the latest medal's title, or the level." },
}
