import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import type { MediaType } from '../src/core/types.js'
import { InputError, prepareDocument } from '../src/pipeline/prepare.js'

const fixture = (name: string) => readFileSync(new URL(`./fixtures/inputs/${name}`, import.meta.url))
const prepare = (bytes: Uint8Array, mediaType: MediaType = 'text/plain') =>
  prepareDocument({ origin: 'x', mediaType, bytes })

describe('prepareDocument', () => {
  it('reads an HTML page through its main text and its declared metadata', () => {
    const doc = prepare(fixture('synthetic-page.html'), 'text/html')
    assert.equal(doc.metadata.publicationDate.value?.value, '2024-02-10')
    assert.equal(doc.metadata.publicationDate.rule, 'metadata/date-declared')
    assert.equal(doc.metadata.sourceName.value, 'Example Times')
    // Readability takes the headline as the title and starts the text at the first paragraph.
    assert.equal(doc.metadata.title.value, 'Synthetic Accord Signed')
    assert.match(doc.clean.text, /^The governments of Atlantis and Lemuria signed/)
    assert.doesNotMatch(doc.clean.text, /tracking|© Example Times/)
  })

  it('recognises HTML saved with a .txt name', () => {
    assert.equal(prepare(fixture('synthetic-page.html')).mediaType, 'text/html')
  })

  it('reads Markdown with front matter', () => {
    const doc = prepare(fixture('front-matter.md'), 'text/markdown')
    assert.equal(doc.metadata.title.value, 'Synthetic Fishing Talks')
    assert.deepEqual(doc.metadata.authors.value, ['John Roe'])
    assert.equal(doc.metadata.publicationDate.value?.value, '2024-05-02')
    assert.match(doc.clean.text, /Delegations of Atlantis and Lemuria resumed talks/)
  })

  it('reads the SOURCE line as the URL and keeps it out of the text', () => {
    const doc = prepare(fixture('synthetic-news.txt'))
    assert.equal(doc.sourceUrl, 'https://news.example.org/2024/03/05/talks')
    assert.ok(!doc.rawText.includes('SOURCE:') && !doc.clean.text.includes('SOURCE:'))
    assert.deepEqual(doc.metadata.authors.value, ['Jane Roe'])
    assert.equal(doc.metadata.title.value, 'Synthetic Ministers Meet in Geneva')
  })

  it('rejects empty, binary and furniture-only inputs with a one-line reason', () => {
    assert.throws(() => prepare(new Uint8Array()), new InputError('empty file'))
    assert.throws(() => prepare(fixture('binary.txt')), new InputError('binary content (not text or HTML)'))
    assert.throws(() => prepare(new TextEncoder().encode('Search\nShare this article:\n')), InputError)
  })

  it('property: every copied piece of the clean text is the decoded text at its mapped span', () => {
    const line = fc.oneof(
      fc.constantFrom(
        '• KGS/USD = 0.01143 -0%',
        '07 December 2025',
        'Share this article:',
        'See also[edit]',
        '  1. ^ a b "Title". Retrieved October 27, 2015.',
        'Image: Agency, Photographer',
        '',
        'A Heading Here',
      ),
      fc.string({ minLength: 1, maxLength: 120 }).map((s) => s.replace(/\n/g, ' ')),
      fc.constantFrom(
        'The ministers met in Geneva.[1] They agreed andSigned a deal.',
        ' date 2021-08-24 Talks resumed on Monday in the capital of the country.',
      ),
    )
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 25 }), (lines) => {
        const text = `The first paragraph of the document is long enough to be prose for the cleaner to keep.\n${lines.join('\n')}`
        const doc = prepare(new TextEncoder().encode(text))
        for (const seg of doc.clean.map) {
          if (seg.source.end === seg.source.start) continue
          if (
            doc.clean.text.slice(seg.clean.start, seg.clean.end) !== doc.rawText.slice(seg.source.start, seg.source.end)
          )
            return false
        }
        return doc.clean.map.every((s, i, a) => i === 0 || s.clean.start === (a[i - 1] as typeof s).clean.end)
      }),
      { numRuns: 200 },
    )
  })
})
