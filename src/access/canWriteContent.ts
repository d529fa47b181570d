import type { Access } from 'payload'

import { CONTENT_WRITERS, hasRole } from './roles'

/** Admins, editors and marketers create and change content and media; developers only read. */
export const canWriteContent: Access = ({ req: { user } }) => hasRole(user, ...CONTENT_WRITERS)
