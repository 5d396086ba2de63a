import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { clean } from './index.js'
import { isAside, isGood, isHeadingLike, isNearGood, lineShape, menuCells } from './shape.js'

/** Cleans a composed page and returns, per removed line, the rule that removed it; spans must give the line back. */
function removedBy(page: string): Record<string, string> {
  const out = clean(page)
  const by: Record<string, string> = {}
  for (const r of out.removals) {
    assert.equal(page.slice(r.span.start, r.span.end), r.text)
    by[r.text.trim()] = r.rule
  }
  return by
}

function keptLines(page: string): string[] {
  return clean(page)
    .text.split('\n')
    .filter((l) => l.trim() !== '')
}

describe('line shape', () => {
  it('measures stop words, capitals and list markers', () => {
    const s = lineShape('The talks in Lima resumed on Monday.')
    assert.equal(s.words, 7)
    assert.equal(s.stopShare, 3 / 7)
    assert.equal(s.capShare, 3 / 7)
    assert.equal(lineShape('MOST READ').upperShare, 1)
    assert.equal(lineShape('• trade and transit;').listItem, true)
    assert.equal(lineShape('Trade and transit').listItem, false)
  })

  it('tells text from headings, labels and menus', () => {
    const sentence = 'Kenya has already awarded three oil blocks in the disputed area to an Italian company.'
    assert.ok(isGood(sentence))
    assert.ok(
      !isGood(
        'JOINT COMMUNIQUE ISSUED BY THE PRESIDENTS OF GHANA AND TOGO ON THE OCCASION OF THE STATE VISIT TO TOGO FROM 1 TO 3 MARCH 2021 IN LOME',
      ),
    )
    assert.ok(isNearGood('The two ministers will meet again in Santiago to sign the'))
    assert.ok(!isNearGood('On March 3, 2021 In Press Releases and Statements'))
    assert.ok(isHeadingLike('LOMÉ, TOGO') && isHeadingLike('NAIROBI') && isHeadingLike('2. Security Implications'))
    assert.ok(!isHeadingLike('Download:') && !isHeadingLike('Reuters') && !isHeadingLike('Home | World'))
    assert.equal(menuCells('Home | World | Africa'), 3)
    assert.equal(menuCells('Chile | Peru |'), 2)
    assert.equal(menuCells('Tags: Chile, Peru, Fisheries'), 3)
    assert.equal(menuCells('Trade: $4.5 billion | Exports: $2.1 billion'), 0)
    assert.equal(menuCells('Peru and Chile / the talks resumed'), 0)
    assert.ok(isAside('(Reporting by Ana Ruiz; Editing by Tom Hale)') && isAside('• (*A provisional translation.)'))
    assert.ok(!isAside('(AFP) Peru recalled its ambassador.'))
  })
})

describe('page furniture by its shape, on composed pages', () => {
  it('a news site: menus, section tabs and a most-read list go; headline, dateline and text stay', () => {
    const page = [
      'Home | World | Business | Sport | Opinion',
      'World',
      'Africa',
      'Ethiopia and Sudan agree to reopen border crossings',
      'ADDIS ABABA',
      'Ethiopia and Sudan agreed on Thursday to reopen two border crossings closed since the fighting of 2020, the foreign ministries of both countries said.',
      'The decision follows talks in Khartoum between the two foreign ministers, who also agreed to set up a joint committee on trade.',
      'Most Read',
      'Cricket',
      'Weather',
    ].join('\n')
    const by = removedBy(page)
    assert.equal(by['Home | World | Business | Sport | Opinion'], 'clean/menu-run')
    assert.equal(by.World, 'clean/edge-furniture')
    assert.equal(by.Africa, 'clean/edge-furniture')
    // Below the text, from the first line that does not continue it ("most" is a stop word, so no bare run here).
    for (const l of ['Most Read', 'Cricket', 'Weather']) assert.equal(by[l], 'clean/edge-furniture')
    assert.deepEqual(keptLines(page), page.split('\n').slice(3, 7))
  })

  it('tags, share and comment widgets after the article go', () => {
    const page = [
      'Chile and Peru sign a fisheries accord',
      'The foreign ministers of Chile and Peru signed an accord on fishing rights in the Pacific on Tuesday, ending a dispute of six years.',
      'Under the accord, boats from both countries may fish within an agreed zone.',
      'Filed under: Americas; Diplomacy',
      'Topics: Chile, Peru, Fisheries',
      'Share this article:',
      'Comments',
      'Be the first to comment',
    ].join('\n')
    const by = removedBy(page)
    assert.equal(by['Filed under: Americas; Diplomacy'], 'clean/menu-run')
    assert.equal(by['Topics: Chile, Peru, Fisheries'], 'clean/menu-run')
    assert.equal(by['Be the first to comment'], 'clean/edge-furniture')
    assert.deepEqual(keptLines(page), page.split('\n').slice(0, 3))
  })

  it('a related-articles list under the text goes, even with headlines that read like sentences', () => {
    const text = [
      'Bolivia and Chile resume talks',
      'Bolivia and Chile resumed talks on Bolivian access to the sea on Monday, the first in five years, officials in La Paz said.',
    ]
    const page = [
      ...text,
      'Related',
      'Peru recalls its ambassador from Mexico',
      'Bolivia seeks sea access at The Hague court again and again',
    ].join('\n')
    const by = removedBy(page)
    assert.equal(by['Bolivia seeks sea access at The Hague court again and again'], 'clean/edge-furniture')
    assert.deepEqual(keptLines(page), text)
  })

  it('a photo caption with a photographer and agency credit goes', () => {
    const caption =
      "Kenya's President and Somalia's President meet in Nairobi, Kenya, May 2, 2023. Jane Doe/Pool via REUTERS"
    const page = [
      'Kenya recalls its envoy to Somalia',
      caption,
      'Kenya recalled its ambassador to Somalia on Saturday over a maritime border dispute, the foreign ministry said.',
    ].join('\n')
    assert.equal(removedBy(page)[caption], 'clean/caption-credit')
    assert.deepEqual(keptLines(page), [page.split('\n')[0], page.split('\n')[2]])
  })

  it("a wiki mirror's chrome and flattened infobox go; its headings stay", () => {
    const page = [
      'Languages',
      'Bolivia–Peru relations',
      'Bolivia | Peru |',
      '---|',
      'Bolivia–Peru relations are the foreign relations between the Plurinational State of Bolivia and the Republic of Peru.',
      'History',
      'The two states formed a confederation in 1836, which Chile fought and defeated in 1839.',
      'Bolivian–Peruvian relations',
      'Bolivia',
      'Peru',
      'Both countries are members of the Andean Community, which they founded with others in 1969.',
    ].join('\n')
    const by = removedBy(page)
    assert.equal(by.Languages, 'clean/edge-furniture')
    for (const l of ['Bolivia | Peru |', '---|', 'Bolivian–Peruvian relations', 'Bolivia', 'Peru'])
      assert.equal(by[l], 'clean/menu-run')
    assert.deepEqual(
      keptLines(page),
      [1, 4, 5, 6, 10].map((i) => page.split('\n')[i]),
    )
  })

  it('a summary list above the text stays; a list of tabs goes', () => {
    const page = [
      '• Home',
      '• World',
      'Ghana and Togo reopen their border',
      '- Ghana and Togo reopened the Aflao crossing on Monday',
      '- Traders welcomed the move',
      'Ghana and Togo reopened their main border crossing on Monday after two years, officials of both governments said.',
    ].join('\n')
    assert.deepEqual(keptLines(page), page.split('\n').slice(2))
  })

  it('the title stays even when the infobox labels under it are longer', () => {
    const page = [
      'Chad–Niger relations',
      'Chad',
      'Niger',
      'Diplomatic mission',
      'Chadian Embassy, Niamey Nigerien Embassy',
      'Chad–Niger relations are the bilateral relations between Chad and Niger, two states of the Sahel.',
    ].join('\n')
    const kept = keptLines(page)
    assert.equal(kept[0], 'Chad–Niger relations')
    assert.ok(!kept.includes('Niger') && !kept.includes('Diplomatic mission'))
  })

  it('a communiqué keeps its title, dateline, headings, short quote, announced list; its translation note goes', () => {
    const body = [
      'JOINT COMMUNIQUE ON THE STATE VISIT OF THE PRESIDENT OF GHANA TO TOGO',
      'LOMÉ',
      'JOINT COMMUNIQUÉ',
      '1. At the invitation of his counterpart, the President of Ghana paid a state visit to Togo from 1 to 3 March 2021.',
      '"We are one people."',
      '2. The two Heads of State agreed to work together in the following areas:',
      '• trade and transit;',
      '• security along the border.',
    ]
    const note = '(*This is a provisional translation of the original in French.)'
    const page = [body[0], 'On March 3, 2021 In Press Releases and Statements', ...body.slice(1), note].join('\n')
    const by = removedBy(page)
    assert.equal(by['On March 3, 2021 In Press Releases and Statements'], 'clean/edge-furniture')
    assert.equal(by[note], 'clean/edge-furniture')
    assert.deepEqual(keptLines(page), body)
  })
})
