import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { SearchQueryError } from '../store.js'
import { ftsQuery } from './fts-query.js'

describe('ftsQuery', () => {
  it('quotes every word and phrase, and keeps prefixes, OR, NOT and parentheses', () => {
    for (const [query, fts] of [
      ['embassy', '"embassy"'],
      ['embassy OR ambassador', '"embassy" OR "ambassador"'],
      ['"border talks" NOT Kashmir', '"border talks" NOT "Kashmir"'],
      ['sanction*', '"sanction"*'],
      ['(Chile OR Peru) fisheries', '( "Chile" OR "Peru" ) "fisheries"'],
      ["al-Sisi O'Neill U.S.", `"al-Sisi" "O'Neill" "U.S"`],
      ['Zürich 2024', '"Zürich" "2024"'],
      ['or and not', '"or" "and" "not"'],
    ])
      assert.equal(ftsQuery(query as string), fts, query)
  })

  it("reads FTS5's own syntax as plain words: a column filter, a caret, NEAR, a star alone", () => {
    assert.equal(ftsQuery('col:x'), '"col" "x"')
    assert.equal(ftsQuery('^start'), '"start"')
    assert.equal(ftsQuery('NEAR(a b)'), '"NEAR" ( "a" "b" )')
    assert.equal(ftsQuery('talks * Geneva'), '"talks" "Geneva"')
  })

  it('refuses a query that means nothing, with its own reason', () => {
    for (const [query, reason] of [
      ['*', /no word to search for/],
      ['   ', /no word to search for/],
      ['"unterminated', /quotation mark is not closed/],
      ['NOT Kashmir', /NOT needs a word before it/],
      ['Chile OR', /OR needs a word after it/],
      ['(Chile', /parenthesis is not closed/],
      ['Chile)', /closed that was never opened/],
      ['()', /holds no word/],
    ] as const)
      assert.throws(
        () => ftsQuery(query),
        (e: unknown) =>
          e instanceof SearchQueryError && reason.test(e.message) && !/fts5|sqlite|syntax error/i.test(e.message),
        query,
      )
  })
})
