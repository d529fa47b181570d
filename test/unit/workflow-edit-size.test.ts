import { describe, expect, it } from 'vitest'

import { changedChars, contentText } from '../../src/workflow/edit-size'

const richText = (...paragraphs: string[]) => ({
  root: { type: 'root', children: paragraphs.map((text) => ({ type: 'paragraph', format: '', children: [{ type: 'text', format: 0, text }] })) },
})

describe('the size of an edit', () => {
  it('counts the characters between the common prefix and suffix', () => {
    expect(changedChars('same', 'same')).toBe(0)
    expect(changedChars('The quick fox', 'The quick brown fox')).toBe(6)
    expect(changedChars('The quick brown fox', 'The quick fox')).toBe(6)
    expect(changedChars('colour', 'color')).toBe(1)
    expect(changedChars('abc', 'xyz')).toBe(3)
    expect(changedChars('', 'new text')).toBe(8)
    // Prefix and suffix never overlap: "aaa" → "aaaa" is one character, not a negative count.
    expect(changedChars('aaa', 'aaaa')).toBe(1)
  })

  it('counts edits far apart as everything between them (a prefix/suffix diff, not an edit distance)', () => {
    expect(changedChars(`A${'-'.repeat(100)}B`, `X${'-'.repeat(100)}Y`)).toBe(102)
  })

  it('counts characters, not UTF-16 units', () => {
    expect(changedChars('增长', '增长飞轮')).toBe(2)
  })

  it('reads a document as its text: rich text by words, bookkeeping fields ignored', () => {
    const doc = { id: 4, title: 'Hello', updatedAt: '2030-01-01', workflowState: 'draft', workflowLog: [{ to: 'draft' }], html: '<p>x</p>', body: richText('One.', 'Two.'), meta: { description: 'D' } }
    expect(contentText(doc)).toBe('One.\nTwo.\nD\nHello')
    // Formatting only: the same words.
    const bold = { ...doc, body: { root: { ...doc.body.root, children: doc.body.root.children.map((p) => ({ ...p, children: [{ ...p.children[0], format: 1 }] })) } } }
    expect(changedChars(contentText(doc), contentText(bold))).toBe(0)
    expect(changedChars(contentText(doc), contentText({ ...doc, updatedAt: '2031-01-01', workflowState: 'published' }))).toBe(0)
    expect(changedChars(contentText(doc), contentText({ ...doc, title: 'Hello!' }))).toBe(1)
  })
})
