import { blockClass, type BlockBase } from '../../render/block'
import { resourceUrl, type RenderContext } from '../../render/context'
import { escapeHtml } from '../../render/escape'
import { attrs } from '../../render/html'
import { populatedMedia, type MediaRef } from '../../render/image'
import { parseVideoUrl, type VideoSource } from './video-url'

export type VideoBlockData = BlockBase<'video'> & {
  url?: string | null
  title?: string | null
  poster?: MediaRef
}

// Privacy by construction: youtube-nocookie.com and Vimeo's dnt=1 set no tracking cookies until play.
const embedUrl = (source: Exclude<VideoSource, { kind: 'file' }>): string =>
  source.kind === 'youtube'
    ? `https://www.youtube-nocookie.com/embed/${source.id}`
    : `https://player.vimeo.com/video/${source.id}?dnt=1${source.hash ? `&h=${source.hash}` : ''}`

/** Nothing when the URL is not one we embed (data saved before validation, or edited in the database). */
export const renderVideo = (block: VideoBlockData, ctx: RenderContext = {}): string => {
  const source = block.url ? parseVideoUrl(block.url) : null
  if (!source) return ''
  const base = blockClass(block.blockType)
  const title = block.title ?? ''
  if (source.kind === 'file') {
    const poster = populatedMedia(block.poster)
    const posterUrl = poster ? resourceUrl(poster.sizes?.hero?.url || poster.url, ctx) : null
    return (
      `<div class="${base} ${base}--file">` +
      `<video${attrs({ controls: true, preload: 'metadata', poster: posterUrl, 'aria-label': title })}>` +
      `<source${attrs({ src: source.url, type: 'video/mp4' })}>` +
      // Shown only by browsers that cannot play the video.
      `<a${attrs({ href: source.url })}>${escapeHtml(title || source.url)}</a></video></div>`
    )
  }
  return (
    `<div class="${base} ${base}--${source.kind}">` +
    `<iframe${attrs({
      src: embedUrl(source),
      title,
      width: 560,
      height: 315,
      loading: 'lazy',
      allow: 'autoplay; encrypted-media; fullscreen; picture-in-picture',
      allowfullscreen: true,
      referrerpolicy: 'strict-origin-when-cross-origin',
    })}></iframe></div>`
  )
}
