import { DOMAIN_NAME } from '../../fields/domain'

/**
 * Open-redirect guard: a destination must be an absolute http(s) URL whose host is an allowed domain
 * or a subdomain of one. Returns the reason it is refused, or undefined when it is allowed.
 */
export const refuseDestination = (destination: string, allowedDomains: readonly string[]): string | undefined => {
  let url: URL
  try {
    url = new URL(destination)
  } catch {
    return `"${destination}" is not an absolute URL (https://…)`
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `only http and https destinations are allowed (got ${url.protocol})`
  if (url.username || url.password) return 'a destination may not carry a user name or password'
  const host = url.hostname.toLowerCase().replace(/\.$/, '')
  const allowed = allowedDomains.some((domain) => {
    const d = domain.toLowerCase().replace(/^\*\./, '').replace(/\.$/, '')
    return host === d || host.endsWith(`.${d}`)
  })
  return allowed ? undefined : `${host} is not on the allowed destination domains (Attribution settings); ask an admin to add it`
}

/** A domain entry of the allow-list: a host name such as `example.com` (subdomains included), `*.example.com` or localhost. */
export const isAllowListEntry = (value: string): boolean => value === 'localhost' || DOMAIN_NAME.test(value.replace(/^\*\./, ''))
