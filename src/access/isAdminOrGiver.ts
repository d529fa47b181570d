import type { Access } from 'payload'

import { hasRole } from './roles'

/** Kudos: admins withdraw any, a team member only the kudos they gave. */
export const isAdminOrGiver: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return { giver: { equals: user.id } }
}
