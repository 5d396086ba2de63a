import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { searchMatcher, searchWords } from './search-syntax.js'

describe('searchMatcher', () => {
  const answers = (query: string, text: string) => searchMatcher(query)(text)

  it('reads words as the full-text index does: letters and digits, any case, accents removed', () => {
    assert.deepEqual(searchWords("Côte d'Ivoire's al-Sisi, U.S. $4.2bn"), [
      'cote',
      'd',
      'ivoire',
      's',
      'al',
      'sisi',
      'u',
      's',
      '4',
      '2bn',
    ])
    assert.equal(answers('al-Sisi', 'President al Sisi spoke'), true, 'a joined word is a phrase of its parts')
    assert.equal(answers('Sisi', 'President al-Sisi spoke'), true)
    assert.equal(answers('cote', "Côte d'Ivoire"), true)
  })

  it('binds NOT tightest, then AND (or nothing), then OR, as FTS5 does', () => {
    assert.equal(answers('ghana OR togo benin', 'Ghana'), true, 'ghana OR (togo AND benin)')
    assert.equal(answers('ghana OR togo benin', 'Togo'), false)
    assert.equal(answers('(ghana OR togo) benin', 'Togo and Benin'), true)
    assert.equal(answers('ghana AND togo NOT benin', 'Ghana and Togo'), true)
    assert.equal(answers('ghana AND togo NOT benin', 'Ghana, Togo and Benin'), false)
    assert.equal(answers('sanction*', 'the sanctions were lifted'), true)
    assert.equal(answers('"sanctions were"', 'were sanctions lifted'), false)
  })
})
