import type { CheckboxField } from 'payload'

/** Days after which a guide's "last verified" date makes it stale (GUIDE_STALE_DAYS, default 180). */
export const staleAfterDays = (env: NodeJS.ProcessEnv = process.env): number => {
  const days = Number(env.GUIDE_STALE_DAYS)
  return Number.isFinite(days) && days > 0 ? days : 180
}

export const isStale = (lastVerifiedAt: string | null | undefined, now = Date.now(), days = staleAfterDays()): boolean =>
  !lastVerifiedAt || now - new Date(lastVerifiedAt).getTime() > days * 86_400_000

/** `stale`: computed on read from lastVerifiedAt, so it turns true on its own as time passes. */
export const staleField: CheckboxField = {
  name: 'stale',
  type: 'checkbox',
  virtual: true,
  admin: { position: 'sidebar', readOnly: true, description: 'Not verified within the configured number of days.' },
  hooks: { afterRead: [({ siblingData }) => isStale(siblingData?.lastVerifiedAt)] },
}
