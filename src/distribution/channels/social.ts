import type { Payload } from 'payload'

import type { Media } from '../../payload-types'
import { SOCIAL_NETWORKS, type SocialNetwork } from '../kinds'
import type { ChannelAdapter, SendBatch } from './adapter'
import { absoluteSiteUrl, distributedItems, itemSummary, itemUrl, loadMedia, mediaUrl, placed, recordPrepared, type DistributedItem } from './items'

// X counts a post in weighted characters: code points in these ranges weigh 1, all others (CJK,
// emoji) 2, and every link 23 whatever its length (t.co). Other networks count characters.
// https://docs.x.com/fundamentals/counting-characters (twitter-text v3 configuration)
const X_LIGHT: readonly [number, number][] = [[0, 4351], [8192, 8205], [8208, 8223], [8242, 8247]]
const X_LINK_WEIGHT = 23
const ELLIPSIS = '…'
const SEPARATOR = '\n\n'

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

const charWeight = (network: SocialNetwork, char: string): number => {
  if (network !== 'x') return 1
  const cp = char.codePointAt(0) ?? 0
  return X_LIGHT.some(([from, to]) => cp >= from && cp <= to) ? 1 : 2
}

/** The length of `text` as `network` counts it. */
export const postWeight = (network: SocialNetwork, text: string): number => {
  let weight = 0
  for (const char of text) weight += charWeight(network, char)
  return weight
}

const linkWeight = (network: SocialNetwork, link: string): number => (network === 'x' ? X_LINK_WEIGHT : postWeight(network, link))

/**
 * How many of `chars` (code points) to keep so that they weigh at most `room`, backed off to a grapheme
 * boundary so that no emoji or accent is split. Only a window around the cut is segmented: V8's
 * segmenter copies the whole input for every segment, which is quadratic on a long text.
 */
const fitting = (network: SocialNetwork, chars: string[], room: number): number => {
  let end = 0
  for (let weight = 0; end < chars.length; end++) {
    weight += charWeight(network, chars[end])
    if (weight > room) break
  }
  const from = Math.max(0, end - 32)
  let boundary = from
  for (const { segment } of segmenter.segment(chars.slice(from, end + 32).join(''))) {
    const length = Array.from(segment).length
    if (boundary + length > end) break
    boundary += length
  }
  return boundary
}

/** Cuts `text` to at most `budget` (as the network counts), at a word boundary when one is near, with an ellipsis. */
export const trimText = (network: SocialNetwork, text: string, budget: number): string => {
  if (postWeight(network, text) <= budget) return text
  const room = budget - postWeight(network, ELLIPSIS)
  if (room <= 0) return ''
  const chars = Array.from(text)
  let kept = chars.slice(0, fitting(network, chars, room)).join('')
  // Back to the last space if that loses little; CJK text has none and is cut where it is full.
  const space = kept.search(/\s\S*$/)
  if (space > kept.length * 0.7) kept = kept.slice(0, space)
  return `${kept.replace(/[\s.,;:!?、，。；：！？-]+$/u, '')}${ELLIPSIS}`
}

export type SocialPost = { copy: string; length: number; maxChars: number; truncated: boolean }

/** The post as it is pasted: the copy trimmed so that it and the link below it fit the network's limit. No hashtags. */
export const composePost = (network: SocialNetwork, text: string, link: string): SocialPost => {
  const { maxChars } = SOCIAL_NETWORKS[network]
  const clean = text.replace(/\r\n?/g, '\n').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim()
  const budget = maxChars - linkWeight(network, link) - postWeight(network, SEPARATOR)
  const body = trimText(network, clean, budget)
  const copy = body ? `${body}${SEPARATOR}${link}` : link
  const length = postWeight(network, body ? `${body}${SEPARATOR}` : '') + linkWeight(network, link)
  return { copy, length, maxChars, truncated: body !== clean }
}

type MediaValue = number | Media | null | undefined

/** The item's own picture: its cover image, else its SEO image, else the image of its first hero block. */
const itemImage = ({ doc }: DistributedItem): MediaValue => {
  const hero = doc.layout?.find((block) => block.blockType === 'hero')
  return ('coverImage' in doc && doc.coverImage) || doc.meta?.image || (hero && 'image' in hero ? hero.image : null)
}

/** The channel's variant image, else the lead item's; its `og` size (cropped for link previews) when stored. */
export const postImageUrl = async (payload: Payload, variantImage: MediaValue, item: DistributedItem | undefined): Promise<string | null> => {
  const media = (await loadMedia(payload, variantImage)) ?? (item ? await loadMedia(payload, itemImage(item)) : null)
  return mediaUrl(payload, media, 'og')
}

/** What the marketer posts (delivery.placement of a social channel). */
export type SocialPlacement = {
  kind: 'social'
  network: SocialNetwork
  account: string | null
  link: string
  image: { url: string | null; width: number; height: number }
} & SocialPost

/**
 * The lead item (or the variant's CTA URL) as a post for the channel's network: copy from the variant,
 * else the item's summary, else its title. The link goes where the CTA points, else to the item.
 */
export const socialPlacement = async (batch: SendBatch): Promise<SocialPlacement | null> => {
  const { payload, channel, variant } = batch
  const [lead] = distributedItems(batch.distribution)
  if (!lead) return null
  const network: SocialNetwork = channel.social?.network ?? 'other'
  const link = await batch.trackedLink(variant?.ctaUrl ? absoluteSiteUrl(variant.ctaUrl) : itemUrl(lead))
  const [width, height] = SOCIAL_NETWORKS[network].image
  const text = variant?.copy || itemSummary(lead) || lead.doc.title
  const image = { url: await postImageUrl(payload, variant?.image, lead), width, height }
  return { kind: 'social', network, account: channel.social?.account ?? null, link, image, ...composePost(network, text, link) }
}

/** Prepares the post; the delivery becomes `sent` (ready to post) until POST /api/deliveries/:id/posted. */
export const socialAdapter: ChannelAdapter = {
  preview: async (batch) => (await socialPlacement(batch)) ?? { error: 'no content item' },
  kind: 'social',
  perRecipient: false,
  limits: () => ({ batchSize: 1, concurrency: 1 }),
  send: (batch) => recordPrepared(batch, async () => placed(await socialPlacement(batch))),
}
