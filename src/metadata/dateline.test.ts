import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { clean } from '../clean/index.js'
import { extractDocument } from '../pipeline/extract.js'
import { metadataContext } from './context.js'
import { datelineRules, readDateline } from './dateline.js'
import { readPublicationDate } from './publication-date.js'

const ctx = (rawText: string, sourceUrl: string | null = null) =>
  metadataContext({ rawText, clean: clean(rawText), sourceUrl })

describe('dateline rules', () => {
  for (const rule of datelineRules)
    for (const ex of rule.examples)
      it(`${rule.id}: ${ex.text}`, () => {
        const d = rule.read(ex.text)
        if (ex.expect === null) return assert.equal(d, null)
        assert.ok(d, 'expected a dateline')
        if (ex.expect.date) assert.equal(d.date?.value, ex.expect.date)
        if (ex.expect.monthDay) assert.equal(d.monthDay, ex.expect.monthDay)
        if (ex.expect.agency) assert.equal(d.agency, ex.expect.agency)
        assert.equal(d.rule, rule.id)
      })
  it('reads the forms a new user met', () => {
    assert.equal(readDateline('Islamabad, July 25, 2023')?.date?.value, '2023-07-25')
    assert.equal(readDateline('NAIROBI, Kenya, August 3, 2021 – Kenya said …')?.date?.value, '2021-08-03')
    assert.equal(readDateline('DHAKA, Jan 9th (UNB) – Bangladesh …')?.monthDay, '01-09')
  })
})

const BODY =
  'Pakistan and China signed an agreement on Monday to expand a power plant in Sindh, the planning ministry said in a statement.'

describe('publication date from datelines', () => {
  it('reads a dateline that opens the first paragraph, and a dateline line', () => {
    const d = readPublicationDate(ctx(`Pakistan and China Expand Power Plant\n\nISLAMABAD, July 25, 2023 – ${BODY}`))
    assert.deepEqual(d.value, { value: '2023-07-25', precision: 'day' })
    assert.equal(d.rule, 'metadata/dateline-place-date')
    assert.equal(d.evidence, 'ISLAMABAD, July 25, 2023')
    const line = readPublicationDate(
      ctx(`Pakistan and China Expand Power Plant\n\nIslamabad, July 25, 2023\n\n${BODY}`),
    )
    assert.equal(line.value?.value, '2023-07-25')
  })
  it('reads a byline of cells with an "Updated:" date', () => {
    const d = readPublicationDate(
      ctx(`India and Nepal Open a Bridge\n\nPTI | New Delhi | Updated: Mar 5, 2023, 10:12 IST\n\n${BODY}`),
    )
    assert.equal(d.value?.value, '2023-03-05')
    assert.equal(d.rule, 'metadata/dateline-byline-cells')
  })
  it('gives a year-less dateline the year of the URL or stamp, never a day after it', () => {
    const raw = `Egypt and Sudan Talk Water\n\nCAIRO, March 5th (Reuters) – ${BODY}`
    assert.equal(
      readPublicationDate(ctx(raw, 'https://news.example.com/2022/03/06/egypt-sudan')).value?.value,
      '2022-03-05',
    )
    assert.equal(readPublicationDate(ctx(` date 2022-01-10 ${raw}`)).value?.value, '2021-03-05')
    assert.equal(readPublicationDate(ctx(raw)).value, null)
  })
  it('takes no sentence date for a dateline', () => {
    assert.equal(
      readPublicationDate(
        ctx(
          `Talks Resume\n\nThe talks ended in Lima, 12 June 2019 – and resumed later in the year after a long pause.`,
        ),
      ).value,
      null,
    )
  })
  it('anchors relative dates: "ISLAMABAD, July 25, 2023 – … on Monday" is the Monday before', () => {
    const raw = `Pakistan and China Expand Power Plant\n\nISLAMABAD, July 25, 2023 – ${BODY}`
    const x = extractDocument({ origin: 'dateline.txt', mediaType: 'text/plain', bytes: Buffer.from(raw, 'utf8') })
    assert.equal(x.prepared.metadata.publicationDate.value?.value, '2023-07-25')
    const monday = x.mentions.find((m) => m.kind === 'time' && m.text === 'on Monday')
    assert.equal(monday?.kind === 'time' ? monday.date.value : null, '2023-07-24')
  })
})
