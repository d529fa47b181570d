import { createHmac } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import {
  computeSignature,
  parseSignatureHeader,
  signPayload,
  verifySignature,
} from '../../src/distribution/webhook/signature'

const SECRET = 'whsec_current'
const OLD_SECRET = 'whsec_previous'
const BODY = '{"event":"item.published","id":42,"title":"Zürich — ünïcode"}'
const NOW = new Date('2026-03-29T01:00:00.750Z')
const T = 1774746000 // NOW in whole unix seconds

describe('signPayload', () => {
  it('writes t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">', () => {
    const expected = createHmac('sha256', SECRET).update(`${T}.${BODY}`).digest('hex')
    expect(signPayload(SECRET, BODY, NOW)).toBe(`t=${T},v1=${expected}`)
  })

  it('signs bytes and the same text identically', () => {
    expect(computeSignature(SECRET, T, Buffer.from(BODY, 'utf8'))).toBe(computeSignature(SECRET, T, BODY))
  })

  it('emits one v1 entry per secret during a rotation', () => {
    const header = signPayload([SECRET, OLD_SECRET], BODY, NOW)
    expect(parseSignatureHeader(header)).toEqual({
      timestamp: T,
      signatures: [computeSignature(SECRET, T, BODY), computeSignature(OLD_SECRET, T, BODY)],
    })
  })

  it('refuses to sign without a secret', () => {
    expect(() => signPayload([], BODY, NOW)).toThrow(RangeError)
  })
})

describe('verifySignature', () => {
  const header = signPayload(SECRET, BODY, NOW)
  const at = (seconds: number) => ({ now: new Date((T + seconds) * 1000) })

  it('accepts an authentic delivery', () => {
    expect(verifySignature(SECRET, BODY, header, at(0))).toEqual({ ok: true })
    expect(verifySignature(SECRET, Buffer.from(BODY), header, at(0))).toEqual({ ok: true })
  })

  it('accepts a header carrying several v1 entries when any one matches (secret rotation)', () => {
    const rotating = signPayload([OLD_SECRET, SECRET], BODY, NOW)
    expect(verifySignature(SECRET, BODY, rotating, at(0))).toEqual({ ok: true })
    expect(verifySignature(OLD_SECRET, BODY, rotating, at(0))).toEqual({ ok: true })
    expect(verifySignature('whsec_other', BODY, rotating, at(0))).toEqual({ ok: false, reason: 'signature_mismatch' })
  })

  it('ignores unknown schemes and surrounding spaces, and accepts upper-case hex', () => {
    const upper = computeSignature(SECRET, T, BODY).toUpperCase()
    expect(verifySignature(SECRET, BODY, ` t=${T}, v0=abc , v1=${upper} `, at(0))).toEqual({ ok: true })
  })

  it('refuses a tampered body', () => {
    expect(verifySignature(SECRET, BODY.replace('42', '43'), header, at(0))).toEqual({
      ok: false,
      reason: 'signature_mismatch',
    })
    expect(verifySignature(SECRET, `${BODY} `, header, at(0))).toEqual({ ok: false, reason: 'signature_mismatch' })
  })

  it('refuses the wrong secret', () => {
    expect(verifySignature(OLD_SECRET, BODY, header, at(0))).toEqual({ ok: false, reason: 'signature_mismatch' })
  })

  it('refuses a timestamp moved to replay a signature', () => {
    const moved = header.replace(`t=${T}`, `t=${T + 60}`)
    expect(verifySignature(SECRET, BODY, moved, at(60))).toEqual({ ok: false, reason: 'signature_mismatch' })
  })

  it.each([undefined, null, '', '   '])('reports a missing header (%j)', (missing) => {
    expect(verifySignature(SECRET, BODY, missing, at(0))).toEqual({ ok: false, reason: 'missing_header' })
  })

  it.each([
    ['no equals signs', 'garbage'],
    ['no timestamp', `v1=${'a'.repeat(64)}`],
    ['no v1 entry', `t=${T}`],
    ['only an unknown scheme', `t=${T},v0=${'a'.repeat(64)}`],
    ['a non-numeric timestamp', `t=soon,v1=${'a'.repeat(64)}`],
    ['a negative timestamp', `t=-5,v1=${'a'.repeat(64)}`],
    ['a duplicate timestamp', `t=${T},t=${T},v1=${'a'.repeat(64)}`],
    ['a short signature', `t=${T},v1=abcdef`],
    ['a non-hex signature', `t=${T},v1=${'z'.repeat(64)}`],
    ['an empty key', `=1,t=${T},v1=${'a'.repeat(64)}`],
  ])('reports a malformed header: %s', (_, garbled) => {
    expect(verifySignature(SECRET, BODY, garbled, at(0))).toEqual({ ok: false, reason: 'malformed_header' })
  })

  it('accepts timestamps up to the tolerance either side and refuses beyond it', () => {
    expect(verifySignature(SECRET, BODY, header, at(300))).toEqual({ ok: true })
    expect(verifySignature(SECRET, BODY, header, at(-300))).toEqual({ ok: true })
    expect(verifySignature(SECRET, BODY, header, at(301))).toEqual({ ok: false, reason: 'timestamp_outside_tolerance' })
    expect(verifySignature(SECRET, BODY, header, at(-301))).toEqual({
      ok: false,
      reason: 'timestamp_outside_tolerance',
    })
  })

  it('honours a custom tolerance', () => {
    expect(verifySignature(SECRET, BODY, header, { ...at(31), toleranceSeconds: 30 })).toEqual({
      ok: false,
      reason: 'timestamp_outside_tolerance',
    })
    expect(verifySignature(SECRET, BODY, header, { ...at(3000), toleranceSeconds: 3600 })).toEqual({ ok: true })
  })

  it('reports a forged signature before a stale timestamp', () => {
    expect(verifySignature('whsec_other', BODY, header, at(10_000))).toEqual({ ok: false, reason: 'signature_mismatch' })
  })

  it('defaults to the current time', () => {
    expect(verifySignature(SECRET, BODY, signPayload(SECRET, BODY))).toEqual({ ok: true })
    expect(verifySignature(SECRET, BODY, header)).toEqual({ ok: false, reason: 'timestamp_outside_tolerance' })
  })
})
