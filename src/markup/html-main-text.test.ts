import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import { htmlMainText } from './html-main-text.js'

const page = readFileSync(new URL('../../test/fixtures/inputs/synthetic-page.html', import.meta.url), 'utf8')

describe('htmlMainText', () => {
  it('keeps the article paragraphs as blocks and drops navigation, scripts and footers', () => {
    const { text } = htmlMainText(page)
    assert.match(text, /signed a synthetic accord on water management/)
    assert.match(text, /sets up a joint commission/)
    assert.doesNotMatch(text, /tracking|Home\s+World|© Example Times/)
    assert.ok(text.split('\n\n').length >= 3, 'one block per paragraph')
  })
  it('reads what the head declares', () => {
    const { metadata } = htmlMainText(page)
    assert.equal(metadata.publishedTime, '2024-02-10T09:00:00Z')
    assert.equal(metadata.siteName, 'Example Times')
    assert.equal(metadata.lang, 'en')
    assert.match(metadata.title ?? '', /Synthetic Accord Signed/)
  })
})
