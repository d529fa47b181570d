import type { Request } from 'express'

/** The token of `Authorization: Bearer <token>`, if any. */
export const bearer = (req: Request): string | undefined => /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '')?.[1]
