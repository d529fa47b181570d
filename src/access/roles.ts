/** The five roles of the team that runs Flywheel. A user may hold several. */
export const ROLES = ['admin', 'editor', 'reviewer', 'marketer', 'developer'] as const
export type Role = (typeof ROLES)[number]

type MaybeUser = { roles?: readonly (string | null)[] | null } | null | undefined

export const hasRole = (user: MaybeUser, ...roles: Role[]): boolean =>
  Boolean(user?.roles?.some((role) => roles.includes(role as Role)))

/** Roles that write content and media (developers and reviewers only read). */
export const CONTENT_WRITERS: Role[] = ['admin', 'editor', 'marketer']
