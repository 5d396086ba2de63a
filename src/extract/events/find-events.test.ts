import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { actorCode } from '../../core/actors.js'
import type { Event, PartialDate } from '../../core/types.js'
import { extract } from '../index.js'
import { splitSentences } from '../segment.js'

/** Wednesday 13 March 2024. */
const ANCHOR: PartialDate = { value: '2024-03-13', precision: 'day' }

function events(text: string, publicationDate: PartialDate | null = null): Event[] {
  const out = extract({ text, title: null, publicationDate }).events
  const sentences = splitSentences(text).map((s) => text.slice(s.span.start, s.span.end))
  for (const e of out) {
    assert.ok(e.rule.startsWith('event/'), `rule ${e.rule}`)
    const evidence = text.slice(e.evidence.start, e.evidence.end)
    assert.ok(sentences.includes(evidence), `evidence is a whole sentence: ${JSON.stringify(evidence)}`)
  }
  return [...out]
}

/** The only event of `text`. */
function only(text: string, publicationDate: PartialDate | null = null): Event {
  const out = events(text, publicationDate)
  assert.equal(out.length, 1, JSON.stringify(out))
  return out[0] as Event
}

function pair(e: Event): [string, string | null] {
  return [actorCode(e.source), e.target ? actorCode(e.target) : null]
}

describe('extract: event types, actors and dates', () => {
  it('codes a ministerial meeting as a consult-family event with its explicit date', () => {
    const e = only("On March 3, 2021, Chile's foreign minister met with his Peruvian counterpart in Lima.")
    assert.match(e.type, /^CONSULT/)
    assert.deepEqual(pair(e), ['CHL', 'PER'])
    assert.deepEqual(e.date, { value: '2021-03-03', precision: 'day', basis: 'explicit' })
  })

  it('codes recalling an ambassador as SANCTION dated by a weekday relative to publication', () => {
    const e = only('Peru recalled its ambassador from Chile on Monday.', ANCHOR)
    assert.equal(e.type, 'SANCTION')
    assert.deepEqual(pair(e), ['PER', 'CHL'])
    assert.equal(e.date?.value, '2024-03-11')
    assert.equal(e.date?.precision, 'day')
  })

  it('an act told in the simple past takes the date of its context; one told in the present perfect does not', () => {
    const out = events(
      'Chile recalled its envoy from Peru on Monday.\n\nPeru has announced its decision to cut ties with Chile after ' +
        'Chilean police forced their way into the Peruvian embassy.',
      ANCHOR,
    )
    const raid = out.find((e) => e.type === 'COERCE')
    assert.deepEqual(raid && [...pair(raid), raid.date?.value], ['CHL', 'PER', '2024-03-11'])
    const cut = out.find((e) => e.type === 'SANCTION' && actorCode(e.source) === 'PER')
    assert.equal(cut?.date, null)
  })

  it("in a news report, a position stated without a date was stated on the news day, not on the paragraph's date", () => {
    const out = events(
      'Chile recalled its envoy from Peru on Monday. In March 2019 Chilean officials met Peruvian officials in Lima. ' +
        'The Chilean foreign minister said relations with Peru remained good.',
      ANCHOR,
    )
    assert.equal(out.find((e) => e.type === 'STATEMENT')?.date?.value, '2024-03-11')
  })

  it('once a paragraph opens on an earlier time, what the text then tells undated is not of the news day', () => {
    const out = events(
      'Chile recalled its envoy from Peru on Monday.\n\nIn April 2019, Chilean fishermen protested against a Peruvian ' +
        'quota. Civic groups have petitioned the government since then.\n\nThe Chilean minister stressed the value ' +
        'of good relations with Peru.',
      ANCHOR,
    )
    const said = out.find((e) => e.type === 'STATEMENT')
    assert.ok(said, JSON.stringify(out.map((e) => e.type)))
    assert.equal(said.date, null)
  })

  it('a paragraph that opens on a flashback ("had signed … in February") leaves the news day in force', () => {
    const out = events(
      'Chile recalled its envoy from Peru on Monday.\n\nThe two countries had signed a fisheries pact in February.' +
        '\n\nThe Chilean minister stressed the value of good relations with Peru.',
      ANCHOR,
    )
    assert.equal(out.find((e) => e.type === 'STATEMENT')?.date?.value, '2024-03-11')
  })

  it("a date after a clause's verb does not reach a clause after a contrast; one that opens the sentence does", () => {
    const out = events(
      'Chile lodged a strong protest yesterday, but the tension persisted as Bolivia blamed Chile for the clash.',
      ANCHOR,
    )
    const protest = out.find((e) => actorCode(e.source) === 'CHL')
    const blame = out.find((e) => actorCode(e.source) === 'BOL')
    assert.equal(protest?.date?.value, '2024-03-12')
    assert.ok(blame, JSON.stringify(out.map((e) => [e.type, actorCode(e.source)])))
    assert.equal(blame.date, null)
    const fronted = events('On Monday, Chile lodged a strong protest, but Bolivia blamed Chile for the clash.', ANCHOR)
    assert.equal(fronted.find((e) => actorCode(e.source) === 'BOL')?.date?.value, '2024-03-11')
  })

  it('an act named after "following" or "after" takes no day from the clause it explains; a month may hold both', () => {
    const out = events(
      "Ecuador's congress on Monday declared a state of war following Peru's incursions along the Cenepa river.",
      ANCHOR,
    )
    const war = out.find((e) => e.type === 'MOBILIZE')
    const raid = out.find((e) => e.type === 'ASSAULT')
    assert.deepEqual(war && [...pair(war), war.date?.value], ['ECU', 'PER', '2024-03-11'])
    // Undated, the incursion is too weak a claim to report; what matters is that it never takes Monday.
    assert.ok(!raid?.date, JSON.stringify(raid))
    const talks = events('The repatriation of Tajik workers began in November 2022 after negotiations with Russia.')
    assert.equal(talks.find((e) => e.type.startsWith('CONSULT'))?.date?.value, '2022-11')
  })

  it('a past participle before its noun names a state, not an act ("the occupied region", "the disputed islands")', () => {
    const out = events(
      "Georgia's parliament on Sunday declared a state of emergency following Russia's border violations in the " +
        'occupied Tskhinvali region.',
      ANCHOR,
    )
    assert.deepEqual(
      out.map((e) => [e.type, ...pair(e)]),
      [['COERCE', 'GEO', 'RUS']],
    )
    // A participle after the words that end a subject is the clause's verb.
    assert.equal(only("Vanuatu's premier called Fiji's arrest of the crew “a violation of our waters”.").type, 'ACCUSE')
  })

  it('a phrase of time closes the object: "declared its independence in 1918 following … World War I" is no war', () => {
    const out = events(
      'Latvia declared its independence in 1918 following the collapse of the Russian Empire in World War I.',
    )
    assert.equal(out.filter((e) => e.type === 'MOBILIZE').length, 0)
  })

  it("a dateline's date dates the lead's act only when the sentence gives it no date of its own", () => {
    const day: PartialDate = { value: '2024-03-06', precision: 'day' }
    const own = only('OSLO, March 6, 2024 – Norway and Sweden signed a border treaty on Monday.', day)
    assert.equal(own.date?.value, '2024-03-04')
    const none = only('OSLO, March 6, 2024 – Norway and Sweden signed a border treaty.', day)
    assert.equal(none.date?.value, '2024-03-06')
  })

  it("a date inside a quotation is the speaker's: the narrator's next sentence does not inherit it", () => {
    const out = events(
      '"Peruvian troops crossed the border near Tumbes in May 2019," the Ecuadorian minister said.\n\n' +
        'Peru rejected the claim.',
    )
    assert.equal(out.find((e) => e.type === 'COERCE')?.date?.value, '2019-05')
    assert.ok(!out.some((e) => e.type === 'REJECT' && e.date), JSON.stringify(out))
  })

  it('undergoing something ("suffered an earthquake in April 2015") is no act of the state', () => {
    assert.deepEqual(events('Nepal suffered a major earthquake in April 2015.'), [])
    assert.deepEqual(events('Aid went to the Haitian people, who suffered two earthquakes in August 2021.'), [])
  })

  it('an act told as before the news ("previously", "had") does not take the news day', () => {
    const out = events(
      'Chile recalled its envoy from Peru on Monday. Santiago previously accused Lima of spying on its navy.',
      ANCHOR,
    )
    const before = out.find((e) => e.type === 'ACCUSE')
    assert.ok(before, JSON.stringify(out.map((e) => e.type)))
    assert.equal(before.date, null)
  })

  it('a date after a verb of saying coordinated with the act is the saying\'s ("denies … and said Sunday")', () => {
    const out = events(
      'Chile denies the claims and said on Monday that Peru was trying to distract its voters.',
      ANCHOR,
    )
    assert.ok(
      out.every((e) => e.type !== 'REJECT' || e.date === null),
      JSON.stringify(out),
    )
  })

  it('dates an act told as under way on the day of publication, but not a lasting state', () => {
    const e = only('Ghana is recalling its ambassador to Togo.', ANCHOR)
    assert.equal(e.type, 'SANCTION')
    assert.deepEqual(e.date, { value: '2024-03-13', precision: 'day', basis: 'context' })
    const lasting = events('Ghana is cooperating with Togo on power lines.', ANCHOR)
    assert.ok(
      lasting.every((x) => x.date === null),
      JSON.stringify(lasting),
    )
    const month = events('Ghana is recalling its ambassador to Togo.', { value: '2024-03', precision: 'month' })
    assert.ok(
      month.every((x) => x.date === null),
      JSON.stringify(month),
    )
  })

  it('leaves an undated event with a null date', () => {
    const e = only('Chile and Peru launched a joint water project.', ANCHOR)
    assert.equal(e.date, null)
    assert.deepEqual(new Set(pair(e)), new Set(['CHL', 'PER']))
  })

  it("reads a dictionary idiom of particles only with the verb it was written for ('head to', not 'lead to')", () => {
    const led = events('The dispute led to a war between Honduras and El Salvador in 1969.')
    assert.ok(
      led.every((e) => e.type !== 'AGREE' && e.type !== 'VISIT'),
      JSON.stringify(led.map((e) => e.type)),
    )
    const ordered = events("Peru's Supreme Court ordered two Chilean firms to compensate the fishermen in 2018.")
    assert.ok(
      ordered.every((e) => e.type !== 'VISIT'),
      JSON.stringify(ordered.map((e) => e.type)),
    )
    assert.equal(only("Bolivia's president headed to Lima for talks on Monday.").type, 'CONSULT')
  })

  it('what two heads of state commit to is not yet done; the commitment, re-affirmed, is their support', () => {
    const out = events(
      'Ghana–Togo relations\n\nThe two Heads of State re-affirmed their commitment to deepen the cordial relations between Ghana and Togo.',
    )
    assert.deepEqual(
      out.map((e) => [e.type, ...pair(e).sort()]),
      [['SUPPORT', 'GHA', 'TGO']],
    )
    // Told in the past ("re-affirmed", which the tagger leaves as it is), it takes the date of the visit told before.
    const dated = events(
      'Ghana–Togo relations\n\nThe president of Ghana made a State Visit to Togo on 8 May 2018. The two Heads of State re-affirmed their commitment to deepen the relations between Ghana and Togo.',
    ).find((e) => e.type === 'SUPPORT')
    assert.equal(dated?.date?.value, '2018-05-08')
  })

  it('a new verb of the same kind in the next sentence is a new act; the same act named again is not', () => {
    const two = events(
      'Chile recalled its envoy from Peru in March 2019. In addition, Chile imposed tariffs on Peruvian wine.',
    )
    assert.deepEqual(
      two.map((e) => [e.type, e.date?.value]),
      [
        ['SANCTION', '2019-03'],
        ['SANCTION', '2019-03'],
      ],
    )
    assert.equal(
      events('Chile recalled its envoy from Peru in March 2019. The recall by Chile angered Lima.').length,
      1,
    )
  })

  it('a call the two leaders make together is aimed at neither; a charge they trade with each other is', () => {
    const doc = (body: string) =>
      extract({ text: `Ghana–Togo relations\n\n${body}`, title: 'Ghana–Togo relations', publicationDate: null }).events
    assert.deepEqual(
      doc('The two leaders called for calm along the border in 2019.').map((e) => e.type),
      [],
    )
    assert.equal(
      doc('The two leaders accused each other of smuggling in 2019.').filter((e) => e.type === 'ACCUSE').length,
      2,
    )
  })

  it("welcoming a president's decision supports it: the president is not a visitor", () => {
    const e = only("Ghana's president welcomed President Faure Gnassingbé’s decision to reopen the border.")
    assert.equal(e.type, 'SUPPORT')
  })

  it('an act aimed at another party is not reported without one; support voiced for a situation is', () => {
    assert.deepEqual(events('Poland has sent 1,500 troops to the border.', ANCHOR), [])
    assert.deepEqual(events('Chile accused unnamed smugglers on Monday.', ANCHOR), [])
    const e = only('Chile welcomed the new ceasefire on Monday.', ANCHOR)
    assert.deepEqual([e.type, actorCode(e.source), e.target], ['SUPPORT', 'CHL', null])
  })

  it("a force of nature is nobody's act: 'Chile's forest fires killed …' is no assault by Chile", () => {
    const out = events("Chile's forest fires, which broke out in January 2017, killed two Argentine firefighters.")
    assert.ok(
      out.every((e) => e.type !== 'ASSAULT'),
      JSON.stringify(out.map((e) => e.type)),
    )
    assert.equal(events('Chilean troops killed two Argentine smugglers in January 2017.')[0]?.type, 'ASSAULT')
  })

  it('an act noun describing another noun is no act; a participle commenting on the act adds none', () => {
    assert.deepEqual(
      events('The outcome of the latest ceasefire attempt between Ghana and Togo is unclear.').map((e) => e.type),
      [],
    )
    assert.deepEqual(
      events('Ghana and Togo signed a border treaty in May 2021, marking a significant step in their relations.').map(
        (e) => e.type,
      ),
      ['AGREE'],
    )
  })

  it('a decision to act is no agreement with the other side, unless what was agreed names it', () => {
    const doc = (body: string) =>
      extract({ text: `Chile–Peru relations\n\n${body}`, title: 'Chile–Peru relations', publicationDate: null }).events
    assert.ok(
      doc('In March 2020 the Chilean senate agreed to leave the regional forum.').every((e) => e.type !== 'AGREE'),
    )
    const help = doc('In March 2020 Chile agreed to help Peru build a new port.').find((e) => e.type === 'AGREE')
    assert.deepEqual(help && pair(help), ['CHL', 'PER'])
  })

  it('codes a reciprocal act of two joint subjects for each side', () => {
    const out = events('Bolivia and Peru both withdrew their ambassadors to each other in 2021.')
    assert.deepEqual(out.map((e) => [e.type, ...pair(e)]).sort(), [
      ['SANCTION', 'BOL', 'PER'],
      ['SANCTION', 'PER', 'BOL'],
    ])
    assert.equal(events('Bolivia and Peru withdrew their ambassadors in 2021.').length, 1)
  })

  it('codes an accusation as ACCUSE', () => {
    const e = only('Chile accused Peru of violating the maritime boundary.')
    assert.equal(e.type, 'ACCUSE')
    assert.deepEqual(pair(e), ['CHL', 'PER'])
  })

  it('keeps further targets of a listed object as co-targets', () => {
    const out = events('Uganda condemned Kenya, Tanzania and Rwanda for closing the border.')
    const e = out.find((x) => x.type === 'ACCUSE') as Event
    // What they are condemned for is their act, towards Uganda, and only alleged.
    const closing = out.find((x) => x.type === 'SANCTION')
    assert.deepEqual(closing && [actorCode(closing.source), closing.target && actorCode(closing.target)], [
      'KEN',
      'UGA',
    ])
    assert.equal(closing?.flags.hedged, true)
    assert.equal(actorCode(e.source), 'UGA')
    const targets = [e.target, ...e.coTargets].map((a) => (a ? actorCode(a) : null))
    assert.deepEqual(new Set(targets), new Set(['KEN', 'TZA', 'RWA']))
    assert.equal(e.coTargets.length, 2)
  })
})

describe('extract: event flags', () => {
  it('flags a planned visit as future', () => {
    const e = only('The Norwegian prime minister will visit Sweden next year.', ANCHOR)
    assert.equal(e.type, 'VISIT')
    assert.deepEqual(pair(e), ['NOR', 'SWE'])
    assert.equal(e.flags.future, true)
    assert.equal(e.flags.hedged, false)
    assert.equal(e.date?.value, '2025')
  })

  it('flags a reported act as hedged', () => {
    const e = only('Peru reportedly expelled a Chilean diplomat.')
    assert.equal(e.flags.hedged, true)
    assert.equal(e.flags.future, false)
    assert.equal(e.flags.negated, false)
  })

  it('leaves a plain past act unflagged', () => {
    const e = only('Chile accused Peru of violating the maritime boundary.')
    assert.deepEqual(e.flags, { negated: false, hedged: false, future: false })
  })
})

describe('extract: quotes and relevance', () => {
  it('codes a quoted statement with the speaker as source', () => {
    const text =
      'Peru expelled a Chilean diplomat on Tuesday. “We condemn this unfriendly act by Lima,” the Chilean foreign ministry said.'
    const quote = events(text, ANCHOR).find((e) => text.slice(e.evidence.start, e.evidence.end).startsWith('“'))
    assert.ok(quote, 'an event is read from the quote')
    assert.equal(actorCode(quote.source), 'CHL')
    assert.equal(quote.target && actorCode(quote.target), 'PER')
  })

  it('marks events of the main pair relevant and an event between other states not', () => {
    const text =
      'Chile and Peru signed a trade agreement in 2019. Chile criticized Peru over fishing rights. Meanwhile, Norway accused Sweden of spying.'
    const r = extract({ text, title: null, publicationDate: null })
    assert.deepEqual(r.dyad, ['CHL', 'PER'])
    const out = events(text)
    const main = out.filter((e) => actorCode(e.source) !== 'NOR')
    const other = out.find((e) => actorCode(e.source) === 'NOR')
    assert.equal(main.length, 2)
    for (const e of main) assert.equal(e.dyadRelevant, true)
    assert.ok(other)
    assert.equal(other.target && actorCode(other.target), 'SWE')
    assert.equal(other.dyadRelevant, false)
  })
})

describe('extract: evidence and rules', () => {
  it('gives every event a whole-sentence evidence span containing its trigger and an event/ rule', () => {
    const text =
      'Kenya and Uganda held talks in Kampala on 4 May 2022. Uganda later accused Kenya of blocking fuel shipments.\n\nKenya will send a trade delegation to Uganda next month.'
    const out = events(text, ANCHOR)
    assert.ok(out.length >= 2, JSON.stringify(out))
    const triggers = [/talks/, /accused/, /send|delegation/]
    for (const e of out) {
      const evidence = text.slice(e.evidence.start, e.evidence.end)
      assert.ok(
        triggers.some((t) => t.test(evidence)),
        `evidence holds a trigger: ${evidence}`,
      )
    }
  })
})

describe('extract: who acts, from the shape of the sentence', () => {
  it('takes the actor right before the verb in a reduced clause as its subject', () => {
    const out = events('Uganda has demanded the return of the islands, a claim Kenya rejected in 2019.')
    const reject = out.find((e) => e.type === 'REJECT')
    assert.equal(reject && actorCode(reject.source), 'KEN')
    assert.equal(reject?.date?.value, '2019')
  })

  it('does not take the last of a list as the subject', () => {
    const e = events('Chile, Peru, and Bolivia have resumed negotiations over the river.').find(
      (x) => x.type === 'CONSULT',
    )
    assert.equal(e && actorCode(e.source), 'CHL')
  })

  it('reads the parties named inside the trigger phrase ("the embassy of X in Y opened")', () => {
    const e = only('The embassy of Norway in Sweden opened in March 1906.')
    assert.equal(e.type, 'ESTABLISH_RELATIONS')
    assert.deepEqual(pair(e), ['NOR', 'SWE'])
    assert.equal(e.date?.value, '1906-03')
  })

  it('codes a mutual act with no party named as the document pair when the document is about one', () => {
    const text =
      'Norway–Sweden relations\n\nNorway and Sweden are neighbours. Diplomatic relations were established on 26 October 1905.'
    const e = extract({ text, title: 'Norway–Sweden relations', publicationDate: null }).events.find(
      (x) => x.date?.value === '1905-10-26',
    )
    assert.ok(e)
    assert.deepEqual(new Set(pair(e)), new Set(['NOR', 'SWE']))
  })

  it('does not give the pair an undated mutual act nobody is named for: talk about relations is not an act', () => {
    const body =
      'Norway and Sweden are neighbours. Talks have failed to end the quarrel over fishing. ' +
      'Such agreements might be reached during a visit. Their cooperation runs deeper than meets the eye.'
    const out = extract({
      text: `Norway–Sweden relations\n\n${body}`,
      title: 'Norway–Sweden relations',
      publicationDate: null,
    })
    assert.deepEqual(
      out.events.map((e) => e.type),
      [],
    )
  })

  it('does not code habitual conduct as a dated act, nor an undated restatement of the previous sentence', () => {
    assert.deepEqual(events('Kenya has consistently supported Somalia in regional forums.'), [])
    const out = events('In May 2019, the Chilean president visited Peru. His visit to Peru was the first in a decade.')
    assert.equal(out.filter((e) => e.type === 'VISIT').length, 1)
  })

  it('gives the second of two coordinated acts its own date, not the one that closes the first', () => {
    const visit = events('Luis Vega became President of Peru in 1990 and visited Bolivia in 1991.').find(
      (e) => e.type === 'VISIT',
    )
    assert.equal(visit?.date?.value, '1991')
    assert.deepEqual(visit && pair(visit), ['PER', 'BOL'])
    const condemned = events(
      'Chile recalled its envoy from Peru in March 2019 and was condemned by Peru in April 2019.',
    )
    assert.equal(condemned.find((e) => e.type === 'ACCUSE')?.date?.value, '2019-04')
  })

  it('puts a date after another act in another clause on that act, not on the first', () => {
    const out = events(
      'Bolivia has demanded access to the sea, a claim the International Court of Justice rejected in 2018.',
    )
    for (const e of out.filter((x) => x.type === 'REQUEST')) assert.equal(e.date, null)
  })

  it('an organ of a state without its state, as a target, is domestic to the source', () => {
    const e = events(
      "In April 2011, Kenya's anti-corruption commission alleged that the Ministry of Defence had overpaid for radar systems.",
    ).find((x) => x.type === 'ACCUSE')
    assert.ok(e)
    assert.deepEqual(pair(e), ['KEN', 'KEN'])
  })
})

it('an organ of a state named in lower case acts for the state its sentence named before it', () => {
  const e = only('Even Serbia’s old partner Greece spoke up, with the foreign ministry calling the raid “unlawful”.')
  assert.equal(e.type, 'ACCUSE')
  assert.equal(actorCode(e.source), 'GRC')
  const side = only('From the Bolivian side, the defence ministry accused Paraguayan soldiers of entering the Chaco.')
  assert.deepEqual(pair(side), ['BOL', 'PRY'])
})

it('an organ of a state named alone is not given a state it was only talking to', () => {
  assert.deepEqual(
    events('After talks with Chile, the foreign ministry said the border would reopen.').map((e) => e.source),
    [],
  )
})

describe('extract: joint statements and state visits', () => {
  const anchor: PartialDate = { value: '2024-10-30', precision: 'day' }

  it('an opening adverbial phrase does not give the subject; a day range without the year word is read', () => {
    const e = events(
      'At the invitation of the President of Chile, the President of Peru paid a state visit to Chile from 28 to 29 October 2024.',
      anchor,
    ).find((x) => x.type === 'VISIT')
    assert.ok(e)
    assert.deepEqual(pair(e), ['PER', 'CHL'])
    assert.equal(e.date?.value, '2024-10-28')
    assert.equal(e.date?.end, '2024-10-29')
  })

  it('"the two presidents held summit talks … on 29 October" is the pair consulting, dated in the anchor year', () => {
    const text = 'Chile–Peru relations\n\nThe two presidents held summit talks in Lima on 29 October.'
    const e = extract({ text, title: 'Chile–Peru relations', publicationDate: anchor }).events[0]
    assert.equal(e?.type, 'CONSULT')
    assert.equal(e?.date?.value, '2024-10-29')
  })

  it('"expressed support for" is SUPPORT; an invitation to visit is a request, not a visit', () => {
    assert.equal(only("Chile expressed support for Peru's candidacy.").type, 'SUPPORT')
    const out = events('The President of Chile invited the President of Peru to visit Chile next year.', anchor)
    assert.deepEqual(
      out.map((e) => [e.type, ...pair(e)]),
      [['REQUEST', 'CHL', 'PER']],
    )
    const planned = only('The President of Peru is expected to visit Chile next year.', anchor)
    assert.equal(planned.type, 'VISIT')
    assert.equal(planned.flags.future, true)
  })
})

describe('extract: accusations, relative clauses, protests, headlines', () => {
  const anchor: PartialDate = { value: '2023-06-08', precision: 'day' }

  it('the accused is the doer of what it is accused of, and that act is hedged', () => {
    const out = events('Uganda accused Kenya on Thursday of shelling border villages, killing two herders.', anchor)
    const accuse = out.find((e) => e.type === 'ACCUSE')
    assert.deepEqual(accuse && pair(accuse), ['UGA', 'KEN'])
    const assault = out.filter((e) => e.type === 'ASSAULT')
    assert.equal(assault.length, 1, 'shelling and killing are one act')
    assert.equal(actorCode(assault[0]?.source ?? { country: '' }), 'KEN')
    assert.equal(assault[0]?.flags.hedged, true)
    assert.equal(assault[0]?.date?.value, '2023-06-08')
  })

  it('summoning an ambassador is a diplomatic protest by the summoner; a "who" clause acts for its antecedent', () => {
    const out = events(
      'Nairobi summoned the Ugandan ambassador on Wednesday to protest against remarks by President Museveni of Uganda, who had criticised Kenya.',
      anchor,
    )
    const summon = out.find((e) => e.rule.startsWith('event/verb-rule/summon'))
    assert.ok(summon)
    assert.deepEqual(pair(summon), ['KEN', 'UGA'])
    assert.equal(summon.date?.value, '2023-06-07')
    const criticism = out.find((e) => e.rule.includes('relative-antecedent'))
    assert.deepEqual(criticism && pair(criticism), ['UGA', 'KEN'])
    assert.equal(criticism?.date, null)
  })

  it('"urged both sides" has the pair as targets', () => {
    const text = 'Kenya–Uganda relations\n\nThe African Union urged both sides to return to negotiations.'
    const e = extract({ text, title: 'Kenya–Uganda relations', publicationDate: anchor }).events[0]
    assert.equal(e?.type, 'REQUEST')
    assert.equal(e && actorCode(e.source), 'African Union')
    assert.deepEqual(
      new Set([e?.target, ...(e?.coTargets ?? [])].map((a) => a && actorCode(a))),
      new Set(['KEN', 'UGA']),
    )
  })

  it('a headline gives no events: the lead reports the same act', () => {
    const title = 'Kenya recalls ambassador from Uganda'
    const text = `${title}\n\nKenya recalled its ambassador from Uganda on Monday, the foreign ministry said.`
    const out = extract({ text, title, publicationDate: anchor }).events
    assert.equal(out.length, 1)
    assert.ok((out[0]?.evidence.start ?? 0) > title.length)
  })

  it('a country in a hyphenated modifier ("Russian-brokered") is not an actor', () => {
    const out = events('The war ended with a Russian-brokered ceasefire in November 2020.', anchor)
    for (const e of out) assert.notEqual(actorCode(e.source), 'RUS')
  })
})

describe('extract: the pair fallback and a few more triggers', () => {
  const pairDoc = (body: string) =>
    extract({ text: `Chile–Peru relations\n\n${body}`, title: 'Chile–Peru relations', publicationDate: null }).events

  it('an act of one side with no other party named is towards the other side, unless a third country is named', () => {
    assert.deepEqual(pair(pairDoc('In 2019, Chile condemned the decision.')[0] as Event), ['CHL', 'PER'])
    const e = pairDoc('In 2019, Chile backed the government of Bolivia.')[0]
    assert.deepEqual(e && pair(e), ['CHL', 'BOL'])
    const third = pairDoc('Differences remain over Bolivia, where Lima supports the opposition.')[0]
    assert.equal(third?.target ? actorCode(third.target) : null, null)
  })

  it('a subject the lexicons do not know acts for itself, not for the pair', () => {
    assert.deepEqual(pairDoc('Juan Pablo Lagos met Peruvian and Chilean officials on Friday, 3 May 2019.'), [])
  })

  it('"discussed", "summit between", "withdrew its ambassador", "object to"', () => {
    assert.equal(pairDoc('In 2020 the two ministers discussed border security.')[0]?.type, 'CONSULT')
    assert.equal(pairDoc('A summit between the presidents of Chile and Peru took place in 2021.')[0]?.type, 'CONSULT')
    assert.equal(only('In 2013, Chile withdrew its ambassador from Peru.').type, 'SANCTION')
    const objection = only('Peru may object to Chilean fishing in the disputed zone.')
    assert.equal(objection.type, 'ACCUSE')
    assert.equal(objection.flags.hedged, true)
  })
})

describe('extract: language', () => {
  it('reads events and facts from English only; a French text keeps its mentions and entities', () => {
    const text = 'Le Chili et le Pérou ont signé un accord de 450 millions de dollars le 3 mars 2021.'
    const x = extract({ text, title: null, publicationDate: null, language: 'fr' })
    assert.deepEqual([x.events.length, x.facts.length], [0, 0])
    const en = extract({
      text: 'Chile and Peru signed an agreement on 3 March 2021.',
      title: null,
      publicationDate: null,
      language: 'en',
    })
    assert.equal(en.events.length, 1)
  })
})

describe('extract: a news lead with two acts a day apart', () => {
  it('dates each act by its own words: "said on Wednesday it had shot down …, a day after India carried out air strikes"', () => {
    const anchor: PartialDate = { value: '2019-02-27', precision: 'day' }
    const text =
      'Pakistan said on Wednesday it had shot down two Indian jets and captured a pilot, a day after India carried out air strikes inside Pakistan. New Delhi lodged a strong protest and summoned the Pakistani high commissioner.'
    const out = events(text, anchor)
    const shoot = out.find((e) => e.type === 'ASSAULT' && actorCode(e.source) === 'PAK')
    assert.equal(shoot?.date?.value, '2019-02-27')
    const strikes = out.find((e) => e.type === 'ASSAULT' && actorCode(e.source) === 'IND')
    assert.equal(strikes?.date?.value, '2019-02-26')
    const capture = out.find((e) => e.type === 'COERCE')
    assert.equal(capture?.date?.value, '2019-02-27')
    const protest = out.find((e) => actorCode(e.source) === 'IND' && e.type === 'ACCUSE')
    assert.ok(protest, 'lodging a protest and summoning an envoy is a diplomatic protest')
    assert.equal(protest.date?.value, '2019-02-27')
  })

  it('"called for talks" is a request, not talks', () => {
    const out = events('Prime Minister Khan of Pakistan called for talks with India.')
    assert.deepEqual(
      out.map((e) => e.type),
      ['REQUEST'],
    )
  })
})

describe('extract: entities take the country their acts were coded with', () => {
  it('an unplaced minister speaking after her state acted is listed with that state', () => {
    const text =
      'Chile recalled its ambassador from Peru on Monday. Foreign Minister Ana Soto condemned the Peruvian decision.'
    const x = extract({ text, title: null, publicationDate: { value: '2024-03-13', precision: 'day' } })
    assert.equal(x.entities.people.find((p) => p.name === 'Ana Soto')?.country, 'CHL')
  })
})

describe('extract: aid, joint declarations, co-hosting, scrapping, reciprocal visits', () => {
  const doc = (body: string) =>
    extract({ text: `Chile–Peru relations\n\n${body}`, title: 'Chile–Peru relations', publicationDate: null }).events

  it('codes aid, a joint declaration of two unplaced leaders, co-hosting and scrapping an agreement', () => {
    const out = doc(
      'In 1971, Chile provided $80 million in grants and loans to Peru. In 1998, President Ana Ruiz and President Luis Soto issued a joint declaration on a new partnership. Chile and Peru co-hosted the Pacific Games in 2002. In 2015 the two governments reached a fisheries agreement, which Lima scrapped in 2018.',
    )
    const typed = out.map((e) => [e.type, e.date?.value, ...pair(e)])
    assert.deepEqual(typed, [
      ['AID', '1971', 'CHL', 'PER'],
      ['AGREE', '1998', 'CHL', 'PER'],
      ['COOPERATE', '2002', 'CHL', 'PER'],
      ['AGREE', '2015', 'CHL', 'PER'],
      ['REJECT', '2018', 'PER', 'CHL'],
    ])
  })

  it('a visit by an unplaced leader to one side comes from the other side', () => {
    const out = doc(
      'In March 2023, President Ana Ruiz visited Lima. President Luis Soto made a reciprocal visit to Santiago in May 2023.',
    )
    assert.deepEqual(
      out.map((e) => [e.type, e.date?.value, ...pair(e)]),
      [
        ['VISIT', '2023-03', 'CHL', 'PER'],
        ['VISIT', '2023-05', 'PER', 'CHL'],
      ],
    )
  })
})

describe('extract: timelines in the historical present', () => {
  it('dates every act of an entry by its leading date and reads present-tense triggers', () => {
    const text = [
      'Timeline of Chile–Peru relations',
      '',
      '- May 1879: Chilean troops occupy the port of Callao.',
      '- 12 December 1929: Chile and Peru sign the Treaty of Lima.',
      '- 2014: The court awards the sea area to Peru; Chile rejects the ruling.',
    ].join('\n')
    const out = extract({ text, title: 'Timeline of Chile–Peru relations', publicationDate: null }).events
    assert.deepEqual(
      out.filter((e) => e.type !== 'OTHER').map((e) => [e.type, e.date?.value]),
      [
        ['COERCE', '1879-05'],
        ['AGREE', '1929-12-12'],
        ['REJECT', '2014'],
      ],
    )
  })
})

describe('extract: flags in everyday phrasing', () => {
  it('the month May is not a hedge; a denied act is not asserted; plans to hold talks are future', () => {
    const may = only('Chile will host talks with Peru in May.', { value: '2024-03-13', precision: 'day' })
    assert.deepEqual([may.flags.hedged, may.flags.future, may.date?.value], [false, true, '2024-05'])
    assert.deepEqual(
      events('Chile denied that it had attacked Peru.').map((e) => e.type),
      ['REJECT'],
    )
    const plan = only('Chile and Peru plan to hold talks next week.', { value: '2024-03-13', precision: 'day' })
    assert.deepEqual([plan.type, plan.flags.future], ['CONSULT', true])
  })

  it('Kosovo, which has no ISO 3166-1 code, is XKX; an act the text negates did not happen and gives no event', () => {
    const e = only('Chile recognized the independence of Kosovo in 2008.')
    assert.deepEqual([e.type, pair(e)], ['ESTABLISH_RELATIONS', ['CHL', 'XKX']])
    assert.deepEqual(events('Chile has not recognized the independence of Kosovo.'), [])
  })
})

describe('extract: talks named as the topic of a statement', () => {
  it('an agreement that is the topic of a discussion is not an agreement made', () => {
    assert.deepEqual(
      events('Kenyan officials met Ugandan officials in Nairobi to discuss earlier agreements on fishing rights.').map(
        (e) => [e.type, ...pair(e)],
      ),
      [['CONSULT', 'KEN', 'UGA']],
    )
    // A standing state is no act either.
    assert.deepEqual(events('Laos and Vietnam maintain regular contacts between their border guards.'), [])
  })

  it('"criticised … its debt negotiations with the IMF" is one accusation, not also talks', () => {
    assert.deepEqual(
      events("Brazil criticised Argentina's handling of its debt negotiations with the IMF.").map((e) => e.type),
      ['ACCUSE'],
    )
  })
})

describe('extract: dates that mark a lasting state or a time to come', () => {
  it('"since 2004" is when a state began: an act in the present perfect is not dated by it', () => {
    const e = only('Since 2004, Estonia and Finland have deepened their energy cooperation.')
    assert.deepEqual([e.type, e.date], ['SUPPORT', null])
    for (const x of events('Since 2004, Estonia and Finland have strengthened their ties.'))
      assert.notEqual(x.date?.value, '2004', `${x.type} dated by the start of a lasting state`)
    const cut = only(
      'Ghana and Togo have kept only consular relations since 1995, when Ghana broke off diplomatic relations with Togo.',
    )
    assert.deepEqual([cut.type, pair(cut), cut.date?.value], ['SANCTION', ['GHA', 'TGO'], '1995'])
  })

  it('a sentence telling a lasting state hands its dates to no next sentence', () => {
    const out = events(
      'Relations between Peru and Ecuador have been tense ever since the war in the early 20th century. Peru accused Ecuador of violating the border.',
      ANCHOR,
    )
    assert.ok(out.length > 0)
    for (const e of out) assert.notEqual(e.date?.value, '1900', `${e.type} took the century of a lasting state`)
  })

  it('a conditional act takes no date from the news day', () => {
    const text =
      'Lima, Monday\n\nChile and Peru held talks on Monday. The ministers said Chile and Peru would work together to urge Bolivia to return to talks.\n\nMore followed.\n\nAnd more.'
    const urge = events(text, ANCHOR).find((e) => e.type === 'REQUEST')
    assert.ok(urge)
    assert.equal(urge.date, null)
  })

  it('an act still to come takes no date from the sentence before', () => {
    const out = events(
      'Japan summoned the Chinese ambassador on Monday. Japanese Foreign Minister Yoko Kamikawa will be told the drilling will harm relations with China.',
      ANCHOR,
    )
    assert.equal(out.find((e) => e.type === 'ACCUSE')?.date?.value, '2024-03-11')
    const told = out.find((e) => e.type === 'STATEMENT')
    assert.ok(told)
    assert.equal(told.date, null)
  })
})

describe('extract: speech acts found through their speaker', () => {
  it('a threat quoted from a state happened when it was said, and is dated as its report', () => {
    const out = events(
      'Venezuelan troops crossed into Colombia on Tuesday. Colombia reserved "the right to respond to this illegal act," the Colombian foreign minister said.',
      ANCHOR,
    )
    const threat = out.find((e) => e.type === 'THREATEN')
    assert.ok(threat, JSON.stringify(out.map((e) => e.type)))
    assert.deepEqual([pair(threat), threat.date?.value], [['COL', 'VEN'], '2024-03-12'])
  })

  it('an accusation reported after it ("…, the ministry said on Tuesday") is the reporter\'s, not a bare statement', () => {
    const out = events(
      'The incursion by Venezuelan troops was a flagrant violation of international law, the Colombian foreign ministry said on Tuesday.',
      ANCHOR,
    )
    const accuse = out.find((e) => e.type === 'ACCUSE')
    assert.deepEqual(accuse && pair(accuse), ['COL', 'VEN'])
    assert.equal(
      out.find((e) => e.type === 'STATEMENT'),
      undefined,
    )
  })
})

describe('extract: general verbs and negation from the object', () => {
  it('"supports neither … nor …" is not support; a general verb needs its other party named', () => {
    assert.deepEqual(events('Peru supports neither the Chilean proposal nor the Bolivian one.'), [])
    assert.deepEqual(
      events('Qatar accused Chad of supporting the rebels.').map((e) => [e.type, ...pair(e)]),
      [['ACCUSE', 'QAT', 'TCD']],
    )
  })
})

describe('extract: hostile statements', () => {
  it("a hostile comment on another state's act is the speaker's accusation, beside that act", () => {
    const out = events(
      "Ghana's government said on Tuesday that Togo's move to close its embassy in Accra was regrettable.",
      ANCHOR,
    )
    assert.deepEqual(out.map((e) => [e.type, ...pair(e)]).sort(), [
      ['ACCUSE', 'GHA', 'TGO'],
      ['SANCTION', 'TGO', 'GHA'],
    ])
  })

  it("hostile words of a party already accusing in the sentence are not the speaker's", () => {
    const out = events(
      'Niger said its troops repelled a Malian patrol, with Mali accusing Niger of blatant aggression.',
      ANCHOR,
    )
    assert.equal(out.filter((e) => e.type === 'ACCUSE' && actorCode(e.source) === 'NER').length, 0)
    assert.ok(out.some((e) => e.type === 'ACCUSE' && actorCode(e.source) === 'MLI'))
  })
})

describe('extract: agreements named by a noun', () => {
  it('a mutual act told from both sides is one event, dated by the telling that has a date', () => {
    const out = events(
      "Peru's agreement with Chile, which the two presidents concluded in Lima last year, ended the dispute.",
      ANCHOR,
    )
    assert.deepEqual(
      out.map((e) => [e.type, e.date?.value]),
      [['AGREE', '2023']],
    )
  })

  it('a dated treaty is an agreement of its parties; a hyphenated pair names both', () => {
    const t = only("Bhutan's 2008 treaty with India still governs its trade.")
    assert.deepEqual([t.type, ...pair(t), t.date?.value], ['AGREE', 'BTN', 'IND', '2008'])
    const h = only('A Ghana-Togo pact on fishing rights was concluded in May 2016.')
    assert.deepEqual([h.type, ...pair(h), h.date?.value], ['AGREE', 'GHA', 'TGO', '2016-05'])
  })

  it('a deal only hoped for, refused, or spoken about by others is no agreement of theirs', () => {
    assert.deepEqual(events('Last year the chances of a deal between Kenya and Tanzania seemed slim.'), [])
    assert.deepEqual(events('Bhutan signed no new deal with India.'), [])
    assert.deepEqual(events('Chile hopes to sign a trade deal with Peru.'), [])
    assert.deepEqual(
      events("Peru's minister said she looks forward to reaching new accords with Chile.").map((e) => e.type),
      ['STATEMENT'],
    )
    // Describing an agreement is not making it: the agreement is Romania's, not Hungary's.
    assert.deepEqual(
      events("Hungary's opposition described Romania's agreement with Moldova as weak.").map((e) => [
        e.type,
        ...pair(e),
      ]),
      [['AGREE', 'ROU', 'MDA']],
    )
    assert.deepEqual(
      events('The Hungarian opposition described the agreement with Moldova as weak.').map((e) => actorCode(e.source)),
      [],
    )
  })
})

describe('extract: parties that are not targets', () => {
  it('a state doing the same act beside another is not its target; nor is the source of a report', () => {
    const out = events('Japan pledged $5 million, according to Manila, and Korea pledged $3 million.')
    assert.deepEqual(
      out.map((e) => [e.type, ...pair(e)]),
      [
        ['AID', 'JPN', null],
        ['AID', 'KOR', null],
      ],
    )
  })

  it('arriving for a state visit is the visit', () => {
    const e = only('The Malian president arrived in Dakar on Monday for a three-day state visit to Senegal.', ANCHOR)
    assert.deepEqual([e.type, ...pair(e), e.date?.value], ['VISIT', 'MLI', 'SEN', '2024-03-11'])
  })
  it('reads a text that ends on the preposition of an act without failing', () => {
    // "protested to" with nothing after it: the phrase after the preposition lies past the last token.
    const out = events('Kenya and Uganda met in March 2020. Kenya protested to')
    assert.ok(out.every((e) => e.source !== null))
  })
})

describe('extract: shapes found by fuzzing', () => {
  it('a sentence that ends on its preposition ("… an agreement with") has no object, and no TypeError', () => {
    assert.deepEqual(
      events('France signed an agreement with').map((e) => pair(e)),
      [],
    )
    assert.deepEqual(
      events('In 1993, Turkey closed its border with').map((e) => actorCode(e.source)),
      ['TUR'],
    )
  })

  it("an organisation's name is never a country code: its organs are unknown, and it gives no speaker a state", () => {
    assert.deepEqual(
      events('NATO accused the defence ministry of lying.').map((e) => [e.source, e.target]),
      [[{ org: 'NATO' }, { org: 'defence ministry' }]],
    )
    // The speaker's state is not told: the act has no source (it was coded as the state "NATO").
    assert.deepEqual(
      events('NATO said on Monday it condemned the attack. Foreign Minister Jan Kowalski praised Germany.'),
      [],
    )
  })
})
