import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { GoldDocument, type Prediction } from './gold.js'
import { checkDocument, removalsByRule } from './score.js'

const prediction = (clean_text: string): Prediction => ({
  title: null,
  authors: [],
  publication_date: null,
  source_type: 'news',
  language: 'en',
  clean_text,
  events: [],
  facts: [],
})

describe('boilerplate lines removed, by rule', () => {
  const gold = GoldDocument.parse({
    doc: 'page.txt',
    publication_date: null,
    boilerplate_lines: ['Home | World', ' date 2020-01-02 ', 'Most Read', 'Sidebar'],
  })
  const removals = [
    { rule: 'clean/menu-run' as const, span: { start: 0, end: 12 }, text: 'Home | World' },
    { rule: 'clean/storage-stamp' as const, span: { start: 13, end: 29 }, text: ' date 2020-01-02' },
    { rule: 'clean/edge-furniture' as const, span: { start: 70, end: 79 }, text: 'Most Read' },
  ]

  it('names the rule that removed each gold line, and leaves what no rule removed unattributed', () => {
    const c = checkDocument(gold, prediction('Body text of the page.\nSidebar'), '', removals)
    assert.deepEqual(c.boilerplate_left, ['Sidebar'])
    assert.deepEqual(c.boilerplate_removed_by, [
      { line: 'Home | World', rule: 'clean/menu-run' },
      { line: 'date 2020-01-02', rule: 'clean/storage-stamp' },
      { line: 'Most Read', rule: 'clean/edge-furniture' },
    ])
    const none = checkDocument(gold, prediction('Body text of the page.'), '')
    assert.equal(none.boilerplate_removed_by.find((r) => r.line === 'Sidebar')?.rule, 'unattributed')
  })

  it('totals the lines per rule over documents, most first', () => {
    const a = checkDocument(gold, prediction('Body.'), '', removals)
    const b = checkDocument(gold, prediction('Body.\nMost Read'), '', removals)
    assert.deepEqual(removalsByRule([a, b]), [
      ['clean/menu-run', 2],
      ['clean/storage-stamp', 2],
      ['unattributed', 2],
      ['clean/edge-furniture', 1],
    ])
  })
})
