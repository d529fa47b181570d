import { StartupError } from './startup-error'

/** PORT (default 3000); 0 picks a free port. */
export const resolvePort = (raw: string | undefined = process.env.PORT): number => {
  if (raw === undefined || raw.trim() === '') return 3000
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new StartupError(`PORT "${raw}" is not a port number (0–65535)`)
  return port
}
