import type { Payload, PayloadRequest } from 'payload'

import { hasRole } from '../../access/roles'
import { PRIVILEGES, type Privilege, teamGrowthSettings } from './settings'

/** Who asks: a signed-in user (the JWT user or a document of `users`). */
export type PrivilegeUser = { id: number | string; roles?: readonly (string | null)[] | null } | null | undefined

/**
 * The user's level as the ledger last left it (`users.growth.level`, maintained by the ledger). Read
 * from the database, not from `req.user`: a level reached during this session counts at once.
 */
export const levelOfUser = async (payload: Payload, userId: number | string, req?: PayloadRequest): Promise<number> => {
  const user = await payload.db.findOne({ collection: 'users', where: { id: { equals: userId } }, req })
  const level = (user as { growth?: { level?: number | null } | null } | null)?.growth?.level
  return typeof level === 'number' && level > 0 ? level : 1
}

/** The level a privilege needs (team-growth-settings), or null when no level grants it. */
export const privilegeLevel = async (payload: Payload, privilege: Privilege): Promise<number | null> =>
  (await teamGrowthSettings(payload)).privileges.find((p) => p.privilege === privilege)?.level ?? null

/** What a user may do beyond their roles: admins hold every privilege; others by level. */
export const privilegesOf = async (payload: Payload, user: PrivilegeUser, req?: PayloadRequest): Promise<Privilege[]> => {
  if (!user) return []
  if (hasRole(user, 'admin')) return [...PRIVILEGES]
  const [settings, level] = await Promise.all([teamGrowthSettings(payload), levelOfUser(payload, user.id, req)])
  return PRIVILEGES.filter((privilege) => settings.privileges.some((p) => p.privilege === privilege && level >= p.level))
}

export const hasPrivilege = async (payload: Payload, user: PrivilegeUser, privilege: Privilege, req?: PayloadRequest): Promise<boolean> =>
  (await privilegesOf(payload, user, req)).includes(privilege)

/** For a refusal: "needs level 4 (you are level 2)", or that no level grants it. */
export const privilegeShortfall = async (payload: Payload, user: PrivilegeUser, privilege: Privilege, req?: PayloadRequest): Promise<string> => {
  const [needed, level] = await Promise.all([privilegeLevel(payload, privilege), user ? levelOfUser(payload, user.id, req) : 1])
  return needed === null ? `no level grants '${privilege}' (team growth settings)` : `needs level ${needed} (you are level ${level})`
}
