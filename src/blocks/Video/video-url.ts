/** What a video URL points at, once we know it is one we embed. */
export type VideoSource =
  | { kind: 'youtube'; id: string }
  | { kind: 'vimeo'; id: string; hash?: string }
  | { kind: 'file'; url: string }

const YOUTUBE_HOSTS = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com'])
const VIMEO_HOSTS = new Set(['vimeo.com', 'www.vimeo.com', 'player.vimeo.com'])
const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/

const youtubeId = (url: URL): string | null => {
  if (url.hostname === 'youtu.be') return url.pathname.split('/')[1] ?? null
  if (url.pathname === '/watch') return url.searchParams.get('v')
  return /^\/(?:embed|shorts|live)\/([^/]+)/.exec(url.pathname)?.[1] ?? null
}

/**
 * Parses an https URL of YouTube (youtube.com, youtu.be), Vimeo or a direct .mp4 file; anything
 * else is `null`. The field's validation and the renderer both use this, so what an editor can save
 * is exactly what can be shown.
 */
export const parseVideoUrl = (raw: string): VideoSource | null => {
  let url: URL
  try {
    url = new URL(raw.trim())
  } catch {
    return null
  }
  if (url.protocol !== 'https:' || url.username || url.password) return null
  const host = url.hostname.toLowerCase()
  if (host === 'youtu.be' || YOUTUBE_HOSTS.has(host)) {
    const id = youtubeId(url)
    return id && YOUTUBE_ID.test(id) ? { kind: 'youtube', id } : null
  }
  if (VIMEO_HOSTS.has(host)) {
    // vimeo.com/123, vimeo.com/channels/x/123, player.vimeo.com/video/123; unlisted videos add a hash.
    const match = /\/(\d+)(?:\/([0-9a-f]+))?\/?$/.exec(url.pathname)
    if (!match) return null
    const hash = match[2] ?? url.searchParams.get('h') ?? undefined
    return { kind: 'vimeo', id: match[1], ...(hash && /^[0-9a-f]+$/.test(hash) ? { hash } : {}) }
  }
  if (url.pathname.toLowerCase().endsWith('.mp4')) return { kind: 'file', url: url.toString() }
  return null
}

export const videoUrlProblem = (raw: string): string | null =>
  parseVideoUrl(raw) ? null : 'Use an https:// link to a YouTube or Vimeo video, or to an .mp4 file.'
