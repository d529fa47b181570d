import type { Access } from 'payload'

/** Written only by Flywheel itself (Local API with overrideAccess), never by a client. */
export const nobody: Access = () => false
