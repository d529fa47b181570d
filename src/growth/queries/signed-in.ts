import type { PayloadRequest } from 'payload'

import { unauthorized } from '../../content/queries/errors'

/** Playbooks are the whole team's (collections/Playbooks.ts reads: any signed-in user). */
export const assertSignedIn = (user: PayloadRequest['user']): void => {
  if (!user) throw unauthorized('Sign in (or send an API key) to read playbooks')
}
