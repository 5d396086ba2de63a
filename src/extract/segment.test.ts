import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { splitSentences } from './segment.js'

const texts = (t: string) => splitSentences(t).map((s) => s.text)

describe('splitSentences', () => {
  it('gives spans that slice back to each sentence, without surrounding whitespace', () => {
    const text = '  Kenya protested.   Uganda denied it!  Why?\n\n\n  Talks went on.  '
    const out = splitSentences(text)
    assert.deepEqual(
      out.map((s) => s.text),
      ['Kenya protested.', 'Uganda denied it!', 'Why?', 'Talks went on.'],
    )
    for (const s of out) assert.equal(text.slice(s.span.start, s.span.end), s.text)
    assert.deepEqual(out[0]?.span, { start: 2, end: 18 })
  })

  it('does not split after titles, initialisms and month abbreviations', () => {
    assert.deepEqual(texts('The U.S. State Department praised Chile. Dr. Rojas agreed with Peru.'), [
      'The U.S. State Department praised Chile.',
      'Dr. Rojas agreed with Peru.',
    ])
    assert.deepEqual(texts('Talks ended on Feb. 19 in Oslo. The Luis Vega Jr. Foundation in Lima paid. It said so.'), [
      'Talks ended on Feb. 19 in Oslo.',
      'The Luis Vega Jr. Foundation in Lima paid.',
      'It said so.',
    ])
  })

  it('does not split at "No." before a number, but does elsewhere', () => {
    assert.deepEqual(texts('Chile signed Resolution No. 5 with Peru. It took effect at once.'), [
      'Chile signed Resolution No. 5 with Peru.',
      'It took effect at once.',
    ])
    assert.deepEqual(texts('Uganda said No. Kenya waited.'), ['Uganda said No.', 'Kenya waited.'])
  })

  it('does not split after a single initial', () => {
    assert.deepEqual(texts('Norway sent K. Berg to Stockholm. Sweden welcomed her.'), [
      'Norway sent K. Berg to Stockholm.',
      'Sweden welcomed her.',
    ])
  })

  it('ends a sentence after closing quotes, straight or curly', () => {
    assert.deepEqual(texts('He asked, "Is the border open?" Nobody in Lima answered.'), [
      'He asked, "Is the border open?"',
      'Nobody in Lima answered.',
    ])
    assert.deepEqual(texts('“We will not yield.” Peru replied at once.'), [
      '“We will not yield.”',
      'Peru replied at once.',
    ])
  })

  it('does not end a sentence before a lower-case word', () => {
    assert.deepEqual(texts('"We will not yield," the Chilean minister said. Peru replied.'), [
      '"We will not yield," the Chilean minister said.',
      'Peru replied.',
    ])
  })

  it('counts paragraphs up across blank lines and line breaks', () => {
    const text =
      'Norway and Sweden met.\n\nA second paragraph began. It had two sentences.\nA third line followed.\n\n\nLast.'
    const out = splitSentences(text)
    assert.deepEqual(
      out.map((s) => [s.text, s.paragraph]),
      [
        ['Norway and Sweden met.', 0],
        ['A second paragraph began.', 1],
        ['It had two sentences.', 1],
        ['A third line followed.', 2],
        ['Last.', 3],
      ],
    )
    for (const s of out) assert.equal(text.slice(s.span.start, s.span.end), s.text)
  })

  it('returns nothing for blank text', () => {
    assert.deepEqual(splitSentences(''), [])
    assert.deepEqual(splitSentences(' \n\n  \n'), [])
  })
})

describe('splitSentences: abbreviations at the end of a compound', () => {
  it('does not split after "Vietnam–U.S." before a capital', () => {
    assert.deepEqual(texts('They formed the Vietnam–U.S. Comprehensive Partnership. It grew.'), [
      'They formed the Vietnam–U.S. Comprehensive Partnership.',
      'It grew.',
    ])
  })
})
