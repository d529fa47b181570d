import { StartupError } from './startup-error'

/**
 * The public website that content lives on (tracked links to a content item land there):
 * `SITE_URL`, else `PUBLIC_URL`, else http://localhost:3000. Its host is always an allowed destination.
 */
export const siteUrl = (env: NodeJS.ProcessEnv = process.env): URL => {
  const raw = env.SITE_URL || env.PUBLIC_URL || 'http://localhost:3000'
  try {
    const url = new URL(raw)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http(s)')
    return url
  } catch {
    throw new StartupError(`SITE_URL "${raw}" is not an http(s) URL such as https://www.example.com`)
  }
}
