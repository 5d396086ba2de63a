import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { toSourceSpan } from '../core/span-map.js'
import { cleanText } from './clean-text.js'
import { clean, cleanRules } from './index.js'

describe('cleaning rules, each on its own examples', () => {
  for (const rule of cleanRules) {
    it(`${rule.id} has examples and they hold`, () => {
      assert.ok(rule.examples.length > 0, `${rule.id} has no example`)
      for (const ex of rule.examples) assert.equal(cleanText(ex.text, [rule]).text, ex.expect, JSON.stringify(ex.text))
    })
  }
})

describe('clean()', () => {
  it('maps every copied piece of the clean text back to identical source text', () => {
    const src =
      ' date 2019-07-18 Japan cited trust.[1]\n\nSearch\n\nIt grew andIsrael followed.[2][3]\n\nSee also[edit]\n  1. ^ x\n'
    const out = clean(src)
    assert.equal(out.text, 'Japan cited trust.\n\nIt grew and Israel followed.')
    for (const seg of out.map) {
      const c = out.text.slice(seg.clean.start, seg.clean.end)
      const s = src.slice(seg.source.start, seg.source.end)
      if (seg.source.end > seg.source.start) assert.equal(c, s)
    }
    const at = out.text.indexOf('Israel followed')
    const span = toSourceSpan(out.map, { start: at, end: at + 'Israel followed'.length })
    assert.ok(span)
    assert.equal(src.slice(span.start, span.end), 'Israel followed')
  })

  it('records each removal with its rule and source span', () => {
    const src = 'Headline here\n\nShare this article:\n\nBody text of the article.'
    const out = clean(src)
    const r = out.removals.find((x) => x.rule === 'clean/navigation-widget')
    assert.ok(r)
    assert.equal(src.slice(r.span.start, r.span.end), 'Share this article:')
  })

  it('keeps section headings inside the body', () => {
    const src =
      'First paragraph of the article, long enough to be prose for sure.\n\nA Delicate Diplomatic Position\n\nSecond paragraph.'
    assert.equal(clean(src).text, src)
  })
})
