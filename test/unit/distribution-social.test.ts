import { describe, expect, it } from 'vitest'

import { composePost, postWeight, trimText } from '../../src/distribution/channels/social'
import { SOCIAL_NETWORKS, type SocialNetwork } from '../../src/distribution/kinds'

const LINK = 'https://go.example.com/l/AbC123x'
const NETWORKS = Object.keys(SOCIAL_NETWORKS) as SocialNetwork[]
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ')

describe('social post copy', () => {
  it('keeps copy that fits as it is, with the tracked link below it and no hashtags', () => {
    for (const network of NETWORKS) {
      const post = composePost(network, 'New white paper: growth layers in banking.', LINK)
      expect(post.copy, network).toBe(`New white paper: growth layers in banking.\n\n${LINK}`)
      expect(post.truncated).toBe(false)
      expect(post.copy).not.toContain('#')
    }
  })

  it('trims long copy so that copy and link together fit every network', () => {
    const long = words(10_000)
    for (const network of NETWORKS) {
      const post = composePost(network, long, LINK)
      const { maxChars } = SOCIAL_NETWORKS[network]
      expect(post.truncated, network).toBe(true)
      expect(post.length, network).toBeLessThanOrEqual(maxChars)
      // Filled, not cut far too short: within a word's length of the limit.
      expect(post.length, network).toBeGreaterThan(maxChars - 12)
      expect(post.copy.endsWith(`…\n\n${LINK}`), network).toBe(true)
    }
  })

  it('counts the link in: copy one character too long for the room left by the link is trimmed', () => {
    const room = 3000 - LINK.length - 2
    expect(composePost('linkedin', 'a'.repeat(room), LINK).truncated).toBe(false)
    const over = composePost('linkedin', 'a'.repeat(room + 1), LINK)
    expect(over.truncated).toBe(true)
    expect(Array.from(over.copy).length).toBe(3000)
  })

  it('counts links as 23 and CJK as 2 on X, like X does', () => {
    expect(postWeight('x', 'abc')).toBe(3)
    expect(postWeight('x', '增长')).toBe(4)
    expect(postWeight('weibo', '增长')).toBe(2)
    const longLink = `https://go.example.com/l/${'x'.repeat(60)}`
    const post = composePost('x', 'a'.repeat(255), longLink)
    expect(post.truncated).toBe(false)
    expect(post.length).toBe(280)
    const cjk = composePost('x', '增长层级'.repeat(100), LINK)
    expect(cjk.length).toBeLessThanOrEqual(280)
    expect(postWeight('x', cjk.copy.slice(0, -LINK.length))).toBe(cjk.length - 23)
    // The same text fits Weibo's 2000 characters untouched.
    expect(composePost('weibo', '增长层级'.repeat(100), LINK).truncated).toBe(false)
  })

  it('cuts at a word boundary and never inside a word, an emoji or a ZWJ sequence', () => {
    const cut = trimText('linkedin', 'alpha beta gamma delta', 14)
    expect(cut).toBe('alpha beta…')
    const family = '👨‍👩‍👧'
    const emoji = trimText('linkedin', family.repeat(10), 12)
    expect(emoji.replace('…', '')).toBe(family.repeat(emoji.replace('…', '').length / family.length))
    expect(Array.from(emoji).length).toBeLessThanOrEqual(12)
  })

  it('drops trailing punctuation before the ellipsis and tidies whitespace', () => {
    expect(trimText('linkedin', 'One sentence. Two sentences here', 16)).toBe('One sentence…')
    const post = composePost('linkedin', '  First line  \r\n\r\n\r\n\r\nSecond line ', LINK)
    expect(post.copy).toBe(`First line\n\nSecond line\n\n${LINK}`)
  })

  it('trims a very long text in linear time (V8 segments a whole long string quadratically)', () => {
    const started = performance.now()
    const post = composePost('facebook', '增长 layers 👨‍👩‍👧 '.repeat(20_000), LINK)
    expect(post.length).toBeLessThanOrEqual(63206)
    expect(performance.now() - started).toBeLessThan(2000)
  })

  it('posts just the link when there is no room for copy', () => {
    expect(trimText('x', 'anything at all', 1)).toBe('')
  })
})
