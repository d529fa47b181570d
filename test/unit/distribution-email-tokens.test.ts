import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { pixelUrl, signToken, unsubscribeUrl, verifyToken } from '../../src/distribution/email/tokens'

const saved = { secret: process.env.PAYLOAD_SECRET, publicUrl: process.env.PUBLIC_URL }
beforeEach(() => {
  process.env.PAYLOAD_SECRET = 'unit-secret-0123456789abcdef'
  process.env.PUBLIC_URL = 'https://go.flywheel.test/'
})
afterEach(() => {
  for (const [name, value] of [['PAYLOAD_SECRET', saved.secret], ['PUBLIC_URL', saved.publicUrl]] as const) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
})

/** `token` with one character changed to another of the base64url alphabet. */
const flip = (token: string, at: number) => token.slice(0, at) + (token[at] === 'A' ? 'B' : 'A') + token.slice(at + 1)

describe('email tokens', () => {
  it('round-trips a delivery id, as a short base64url string', () => {
    for (const id of [1, 42, 2 ** 31 + 7, Number.MAX_SAFE_INTEGER]) {
      const token = signToken(id, 'u')
      expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/)
      expect(verifyToken(token, 'u')).toBe(id)
    }
  })

  it('is the same for the same delivery and purpose, different across them', () => {
    expect(signToken(7, 'u')).toBe(signToken(7, 'u'))
    expect(signToken(7, 'u')).not.toBe(signToken(7, 'o'))
    expect(signToken(7, 'u')).not.toBe(signToken(8, 'u'))
  })

  it('refuses a token signed for the other purpose (a pixel token cannot unsubscribe)', () => {
    expect(verifyToken(signToken(7, 'o'), 'u')).toBeNull()
    expect(verifyToken(signToken(7, 'u'), 'o')).toBeNull()
  })

  it('refuses a token with any character changed, in the id or in the signature', () => {
    const token = signToken(123, 'u')
    for (let i = 0; i < token.length; i++) expect(verifyToken(flip(token, i), 'u'), `changed at ${i}`).toBeNull()
  })

  it('refuses a token signed with another secret', () => {
    const token = signToken(5, 'o')
    process.env.PAYLOAD_SECRET = 'another-secret-0123456789abcdef'
    expect(verifyToken(token, 'o')).toBeNull()
    expect(verifyToken(signToken(5, 'o'), 'o')).toBe(5)
  })

  it('refuses malformed input without throwing', () => {
    const token = signToken(9, 'u')
    for (const bad of [undefined, null, 9, '', 'x', token.slice(0, -1), `${token}A`, `${token.slice(0, -1)}=`, token.replace(/./, '.'), ' '.repeat(32)]) {
      expect(verifyToken(bad, 'u')).toBeNull()
    }
  })

  it('does not sign what is not a delivery id', () => {
    for (const id of [0, -1, 1.5, Number.NaN, 2 ** 53]) expect(() => signToken(id, 'u')).toThrow(/positive integer/)
  })

  it('builds the unsubscribe and pixel URLs on PUBLIC_URL', () => {
    expect(unsubscribeUrl(3)).toBe(`https://go.flywheel.test/v1/unsubscribe/${signToken(3, 'u')}`)
    expect(pixelUrl(3)).toBe(`https://go.flywheel.test/v1/o/${signToken(3, 'o')}.gif`)
  })
})
