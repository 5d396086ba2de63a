import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { type ActorMention, findActors } from './actors.js'

function mentions(text: string): ActorMention[] {
  const out = findActors(text).mentions
  for (const m of out) assert.equal(text.slice(m.span.start, m.span.end), m.text, 'span slices back to the text')
  return out
}

/** Each mention as [text, actor, via]. */
const brief = (text: string) => mentions(text).map((m) => [m.text, m.actor, m.via])

/** The mention whose text is `surface` (the n-th one). */
function mention(text: string, surface: string, n = 0): ActorMention {
  const m = mentions(text).filter((x) => x.text === surface)[n]
  assert.ok(m, `no mention ${JSON.stringify(surface)} in ${JSON.stringify(text)}`)
  return m
}

describe('findActors: gazetteer names', () => {
  it('finds country names with their codes', () => {
    assert.deepEqual(brief('Chile and Peru signed a maritime treaty.'), [
      ['Chile', { country: 'CHL' }, 'country'],
      ['Peru', { country: 'PER' }, 'country'],
    ])
  })

  it('a large city is a place of its country, never an actor, and does not make its country a party', () => {
    const m = mention('Protesters gathered in Karachi and Lahore on Friday.', 'Karachi')
    assert.deepEqual([m.actor, m.via, m.place], [{ country: 'PAK' }, 'city', true])
    assert.equal(mention('Karachi police arrested two men.', 'Karachi').place, true)
    // A country, a capital or an organisation of the same name wins: "Singapore" is the state.
    assert.equal(mention('Singapore signed the deal.', 'Singapore').via, 'country')
  })

  it('finds demonyms, singular and plural', () => {
    assert.deepEqual(brief('The Chilean navy met Kazakhstani officials. Kenyans and Ugandans traded.'), [
      ['Chilean', { country: 'CHL' }, 'demonym'],
      ['Kazakhstani', { country: 'KAZ' }, 'demonym'],
      ['Kenyans', { country: 'KEN' }, 'demonym'],
      ['Ugandans', { country: 'UGA' }, 'demonym'],
    ])
  })

  it('a state in a hyphenated modifier: its flag, ownership or lead make it an actor; brokering or backing does not', () => {
    assert.deepEqual(
      brief('Oman escorted a U.K.-flagged tanker and a Panama-registered barge near the Saudi-led patrol.').map(
        (m) => m[1],
      ),
      [{ country: 'OMN' }, { country: 'GBR' }, { country: 'PAN' }, { country: 'SAU' }],
    )
    assert.deepEqual(
      brief('A Russian-brokered truce and a US-backed plan.').map((m) => m[0]),
      [],
    )
  })

  it('names with an apostrophe in either mark, a capitalised particle, or their diacritics', () => {
    for (const name of ["Côte d'Ivoire", 'Cote d’Ivoire', 'Cote D’Ivoire', 'Côte d’Ivoire'])
      assert.deepEqual(brief(`Ghana signed an accord with ${name}.`)[1], [name, { country: 'CIV' }, 'country'])
  })

  it('names written without their diacritics, but not when that makes a short English word', () => {
    assert.deepEqual(
      brief('Bogota and Asuncion signed an accord.').map((m) => m[1]),
      [{ country: 'COL' }, { country: 'PRY' }],
    )
    assert.deepEqual(brief('Male voters and Malé officials met.'), [['Malé', { country: 'MDV' }, 'capital']])
  })

  it('reads "U.S." and "US" as the United States but not the word "us"', () => {
    const out = brief('The U.S. and the US both warned Norway, and told us nothing. Let us wait.')
    assert.deepEqual(out, [
      ['U.S.', { country: 'USA' }, 'country'],
      ['US', { country: 'USA' }, 'country'],
      ['Norway', { country: 'NOR' }, 'country'],
    ])
  })

  it('marks possessives, with straight and curly apostrophes', () => {
    const text = "Peru's foreign ministry summoned Chile’s ambassador. Uganda and Kenya talked."
    assert.deepEqual(
      mentions(text).map((m) => [m.text, m.possessive]),
      [
        ['Peru', true],
        ['Chile', true],
        ['Uganda', false],
        ['Kenya', false],
      ],
    )
  })

  it('reads a capital as its state when it acts ("Lima said")', () => {
    const m = mention('Lima said the talks had failed.', 'Lima')
    assert.deepEqual(m.actor, { country: 'PER' })
    assert.equal(m.via, 'capital')
    assert.equal(m.place, false)
    assert.equal(mention('Washington said no to Oslo.', 'Washington').place, false)
  })

  it('reads a capital as a place after "in", motion words, or before its country', () => {
    const text = 'Protesters gathered in Santiago. The envoy flew to Kampala. Nairobi, Kenya hosted the talks.'
    assert.deepEqual(
      mentions(text).map((m) => [m.text, m.actor, m.place]),
      [
        ['Santiago', { country: 'CHL' }, true],
        ['Kampala', { country: 'UGA' }, true],
        ['Nairobi', { country: 'KEN' }, true],
        ['Kenya', { country: 'KEN' }, false],
      ],
    )
    // A country after the place it holds, itself after "at": a place.
    assert.equal(mention('The minister spoke at Davos, Switzerland.', 'Switzerland').place, true)
  })

  it('"Latin American" and "North American" are regions, not the United States', () => {
    assert.deepEqual(brief('Latin American and North American leaders met Americans in Chile.'), [
      ['Americans', { country: 'USA' }, 'demonym'],
      ['Chile', { country: 'CHL' }, 'country'],
    ])
  })

  it('skips names with an anti-/pro-/non- prefix', () => {
    assert.deepEqual(brief('Oslo rejected anti-Israeli slogans.'), [['Oslo', { country: 'NOR' }, 'capital']])
    assert.deepEqual(brief('Chile rejected pro-Peruvian and non-Chilean claims.'), [
      ['Chile', { country: 'CHL' }, 'country'],
    ])
  })

  it('codes the Soviet Union as SUN and Gaza as PSE', () => {
    assert.deepEqual(brief('The USSR backed Cuba. Soviet advisers left. Gaza was shelled.'), [
      ['USSR', { country: 'SUN' }, 'country'],
      ['Cuba', { country: 'CUB' }, 'country'],
      ['Soviet', { country: 'SUN' }, 'demonym'],
      ['Gaza', { country: 'PSE' }, 'country'],
    ])
  })

  it('keeps organisations by name and state bodies as their state', () => {
    assert.deepEqual(brief('Hamas fired rockets. The Knesset voted. NATO and the Kremlin replied.'), [
      ['Hamas', { org: 'Hamas' }, 'org'],
      ['Knesset', { country: 'ISR' }, 'org'],
      ['NATO', { org: 'NATO' }, 'org'],
      ['Kremlin', { country: 'RUS' }, 'org'],
    ])
  })
})

describe('findActors: people', () => {
  it('"Chile\'s Minister of Foreign Affairs, Ana Rojas": later "Rojas" is Chilean', () => {
    const text = "Chile's Minister of Foreign Affairs, Ana Rojas, arrived in Lima. Rojas met Peruvian officials there."
    const { people } = findActors(text)
    assert.deepEqual(people.get('Ana Rojas'), {
      name: 'Ana Rojas',
      role: 'Minister of Foreign Affairs',
      country: 'CHL',
      rule: 'actor/person-role-before-name',
    })
    const full = mention(text, 'Ana Rojas')
    assert.equal(full.via, 'person')
    const later = mention(text, 'Rojas')
    assert.deepEqual(later.actor, { person: 'Ana Rojas', role: 'Minister of Foreign Affairs', country: 'CHL' })
    assert.equal(later.via, 'person')
  })

  it('"his Peruvian counterpart, Luis Vega" is Peruvian', () => {
    const text = 'The Chilean minister spoke with his Peruvian counterpart, Luis Vega, on Monday. Vega agreed.'
    assert.equal(findActors(text).people.get('Luis Vega')?.country, 'PER')
    assert.deepEqual(mention(text, 'Vega').actor, { person: 'Luis Vega', role: 'counterpart', country: 'PER' })
  })

  it('"Luis Vega, Peru\'s ambassador to Bolivia" is Peruvian, not Bolivian', () => {
    const text = "Luis Vega, Peru's ambassador to Bolivia, was recalled. Vega left La Paz on Friday."
    assert.deepEqual(findActors(text).people.get('Luis Vega'), {
      name: 'Luis Vega',
      role: 'ambassador',
      country: 'PER',
      rule: 'actor/person-appositive-role',
    })
    assert.equal((mention(text, 'Vega').actor as { country?: string }).country, 'PER')
  })

  it('"President Emmerson" is the one holder in office at the date with that given name; a common one stays unknown', () => {
    const country = (text: string, date: string | null) =>
      [...findActors(text, date).people.values()].map((p) => p.country)
    assert.deepEqual(country('President Emmerson arrived in Lusaka.', '2020-01-01'), ['ZWE'])
    assert.deepEqual(country('President Emmerson arrived in Lusaka.', null), [null])
    assert.deepEqual(country('President John arrived in Lusaka.', '2020-01-01'), [null])
  })

  it('a holder named in full out of office is still of his state, never another holder sharing his surname', () => {
    assert.equal(
      findActors('In 2023, President Barack Obama spoke in Hanoi.', '2023-09-11').people.get('Barack Obama')?.country,
      'USA',
    )
  })

  it('"Luis Vega became President of Peru" is Peruvian; "Vega met the President of Peru" says nothing of Vega', () => {
    const text = 'Luis Vega became President of Peru in 1990 and visited Bolivia in 1991.'
    assert.deepEqual(findActors(text).people.get('Luis Vega'), {
      name: 'Luis Vega',
      role: 'President',
      country: 'PER',
      rule: 'actor/person-became-role',
    })
    assert.equal(findActors('Luis Vega met the President of Peru in 1990.').people.get('Luis Vega'), undefined)
  })

  it('"the ambassador of Peru to Chile Luis Vega" is Peruvian: the state an envoy is posted to is not his', () => {
    const text = 'Trade will grow, the ambassador of Peru to Chile Luis Vega said on Monday.'
    assert.equal(findActors(text).people.get('Luis Vega')?.country, 'PER')
  })

  it('"President of the United States John Smith" is American', () => {
    const text = 'President of the United States John Smith called Norway. Smith praised Oslo.'
    const p = findActors(text).people.get('John Smith')
    assert.equal(p?.country, 'USA')
    assert.equal(p?.rule, 'actor/person-role-before-name')
    assert.deepEqual(
      mentions(text).map((m) => [m.text, m.via]),
      [
        ['United States', 'country'],
        ['John Smith', 'person'],
        ['Norway', 'country'],
        ['Smith', 'person'],
        ['Oslo', 'capital'],
      ],
    )
  })

  it('tells two people apart by the demonym before each role', () => {
    const text = 'Norwegian Prime Minister Erik Dahl met Swedish Foreign Minister Karin Berg. Dahl and Berg agreed.'
    const { people } = findActors(text)
    assert.equal(people.get('Erik Dahl')?.country, 'NOR')
    assert.equal(people.get('Karin Berg')?.country, 'SWE')
    assert.equal((mention(text, 'Dahl').actor as { country?: string }).country, 'NOR')
    assert.equal((mention(text, 'Berg').actor as { country?: string }).country, 'SWE')
  })

  it('gives a built-in leader named in full the leaders-list country', () => {
    const text = 'Uganda hosted William Ruto at the border. Ruto spoke first.'
    assert.deepEqual(findActors(text).people.get('William Ruto'), {
      name: 'William Ruto',
      role: 'President of Kenya',
      country: 'KEN',
      rule: 'actor/person-leaders-list',
    })
    assert.equal((mention(text, 'Ruto').actor as { country?: string }).country, 'KEN')
  })

  it('finds nobody in a text without people', () => {
    assert.equal(findActors('Chile and Peru signed a treaty.').people.size, 0)
  })
})

describe('findActors: regnal numbers and a country after the name', () => {
  it('"King Harald V of Norway" is Harald V, of NOR', () => {
    const { people } = findActors('In 2019, King Harald V of Norway paid a state visit to Sweden.')
    const harald = [...people.values()].find((p) => p.name.startsWith('Harald'))
    assert.equal(harald?.name, 'Harald V')
    assert.equal(harald?.country, 'NOR')
  })
})
