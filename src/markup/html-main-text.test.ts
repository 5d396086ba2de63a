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
  it('reads bare text and a page that is only a doctype without a TypeError (found by fuzzing)', () => {
    assert.equal(htmlMainText('Chile and Peru signed an accord.').text, 'Chile and Peru signed an accord.')
    assert.equal(htmlMainText('<!doctype html>Chile and Peru signed.').text, 'Chile and Peru signed.')
    assert.equal(htmlMainText('').text, '')
  })
  it('keeps the text of a fragment and of a page without <body>, and its head (found by fuzzing)', () => {
    assert.equal(
      htmlMainText('Intro <p>Chile signed.</p><p>Peru agreed.</p>').text,
      'Intro\n\nChile signed.\n\nPeru agreed.',
    )
    const { text, metadata } = htmlMainText(
      '<html lang="es"><head><title>Accord</title><meta name="author" content="Ana Roe"></head><p>Chile signed.</p></html>',
    )
    assert.equal(text, 'Chile signed.')
    assert.deepEqual([metadata.title, metadata.byline, metadata.lang], ['Accord', 'Ana Roe', 'es'])
  })
  it('reads a page whose body an open attribute quote swallowed into the head, without a TypeError (found by fuzzing)', () => {
    const p =
      '<p>Chile and Peru signed an accord on fishing rights on Saturday, after two years of talks on quotas.</p>'
    const { text } = htmlMainText(
      `<html><head><meta property="x</head><body><a href="/">Home</a>${p}${p}</body></html>`,
    )
    assert.match(text, /^Home\n\nChile and Peru signed an accord/)
  })
  it('reads content a broken page leaves in its head, beside its body or after </html> (found by fuzzing)', () => {
    const p =
      '<p>Chile and Peru signed an accord on fishing rights on Saturday, after two years of talks on quotas.</p>'
    for (const page of [
      `<html><head><title>T</title><article>${p}${p}</article></head><body><p>Footer</p></body></html>`,
      `<html><head></head><body><p>Footer</p></body></html><article>${p}${p}</article>`,
      `<html><head></head><article>${p}${p}</article><body><p>Footer</p></body></html>`,
    ])
      assert.match(htmlMainText(page).text, /^Chile and Peru signed an accord/)
  })
})
