import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findActors } from './actors.js'
import { inferDyad } from './dyad.js'

const dyad = (text: string, title: string | null = null) => inferDyad(text, findActors(text).mentions, title)

describe('inferDyad', () => {
  it('takes the pair a "X–Y relations" title names, over more frequent countries', () => {
    const text =
      'Chile–Peru relations\n\nNorway and Sweden met. Norway and Sweden met again. Norway thanked Sweden. Chile watched.'
    assert.deepEqual(dyad(text, 'Chile–Peru relations'), ['CHL', 'PER'])
  })

  it('reads hyphen and "and" titles, and sorts the pair', () => {
    assert.deepEqual(dyad('Peru-Chile relations\n\nA text.', 'Peru-Chile relations'), ['CHL', 'PER'])
    assert.deepEqual(dyad('Sweden and Norway\n\nA text about Kenya.', 'Sweden and Norway'), ['NOR', 'SWE'])
  })

  it('otherwise takes the two countries mentioned most', () => {
    const text =
      'Kenya protested. Uganda denied it. Kenya insisted. Ugandan troops stayed. Kenya waited. Norway watched.'
    assert.deepEqual(dyad(text), ['KEN', 'UGA'])
  })

  it('counts a person by their country', () => {
    // Sweden is named once, Kenya twice; Karin Berg's three mentions put Sweden ahead.
    const text =
      "Norway protested. Norway insisted. Norway waited. Kenya watched. Kenya agreed. Sweden's Foreign Minister, Karin Berg, replied. Berg said no. Berg left."
    assert.deepEqual(dyad(text), ['NOR', 'SWE'])
  })

  it('ignores a title that does not pair two countries', () => {
    const text = 'Talks in Oslo\n\nNorway met Sweden. Sweden left. Kenya watched. Kenya again. Kenya thrice.'
    assert.deepEqual(dyad(text, 'Talks in Oslo'), ['KEN', 'NOR'])
  })

  it('is null with fewer than two countries', () => {
    assert.equal(dyad('Kenya protested. Kenyan troops moved. Hamas fired.'), null)
    assert.equal(dyad('Nothing here names a state.'), null)
    assert.equal(dyad('Kenya relations\n\nKenya again.', 'Kenya relations'), null)
  })
})
