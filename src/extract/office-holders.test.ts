import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import { loadLexicon } from '../text/lexicon.js'
import { projectPath } from '../text/project-root.js'
import {
  nameKey,
  officeHoldersAt,
  petrarchHoldersSchema,
  resolvePerson,
  since2014HoldersSchema,
} from './office-holders.js'

describe('resolvePerson: full names and aliases', () => {
  it('resolves a PETRARCH entry by its name and a plain alias, at a date inside a term', () => {
    assert.deepEqual(resolvePerson('Vladimir Putin', '2005-06-01'), {
      country: 'RUS',
      role: 'GOV',
      name: 'Vladimir Putin',
    })
    assert.equal(resolvePerson('Vladimir V. Putin', '2005-06-01')?.country, 'RUS')
    assert.equal(resolvePerson('Nicolas Maduro Moros', '2010-01-01')?.country, 'VEN')
  })

  it('resolves a 2014+ entry by name and by the press forms of it', () => {
    const expected = { country: 'IND', role: 'foreign_minister', name: 'Subrahmanyam Jaishankar' }
    assert.deepEqual(resolvePerson('Subrahmanyam Jaishankar', '2023-03-02'), expected)
    assert.deepEqual(resolvePerson('S. Jaishankar', '2023-03-02'), expected)
    assert.deepEqual(resolvePerson('S  Jaishankar', '2023-03'), expected, 'whitespace-normalised, month precision')
  })

  it('gives a person who changed office the role of the term in force at the date', () => {
    assert.deepEqual(resolvePerson('Paul Biya', '1980-01-01'), {
      country: 'CMR',
      role: 'head_of_government',
      name: 'Paul Biya',
    })
    assert.equal(resolvePerson('Paul Biya', '2016-05-01')?.role, 'head_of_state')
    assert.equal(resolvePerson('Ali Khamenei', '1985')?.role, 'head_of_government')
    assert.equal(resolvePerson('Ali Khamenei', '2020-01-01')?.role, 'head_of_state')
  })

  it('is diacritics-insensitive but case-sensitive', () => {
    assert.equal(resolvePerson('Ahmet Davutoglu', '2015-01-01')?.country, 'TUR')
    assert.equal(resolvePerson('Shinzo Abe', '2016-01-01')?.country, 'JPN')
    assert.equal(resolvePerson('shinzo abe', '2016-01-01'), null)
  })

  it('answers null at a date outside every term, and for an unknown name', () => {
    assert.equal(resolvePerson('Alexis Tsipras', '2010-06-01'), null, 'before his term')
    assert.equal(resolvePerson('Yoshihide Suga', '2019-01-01'), null, 'before his term')
    assert.equal(resolvePerson('Yoshihide Suga', '2023-06-01')?.country, 'JPN', 'within two years after it')
    assert.equal(resolvePerson('Yoshihide Suga', '2023-06-01')?.role, 'head_of_government')
    assert.equal(resolvePerson('Yoshihide Suga', '2023-06-01')?.name, 'Yoshihide Suga')
    assert.equal(resolvePerson('Sushma Swaraj', '2021-05-29')?.country, 'IND', "a former minister, 'former X'")
    assert.equal(resolvePerson('Sushma Swaraj', '2021-06-01'), null, 'more than two years after her term')
    assert.equal(resolvePerson('Jane Nobody', '2020-01-01'), null)
  })
})

describe('resolvePerson: bare surnames', () => {
  it('resolves a surname when exactly one holder with it is in office', () => {
    assert.deepEqual(resolvePerson('Jaishankar', '2024-01-15'), {
      country: 'IND',
      role: 'foreign_minister',
      name: 'Subrahmanyam Jaishankar',
    })
    assert.equal(resolvePerson('Putin', '2010-01-01')?.country, 'RUS')
    assert.equal(resolvePerson('Maduro', '2013-01-01')?.country, 'VEN')
  })

  it('a surname the 2014+ lexicon gives also finds the same person in terms before 2014', () => {
    // Dilma Rousseff was a minister before her presidency (PETRARCH's terms); the Factbook gives her surname.
    assert.equal(resolvePerson('Rousseff', '2008-06-01')?.country, 'BRA')
    // PETRARCH's last words are not surnames on their own.
    assert.equal(resolvePerson('Guard', '2006-07-21'), null)
  })

  it('leaves a surname two holders of different states share to the full name', () => {
    // Dean Barrow (Belize, 2008–2020) and Adama Barrow (the Gambia, from 2017) were both in office in 2018.
    assert.equal(resolvePerson('Barrow', '2018-06-01'), null)
    assert.equal(resolvePerson('Barrow', null), null)
    assert.equal(resolvePerson('Dean Barrow', '2018-06-01')?.country, 'BLZ')
    assert.equal(resolvePerson('Adama Barrow', '2018-06-01')?.country, 'GMB')
    // Alone in office: Dean Barrow's term ended in 2020, so in 2023 the name is Adama Barrow's.
    assert.equal(resolvePerson('Barrow', '2023-06-01')?.country, 'GMB')
    // Before 2017 only Dean Barrow held office.
    assert.equal(resolvePerson('Barrow', '2012-01-01')?.country, 'BLZ')
  })

  it('without a date, resolves a surname only when its holders share one country', () => {
    assert.equal(resolvePerson('Jaishankar', null)?.country, 'IND')
    // Idriss and Mahamat Déby: two people, one country.
    assert.equal(resolvePerson('Déby', null)?.country, 'TCD')
    assert.equal(resolvePerson('Deby', '2023-01-01')?.name, 'Mahamat Déby')
  })
})

describe('resolvePerson: the generated 2014+ lexicon', () => {
  it('dates heads of state from the Factbook, inside and outside their terms', () => {
    assert.deepEqual(resolvePerson('Uhuru Kenyatta', '2018-03-01'), {
      country: 'KEN',
      role: 'head_of_state',
      name: 'Uhuru Kenyatta',
    })
    assert.equal(resolvePerson('Kenyatta', '2023-06-01')?.country, 'KEN', 'within two years after September 2022')
    assert.equal(resolvePerson('Kenyatta', '2026-01-01'), null)
    assert.equal(resolvePerson('Samia Suluhu Hassan', '2023-05-01')?.country, 'TZA')
    assert.equal(resolvePerson('Samia Suluhu Hassan', '2019-05-01'), null, 'president from March 2021')
    assert.equal(resolvePerson('Magufuli', '2017-01-01')?.country, 'TZA')
    assert.equal(resolvePerson('Claudia Sheinbaum', '2025-03-01')?.role, 'head_of_state')
    assert.equal(resolvePerson('Sheinbaum', '2025-03-01')?.country, 'MEX')
    assert.equal(resolvePerson('Claudia Sheinbaum', '2020-03-01'), null, 'president from October 2024')
    assert.equal(resolvePerson('López Obrador', '2020-05-01')?.country, 'MEX')
  })

  it('dates foreign ministers from Wikidata and the 2019 directory', () => {
    assert.deepEqual(resolvePerson('Teodoro Locsin', '2019-06-01'), {
      country: 'PHL',
      role: 'foreign_minister',
      name: 'Teodoro Locsin',
    })
    assert.equal(resolvePerson('Enrique Manalo', '2023-01-01')?.country, 'PHL')
    assert.equal(resolvePerson('Enrique Manalo', '2015-01-01'), null, 'secretary from July 2022')
    assert.equal(resolvePerson('Omamo', '2021-01-01')?.country, 'KEN')
    assert.equal(resolvePerson('Lavrov', '2020-01-01')?.role, 'foreign_minister')
    assert.equal(resolvePerson('Sushma Swaraj', '2016-01-01')?.role, 'foreign_minister')
  })
})

describe('officeHoldersAt', () => {
  it('lists the holders in office at a date, without the grace window', () => {
    const at = officeHoldersAt('2021-01-01')
    const jpn = at.filter((h) => h.country === 'JPN' && h.role === 'head_of_government').map((h) => h.name)
    assert.deepEqual(jpn, ['Yoshihide Suga'])
    assert.ok(!officeHoldersAt('2025-01-01').some((h) => h.name === 'Yoshihide Suga'))
    assert.ok(officeHoldersAt(null).some((h) => h.name === 'Yoshihide Suga'))
  })
})

describe('office-holder lexicons', () => {
  const countries = new Set(
    (
      JSON.parse(readFileSync(projectPath('lexicons/actors/countries.json'), 'utf8')) as {
        countries: { code: string }[]
      }
    ).countries.map((c) => c.code),
  )

  it('both files parse, and every country code is in the gazetteer', () => {
    const petrarch = loadLexicon('actors/office-holders.json', petrarchHoldersSchema)
    const since = loadLexicon('actors/office-holders-since-2014.json', since2014HoldersSchema)
    assert.ok(petrarch.people.length > 10_000)
    assert.ok(since.people.length > 1000)
    for (const p of [...petrarch.people, ...since.people])
      for (const t of p.terms) assert.ok(countries.has(t.country), `${p.name}: ${t.country} is not in countries.json`)
  })

  it('carries the dictionary’s source and MIT notice, and terms that run forwards', () => {
    const petrarch = loadLexicon('actors/office-holders.json', petrarchHoldersSchema)
    assert.equal(petrarch.source.repo, 'openeventdata/petrarch2')
    assert.match(petrarch.source.commit, /^[0-9a-f]{40}$/)
    assert.match(petrarch.licence, /^The MIT License \(MIT\)\n\nCopyright \(c\) 2014 Open Event Data Alliance/)
    const since = loadLexicon('actors/office-holders-since-2014.json', since2014HoldersSchema)
    for (const p of [...petrarch.people, ...since.people])
      for (const t of p.terms)
        if (t.from !== null && t.to !== null) assert.ok(t.from.slice(0, 4) <= t.to.slice(0, 4), `${p.name} ${t.from}`)
  })

  it('keeps titled forms out of the aliases and every 2014+ term sourced', () => {
    const petrarch = loadLexicon('actors/office-holders.json', petrarchHoldersSchema)
    const putin = petrarch.people.find((p) => p.name === 'Vladimir Putin')
    assert.ok(putin)
    assert.equal(putin.surname, 'Putin')
    assert.ok(!putin.aliases.some((a) => /President|Minister/.test(a)))
    assert.ok(!putin.aliases.includes('Putin'))
    const since = loadLexicon('actors/office-holders-since-2014.json', since2014HoldersSchema)
    for (const p of since.people) for (const t of p.terms) assert.ok(t.source.length > 0, p.name)
    // Every dataset is named with its repository, commit and licence; the schema checks that each source is one.
    for (const s of since.sources) {
      assert.match(s.commit, /^[0-9a-f]{40}$/, s.id)
      assert.ok(s.licence.length > 0, s.id)
    }
    assert.ok(since.people.some((p) => p.terms.some((t) => t.source.includes('cia-world-factbook'))))
  })

  it('folds diacritics, apostrophes and spaces in keys, and keeps case', () => {
    assert.equal(nameKey('  Recep  Tayyip Erdoğan '), 'Recep Tayyip Erdogan')
    assert.equal(nameKey('O’Neill'), "O'Neill")
    assert.notEqual(nameKey('Abe'), nameKey('abe'))
  })
})

describe('resolvePerson: both lexicons', () => {
  it('ends an open PETRARCH term at the dictionary’s date when the 2014+ lexicon knows the person', () => {
    // PETRARCH has David Cameron in government from 2010 with no end; the 2014+ lexicon ends his term in July 2016.
    assert.equal(resolvePerson('David Cameron', '2015-01-01')?.role, 'head_of_government')
    assert.equal(resolvePerson('David Cameron', '2017-01-01')?.country, 'GBR', 'former prime minister')
    assert.equal(resolvePerson('David Cameron', '2019-01-01'), null)
    // A long-serving PETRARCH entry the 2014+ lexicon lacks keeps its open end.
    assert.equal(resolvePerson('Nicolas Maduro', '2020-01-01')?.country, 'VEN')
  })
})
