import type { VideoBlockData } from '../../../blocks/Video/render'
import { parseVideoUrl } from '../../../blocks/Video/video-url'
import { escapeHtml } from '../../../render/escape'
import { attrs } from '../../../render/html'
import { anchor, spaced } from '../html'
import { mediaImage } from '../media'
import { STYLES } from '../styles'
import { textAction } from '../text'
import { EMPTY_PART, type EmailEnv, type EmailPart } from '../types'

/**
 * Mail clients play no video: the poster (when there is one) and a "▶ title" line both link to it.
 * Without a poster there is no thumbnail: fetching YouTube's would tell Google who opened the mail,
 * which the site avoids too (youtube-nocookie.com, Vimeo's dnt=1).
 */
export const videoEmail = (block: VideoBlockData, env: EmailEnv): EmailPart => {
  const url = block.url?.trim()
  const source = url ? parseVideoUrl(url) : null
  if (!url || !source) return EMPTY_PART
  const label = block.title?.trim() || env.labels.watchVideo
  const href = env.link(source.kind === 'file' ? source.url : url, label)
  if (!href) return EMPTY_PART
  return {
    html:
      spaced(mediaImage(block.poster, env, { alt: label, href })) +
      `<p${attrs({ style: STYLES.p })}>${anchor(href, `&#9654;&nbsp;${escapeHtml(label)}`)}</p>`,
    text: textAction(`▶ ${label}`, href),
  }
}
