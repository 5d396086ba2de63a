import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { MAX_SENTENCE, splitSentences } from './segment.js'

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
  it('cuts a sentence longer than MAX_SENTENCE at a clause mark, else between words, else anywhere', () => {
    const clause = 'the talks went on for hours and the envoys spoke at length about the border'
    const text = Array.from({ length: 40 }, (_, i) => `${clause} ${i}`).join(', ')
    const out = splitSentences(text)
    assert.ok(out.length > 1)
    for (const s of out) {
      assert.ok(s.text.length <= MAX_SENTENCE, `${s.text.length} characters`)
      assert.equal(text.slice(s.span.start, s.span.end), s.text)
    }
    // Cut after a comma, and nothing of the text is lost between the pieces but the spaces.
    assert.ok(out.slice(0, -1).every((s) => s.text.endsWith(',')))
    assert.equal(out.map((s) => s.text).join(' '), text)

    const words = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ')
    const pieces = splitSentences(words)
    assert.ok(pieces.length > 1 && pieces.every((s) => s.text.length <= MAX_SENTENCE && !/^\s|\s$/.test(s.text)))
    assert.equal(pieces.map((s) => s.text).join(' '), words)

    const blob = 'x'.repeat(MAX_SENTENCE * 2 + 10)
    assert.deepEqual(
      splitSentences(blob).map((s) => s.text.length),
      [MAX_SENTENCE, MAX_SENTENCE, 10],
    )
  })

  it('keeps a sentence of ordinary length whole, commas and all', () => {
    const text = `${'Chile, Peru and Bolivia met, talked, and parted, '.repeat(12).trim()}.`
    assert.ok(text.length < MAX_SENTENCE)
    assert.deepEqual(texts(text), [text])
  })

  it('reads a run of full stops as one boundary', () => {
    const text = `Kenya protested${'.'.repeat(500)} Uganda denied it.`
    assert.deepEqual(
      splitSentences(text).map((s) => s.text.slice(0, 15)),
      ['Kenya protested', 'Uganda denied i'],
    )
  })
})
