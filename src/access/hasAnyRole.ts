import type { PayloadRequest } from 'payload'

import { ROLES, hasRole } from './roles'

/** Admin panel entry: any signed-in user who holds at least one role. */
export const hasAnyRole = ({ req: { user } }: { req: PayloadRequest }): boolean => hasRole(user, ...ROLES)
