import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Fact } from '../../core/types.js'
import { extract } from '../index.js'

/** The facts extraction finds in `text`, each checked to hold its number inside its evidence. */
function facts(text: string): Fact[] {
  const out = extract({ text, title: null, publicationDate: null }).facts
  for (const f of out) {
    const written = text.slice(f.valueSpan.start, f.valueSpan.end)
    assert.match(written, /\d|three|four|two|twenty|half/i, `value span holds the number: ${written}`)
    assert.ok(f.evidence.start <= f.valueSpan.start && f.valueSpan.end <= f.evidence.end, 'value inside evidence')
  }
  return [...out]
}

/** The only fact of `text`, checked to be written as `surface` (contained in its value span). */
function only(text: string, surface: string): Fact {
  const out = facts(text)
  assert.equal(out.length, 1, JSON.stringify(out))
  const f = out[0] as Fact
  assert.ok(text.slice(f.valueSpan.start, f.valueSpan.end).includes(surface), JSON.stringify(f))
  return f
}

describe('extract: money', () => {
  it('reads "$450 million" in a trade sentence as a trade volume with its qualifier', () => {
    const f = only('Bilateral trade between Chile and Peru exceeded $450 million in 2022.', '$450 million')
    assert.equal(f.kind, 'trade_volume')
    assert.equal(f.value, 450_000_000)
    assert.equal(f.unit, 'USD')
    assert.equal(f.qualifier, 'exceeded')
  })

  it('reads a decimal comma: "3,9 billion euros"', () => {
    const f = only('Norway exported goods worth 3,9 billion euros to Sweden.', '3,9 billion euros')
    assert.equal(f.value, 3_900_000_000)
    assert.equal(f.unit, 'EUR')
  })

  it('reads a currency code before the number: "EUR 60.2 billion"', () => {
    const f = only('Trade between Norway and Sweden reached EUR 60.2 billion last year.', 'EUR 60.2 billion')
    assert.equal(f.value, 60_200_000_000)
    assert.equal(f.unit, 'EUR')
    assert.equal(f.kind, 'trade_volume')
  })
})

describe('extract: percentages, counts and populations', () => {
  it('reads "over 25% of its gas imports" as an energy share', () => {
    const f = only('Sweden buys over 25% of its gas imports from Norway.', '25%')
    assert.equal(f.kind, 'energy_share')
    assert.equal(f.value, 25)
    assert.equal(f.qualifier, 'over')
  })

  it('reads "approx. 10,000 migrants" as a count of people', () => {
    const f = only('Kenya hosts approx. 10,000 migrants from Uganda.', '10,000')
    assert.equal(f.kind, 'count')
    assert.equal(f.value, 10_000)
    assert.equal(f.unit, 'people')
    assert.equal(f.qualifier, 'approx.')
  })

  it('reads "a country of 18 million" as a population', () => {
    const f = only('Chile, a country of 18 million, signed the deal with Peru.', '18 million')
    assert.equal(f.kind, 'population')
    assert.equal(f.value, 18_000_000)
  })

  it('reads a number word count: "three oil blocks"', () => {
    const f = only('Peru awarded Chile three oil blocks.', 'three')
    assert.equal(f.kind, 'count')
    assert.equal(f.value, 3)
  })
})

describe('extract: durations and measures', () => {
  it('reads a range "three to four years" as a duration with a maximum', () => {
    const f = only('The Kenya–Uganda pipeline will take three to four years to build.', 'three to four years')
    assert.ok(f.kind === 'duration' || f.subkind === 'duration', JSON.stringify(f))
    assert.equal(f.value, 3)
    assert.equal(f.valueMax, 4)
    assert.equal(f.unit, 'years')
  })

  it('reads a value with a bracketed conversion as one fact', () => {
    const f = only('The border between Chile and Peru is 7,591 km (4,717 mi) long.', '7,591')
    assert.equal(f.value, 7591)
    assert.equal(f.unit, 'km')
  })
})

describe('extract: currencies and kinds from the lexicons', () => {
  it('knows every ISO 4217 code the countries use, before or after the number', () => {
    const f = only('In 2022, exports from Norway to Sweden were worth NOK 120 billion.', 'NOK 120 billion')
    assert.equal(f.unit, 'NOK')
    assert.equal(f.value, 120_000_000_000)
    assert.equal(f.kind, 'trade_volume')
  })

  it('reads a percentage "up" on the year as growth, not a share', () => {
    const all = facts('Trade between the two countries reached $4.3 billion, up 28 percent on the year.')
    assert.equal(all.find((x) => x.unit === 'USD')?.kind, 'trade_volume')
    const f = all.find((x) => x.unit === 'percent')
    assert.equal(f?.value, 28)
    assert.equal(f?.kind, 'other')
    assert.equal(f?.subkind, 'trade_growth')
  })

  it('does not read "US$" as a mention of the United States', () => {
    const x = extract({ text: 'Chile sold copper to Peru worth US$17 million.', title: null, publicationDate: null })
    assert.ok(!x.entities.countries.includes('USA'))
  })
})

describe('extract: flattened tables', () => {
  const table = [
    'Comparison',
    '',
    'Chile\tPeru',
    'Population\t19,600,000\t34,000,000',
    'Area\t756,102 km2\t1,285,216 km2',
    'GDP (nominal)\t$335 billion\t$268 billion',
    '',
    'The two neighbours differ in size, and their economies have grown at different speeds since 2000.',
  ].join('\n')

  it('reads a row of label and one value per column country as facts about each country', () => {
    const out = facts(table).filter((f) => f.rule.startsWith('fact/table-row'))
    const population = out.filter((f) => f.kind === 'population')
    assert.deepEqual(
      population.map((f) => [f.subject, f.value]),
      [
        ['Population (CHL)', 19_600_000],
        ['Population (PER)', 34_000_000],
      ],
    )
    const area = out.find((f) => f.subkind === 'area' && f.subject === 'Area (PER)')
    assert.equal(area?.value, 1_285_216)
    assert.equal(area?.unit, 'km2')
    const gdp = out.find((f) => f.subkind === 'gdp' && f.subject === 'GDP (nominal) (CHL)')
    assert.equal(gdp?.value, 335_000_000_000)
    assert.equal(gdp?.unit, 'USD')
    assert.equal(out.length, 6)
  })

  it('does not read the same numbers again as prose facts, and prose after the table is prose', () => {
    const all = facts(table)
    assert.equal(all.filter((f) => !f.rule.startsWith('fact/table-row')).length, 0)
  })
})

describe('extract: people named by their country', () => {
  it('"80,000 Mexicans" is a count of people', () => {
    const f = only('Approximately 80,000 Mexicans live in Canada.', '80,000 Mexicans')
    assert.equal(f.kind, 'count')
    assert.equal(f.unit, 'people')
    assert.equal(f.value, 80_000)
    assert.equal(f.qualifier, 'approximately')
  })
})

describe('extract: aid amounts', () => {
  it('money given as grants and loans is an aid amount', () => {
    const f = only('Chile provided $80 million in grants and loans to Peru.', '$80 million')
    assert.deepEqual([f.kind, f.subkind, f.value], ['other', 'aid', 80_000_000])
  })
})

describe('extract: South Asian scales, attached scales and exchange rates in prose', () => {
  it('"Rs 500 crore" is 5 billion rupees; "1.2m tourists" is 1.2 million people', () => {
    const rs = only('Trade between India and Nepal reached Rs 500 crore in 2020.', 'Rs 500 crore')
    assert.deepEqual([rs.kind, rs.value, rs.unit], ['trade_volume', 5_000_000_000, 'INR'])
    const tourists = only('Some 1.2m tourists visited Nepal.', '1.2m tourists')
    assert.deepEqual([tourists.kind, tourists.value, tourists.unit], ['count', 1_200_000, 'people'])
  })

  it('"1.6 Nepalese rupees per Indian rupee" and "89 roubles to the dollar" are exchange rates', () => {
    const rate = only('The currency traded at 1.6 Nepalese rupees per Indian rupee on Monday.', '1.6 Nepalese rupees')
    assert.deepEqual([rate.kind, rate.value, rate.unit], ['exchange_rate', 1.6, 'Nepalese rupees per Indian rupee'])
    assert.equal(only('The rouble fell to 89 roubles to the dollar.', '89').kind, 'exchange_rate')
  })
})

describe('extract: scale, pair and period', () => {
  it('reads every common way of writing a scale, in any case', () => {
    const text =
      'Trade between Laos and Thailand was $5.6 Bln in 2021. Laos owes Thailand 300 MLN euros. Laos earned $2 bn from power sales to Thailand. Thai investment in Laos reached $1.1 tn.'
    assert.deepEqual(
      facts(text).map((f) => f.value),
      [5_600_000_000, 300_000_000, 2_000_000_000, 1_100_000_000_000],
    )
  })

  it('reads written numbers as one value: "twenty-six", "half a million"', () => {
    assert.equal(only('Twenty-six Chilean fishermen were freed by Peru.', 'Twenty-six').value, 26)
    assert.equal(only('Half a million Syrians fled to Turkey.', 'Half a million').value, 500_000)
  })

  it('an amount cut off at the end of a text takes the scale of its sentence', () => {
    const all = facts('Ghana exported cocoa worth $1.2 billion to Togo, while imports from Togo were $0.4')
    assert.deepEqual(
      all.map((f) => f.value),
      [1_200_000_000, 400_000_000],
    )
  })

  it('"c $16.4 million" is about 16.4 million US dollars, not Canadian ones', () => {
    const f = only('The Chilean port deal with Peru was worth c $16.4 million.', '$16.4 million')
    assert.deepEqual([f.value, f.unit], [16_400_000, 'USD'])
    assert.equal(only('Canada lent Haiti C$16.4 million.', 'C$16.4 million').unit, 'CAD')
  })

  it("a fact's pair is its own sentence's, whatever the document's pair", () => {
    const all = facts(
      'China and Russia held talks in Moscow on energy. Russia and China pledged closer ties.\n\nChina imported $73 billion of goods from the United States in 2023. Trade between China and Russia reached $240 billion.',
    )
    assert.deepEqual(
      all.map((f) => [f.value, f.pair]),
      [
        [73_000_000_000, ['CHN', 'USA']],
        [240_000_000_000, ['CHN', 'RUS']],
      ],
    )
  })

  it("the period is the fact's own clause's, never a year from another clause or sentence", () => {
    const all = facts(
      'Vietnam and Laos opened a railway in 2021. Trade between Vietnam and Laos was $1.6 billion, the ministry said on Monday.',
    )
    assert.equal(all.length, 1)
    assert.equal(all[0]?.period, null)
  })
})

describe('extract: numbers found by fuzzing', () => {
  it('a number too large for a double is no fact and no quantity (its value was Infinity)', () => {
    const huge = `$${'999,'.repeat(110)}999`
    for (const text of [
      `Bilateral trade between Chile and Peru reached ${huge} in 2022.`,
      `Bilateral trade between Chile and Peru reached $${'999,'.repeat(100)}999 billion in 2022.`,
    ]) {
      const x = extract({ text, title: null, publicationDate: null })
      assert.deepEqual([x.facts, x.quantities], [[], []])
    }
  })

  it('a second number no larger than the first closes no range (a count of 12 to 5 had its maximum below its value)', () => {
    const read = (text: string) => facts(text).map((f) => [f.kind, f.value, f.valueMax])
    assert.deepEqual(read('Chile sent 12-5 observers to Peru in 2022.'), [['count', 12, null]])
    assert.deepEqual(read('Chile sent 5-12 observers to Peru in 2022.'), [['count', 5, 12]])
  })
})
