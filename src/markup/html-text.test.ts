import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import { extractDocument } from '../pipeline/extract.js'
import { MAX_HTML_DEPTH, MAX_HTML_ELEMENTS, measureHtml, plainHtmlText, readHtml } from './html-text.js'

const page = readFileSync(new URL('../../test/fixtures/inputs/synthetic-page.html', import.meta.url), 'utf8')
const ACCORD = 'Chile and Peru signed a water accord on 3 March 2021 in Lima.'
const html = (body: string) => `<html><head><title>Water accord</title></head><body>${body}</body></html>`

describe('readHtml: hostile pages are read or refused, never a crash', () => {
  it('reads an ordinary page through the DOM and Readability', () => {
    const r = readHtml(page)
    assert.equal(r.route, 'dom')
    assert.match(r.text, /signed a synthetic accord on water management/)
  })

  it('measures nesting as a parser builds it: end tags close what they hold, a new <p> or <li> closes the last', () => {
    assert.deepEqual(measureHtml('<div><p>a<p>b<p>c</div><ul><li>x<li>y</ul>'), { depth: 2, elements: 7 })
    assert.equal(measureHtml('<div><span><b>x</div><div>y</div>').depth, 3)
    assert.equal(measureHtml('<br><img src=x><hr>').depth, 0)
    assert.equal(measureHtml('<script>"<div><div><div>"</script><!-- <div><div> -->').depth, 1)
    assert.equal(measureHtml(`${'<b>'.repeat(5000)}x`, { depth: 10, elements: 1e9 }).depth, 11, 'stops past the limit')
  })

  it('reads 5,000 nested <div> as plain text, with the text kept', () => {
    const r = readHtml(html(`${'<div>'.repeat(5000)}<p>${ACCORD}</p>${'</div>'.repeat(5000)}`))
    assert.equal(r.route, 'plain-too-deep')
    assert.equal(r.text, ACCORD)
    assert.equal(r.metadata.title, 'Water accord')
  })

  it('reads 5,000 unclosed <b> as plain text, and 5,000 unclosed <p> through the DOM (each closes the last)', () => {
    const bold = readHtml(html(`<p>${'<b>Chile and Peru met. '.repeat(5000)}</p>`))
    assert.equal(bold.route, 'plain-too-deep')
    assert.equal(bold.text, 'Chile and Peru met. '.repeat(5000).trim())
    const paragraphs = readHtml(html('<p>Chile and Peru met. '.repeat(5000)))
    assert.equal(paragraphs.route, 'dom')
    assert.equal(paragraphs.text.split('\n\n').length, 5000)
  })

  it('reads a page of more elements than the DOM route takes as plain text', () => {
    const r = readHtml(html('<span>Peru</span> '.repeat(MAX_HTML_ELEMENTS + 1)))
    assert.equal(r.route, 'plain-too-many-elements')
    assert.match(r.text, /^Peru Peru/)
  })

  it('keeps a huge attribute, comment or script out of the text', () => {
    const attribute = readHtml(html(`<div title="${'x'.repeat(200_000)}" data-x='>'><p>${ACCORD}</p></div>`))
    assert.equal(attribute.text, ACCORD)
    const hidden = html(
      `<!--${'x'.repeat(200_000)}--><p>${ACCORD}</p><script>${'var a = "<p>";'.repeat(10_000)}</script><style>p{}</style>`,
    )
    assert.equal(readHtml(hidden).text, ACCORD)
    assert.equal(plainHtmlText(hidden).text, ACCORD)
    // A comment or script left open runs to the end of the page, as in a browser.
    assert.equal(plainHtmlText(html(`<p>${ACCORD}</p><!-- ${'x'.repeat(1000)}`)).text, ACCORD)
    assert.equal(plainHtmlText(html(`<p>${ACCORD}</p><script> ${'x'.repeat(1000)}`)).text, ACCORD)
  })

  it('reads text, blocks, entities and what the head declares without a DOM', () => {
    const r = plainHtmlText(
      '<!doctype html><html lang="en"><head><meta property="og:title" content="Accord &amp; after">' +
        '<meta name="author" content="A. Writer"><meta property="article:published_time" content="2021-03-04">' +
        '<title>ignored</title></head><body><h1>Accord</h1><p>Chile &amp; Peru&nbsp;met&#8212;at last.<br>Again.</p>' +
        '<ul><li>one<li>two</ul>1 &lt; 2 <unknown>tag</unknown></body></html>',
    )
    assert.equal(r.text, 'Accord\n\nChile & Peru\u00a0met—at last.\n\nAgain.\n\none\n\ntwo\n\n1 < 2 tag')
    assert.deepEqual(r.metadata, {
      title: 'Accord & after',
      byline: 'A. Writer',
      publishedTime: '2021-03-04',
      siteName: null,
      lang: 'en',
    })
    // A page without a head's end: the first element of the body ends it.
    assert.equal(plainHtmlText(`<head><title>T</title><p>${ACCORD}`).text, ACCORD)
  })

  it('gives the pipeline the text of a deeply nested page: its events are read', () => {
    const body = `${'<div>'.repeat(MAX_HTML_DEPTH * 20)}<p>${ACCORD}</p><p>Trade between the two countries reached $4 billion in 2020.</p>`
    const x = extractDocument({
      origin: 'deep.html',
      mediaType: 'text/html',
      bytes: new TextEncoder().encode(html(body)),
    })
    assert.match(x.prepared.clean.text, /signed a water accord/)
    assert.ok(x.events.some((e) => e.date?.value === '2021-03-03'))
  })
})
