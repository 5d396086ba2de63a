import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { detectLanguage } from './language.js'
import { hostOf } from './source-lexicon.js'
import { detectSourceName } from './source-name.js'
import { encyclopediaShape, governmentShape, newsProse, newsShape, thinkTankShape } from './source-shapes.js'
import { detectSourceType, type SourceSignals } from './source-type.js'

const PROSE = 'The two governments agreed on Tuesday to expand cooperation on water management and energy.'
const signals = (over: Partial<SourceSignals>): SourceSignals => ({
  url: null,
  text: PROSE,
  rawText: PROSE,
  title: null,
  ...over,
})
const typeOf = (over: Partial<SourceSignals>) => detectSourceType(signals(over)).type

describe('source type', () => {
  it('reads encyclopedia chrome and wiki hosts', () => {
    assert.deepEqual(
      typeOf({ rawText: `Atlantis–Lemuria relations\n\nFrom Wikipedia, the free encyclopedia\n\n${PROSE}` }),
      {
        value: 'encyclopedia',
        rule: 'metadata/source-type-wikipedia-chrome',
      },
    )
    assert.equal(typeOf({ url: 'https://en.wikipedia.org/wiki/Atlantis' }).value, 'encyclopedia')
    assert.equal(typeOf({ url: 'https://somesummary.wiki/wiki/Atlantis' }).value, 'encyclopedia')
  })
  it('reads government hosts, also through a web archive, and reprinted statements', () => {
    assert.equal(typeOf({ url: 'https://www.mfa.gov.example/en/news/1' }).value, 'government')
    assert.equal(typeOf({ url: 'https://www.state.gov/briefings/x' }).value, 'government')
    const archived = detectSourceType(
      signals({ url: 'http://web.archive.org/web/20090417062330/http:/www.auswaertiges-amt.de/en/Laender.html' }),
    )
    assert.equal(archived.type.value, 'government')
    assert.match(archived.subtype.value ?? '', /foreign ministry/)
    const reprint = detectSourceType(
      signals({ url: 'https://daily.example.com/politics/x', title: 'Atlantis and Lemuria issue Joint Statement' }),
    )
    assert.equal(reprint.type.value, 'government')
    assert.match(reprint.subtype.value ?? '', /reprinted by daily\.example\.com/)
  })
  it('reads think-tank publishers and policy-paper series', () => {
    assert.equal(typeOf({ url: 'https://www.brookings.edu/articles/x/' }).value, 'think-tank')
    assert.equal(
      typeOf({ rawText: `Title\n\nRegional Security and Policy Studies No. 12\n\n${PROSE}` }).value,
      'think-tank',
    )
  })
  it('reads news from datelines, wire credits and news widgets, and news sites stay news', () => {
    assert.equal(typeOf({ rawText: `OSLO – ${PROSE}` }).value, 'news')
    assert.equal(typeOf({ rawText: `${PROSE}\n\nSuggested Articles` }).value, 'news')
    assert.equal(
      typeOf({ url: 'https://www.reuters.com/world/x', rawText: `${PROSE} The ministry said in a statement.` }).value,
      'news',
    )
    assert.equal(
      typeOf({ url: 'https://www.bbc.co.uk/news/x', rawText: `${PROSE} According to Wikipedia, the river is long.` })
        .value,
      'news',
    )
  })
  it('reads page shapes when no list knows the host, each with its rule', () => {
    const shape = (over: Partial<SourceSignals>) => {
      const t = typeOf({ url: 'https://pages.example.net/x', ...over })
      return `${t.value} ${t.rule}`
    }
    assert.equal(
      shape({ rawText: `Peru–Chile relations\n\n${PROSE}[1] ${PROSE}[2] ${PROSE}[3]` }),
      'encyclopedia metadata/source-type-encyclopedia-shape',
    )
    assert.equal(
      shape({
        url: 'https://mirror.example.org/en/Peru–Chile_relations',
        rawText: `History\n\n${PROSE}\n\nReferences`,
      }),
      'encyclopedia metadata/source-type-encyclopedia-shape',
    )
    assert.equal(
      shape({ rawText: `This article needs additional citations for verification. (June 2020)\n${PROSE}` }),
      'encyclopedia metadata/source-type-encyclopedia-shape',
    )
    assert.equal(
      shape({ rawText: `Peru and Chile Reopen Border\n\nLIMA, June 12, 2019 – ${PROSE}` }),
      'news metadata/source-type-news-shape',
    )
    assert.equal(
      shape({ rawText: `Peru and Chile Reopen Border\n\nReuters\n\n${PROSE}` }),
      'news metadata/source-type-news-shape',
    )
    assert.equal(
      shape({ rawText: `PTI | New Delhi | Updated: Mar 5, 2023, 10:12 IST\n\n${PROSE}` }),
      'news metadata/source-type-news-shape',
    )
    assert.equal(
      shape({ rawText: `Policy Brief\nPeru’s Pacific Choice\n${PROSE}` }),
      'think-tank metadata/source-type-think-tank-shape',
    )
    assert.equal(
      shape({ rawText: `Peru’s Pacific Choice\n\n${PROSE} This paper examines Peru’s policy toward Chile.` }),
      'think-tank metadata/source-type-think-tank-shape',
    )
    assert.equal(
      shape({ rawText: `Press Release\n\nThe Minister of Foreign Affairs met his Chilean counterpart. ${PROSE}` }),
      'government metadata/source-type-statement',
    )
    assert.equal(
      shape({ url: 'https://www.president.go.example/2021/statement', rawText: PROSE }).split(' ')[0],
      'government',
    )
  })
  it('keeps a news story that quotes a joint statement as news', () => {
    const t = typeOf({
      url: 'https://daily.example.com/world/x',
      rawText: `Peru and Chile Reopen Border\n\nLIMA, June 12, 2019 (AFP) – Peru and Chile said in a joint statement on Monday that the border would reopen.`,
    })
    assert.equal(t.value, 'news')
    const headline = typeOf({
      url: 'https://daily.example.com/world/y',
      title: 'Peru and Chile issue joint statement on border',
      rawText: `Peru and Chile issue joint statement on border\n\nLIMA, June 12 (Reuters) – ${PROSE}`,
    })
    assert.deepEqual([headline.value, headline.rule], ['news', 'metadata/source-type-news-shape'])
  })
  it('runs the examples of every shape rule', () => {
    for (const rule of [encyclopediaShape, governmentShape, newsShape, newsProse, thinkTankShape])
      for (const ex of rule.examples)
        assert.equal(
          rule.test({ url: null, title: ex.title ?? null, rawText: ex.rawText }) !== null,
          ex.matches,
          `${rule.id}: ${ex.rawText}`,
        )
  })
  it('says other when nothing decides', () => {
    assert.deepEqual(typeOf({}), { value: 'other', rule: 'metadata/source-type-default' })
  })
})

describe('source name', () => {
  it('names known hosts, Wikipedia by its chrome, and unknown hosts by the host', () => {
    assert.equal(detectSourceName(signals({ url: 'https://www.trtworld.com:443/article/1' })).value, 'TRT World')
    assert.equal(detectSourceName(signals({ rawText: 'From Wikipedia, the free encyclopedia' })).value, 'Wikipedia')
    assert.equal(detectSourceName(signals({ url: 'https://news.example.net/a' })).value, 'news.example.net')
    assert.equal(detectSourceName(signals({})).value, null)
    assert.equal(hostOf('not a url'), null)
  })
})

describe('language', () => {
  const cases: [string, string][] = [
    ['en', 'The ministers of both countries met in the capital on Monday and agreed to strengthen their trade ties.'],
    [
      'fr',
      'Les ministres des deux pays se sont rencontrés lundi dans la capitale et ont convenu de renforcer leurs liens.',
    ],
    [
      'de',
      'Die Minister beider Länder trafen sich am Montag in der Hauptstadt und vereinbarten, ihre Beziehungen zu stärken.',
    ],
    [
      'es',
      'Los ministros de ambos países se reunieron el lunes en la capital y acordaron fortalecer sus relaciones comerciales.',
    ],
    [
      'ru',
      'Министры обеих стран встретились в понедельник в столице и договорились укрепить торговые связи между странами.',
    ],
  ]
  for (const [code, text] of cases) it(`detects ${code}`, () => assert.equal(detectLanguage(text).value, code))
  it('stays English with foreign names inside', () => {
    assert.equal(
      detectLanguage(`${PROSE} Nguyễn Tấn Dũng met Kassym-Jomart Tokayev and Recep Tayyip Erdoğan in Astana.`).value,
      'en',
    )
  })
  it('is undetermined for too little text', () => assert.equal(detectLanguage('Ok').value, 'und'))
})
