import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { clean } from '../clean/index.js'
import { bylineNames, readAuthors } from './authors.js'
import { metadataContext } from './context.js'
import { readPublicationDate } from './publication-date.js'
import { isHeadline, readTitle } from './title.js'

const ctx = (rawText: string, sourceUrl: string | null = null) =>
  metadataContext({ rawText, clean: clean(rawText), sourceUrl })
const PARA =
  'The foreign ministers of Atlantis and Lemuria met on Tuesday in Geneva to discuss a new agreement on trade.'

describe('title', () => {
  it('takes the first line of the article when it reads as a headline', () => {
    assert.deepEqual(
      readTitle(ctx(`Search\n\nAtlantis and Lemuria Sign a Water Accord\n\n${PARA}`)).value,
      'Atlantis and Lemuria Sign a Water Accord',
    )
  })
  it('has no title when the text starts with prose or a generic section heading', () => {
    assert.equal(readTitle(ctx(PARA)).value, null)
    assert.equal(readTitle(ctx(`Political relations\n\n${PARA}`)).value, null)
    assert.equal(isHeadline('Atlantis–Lemuria relations'), true)
    assert.equal(isHeadline('Economic cooperation'), false)
  })
})

describe('title is never furniture', () => {
  it('skips "Left Menu", "Skip to content" and section labels to the headline', () => {
    for (const furniture of [
      'Left Menu',
      'Skip to content',
      'Main Navigation',
      'Home | News | World',
      'Home > World > Asia',
      'Latest News',
      'Islamabad, July 25, 2023',
    ])
      assert.equal(isHeadline(furniture), false, furniture)
    const t = readTitle(ctx(`Left Menu\n\nAtlantis and Lemuria Sign a Water Accord\n\n${PARA}`))
    assert.equal(t.value, 'Atlantis and Lemuria Sign a Water Accord')
    assert.equal(t.rule, 'metadata/title-header-line')
    assert.equal(readTitle(ctx(`Skip to content\n\nLeft Menu\n\n${PARA}`)).value, null)
    assert.equal(
      readTitle(
        ctx(`Left Menu\nHome > World > Asia\nIslamabad, July 25, 2023\nPakistan and China Sign a Port Deal\n${PARA}`),
      ).value,
      'Pakistan and China Sign a Port Deal',
    )
  })
  it('never takes a declared furniture title', () => {
    const c = metadataContext({ rawText: PARA, clean: clean(PARA), sourceUrl: null, declared: { title: 'Left Menu' } })
    assert.equal(readTitle(c).value, null)
  })
  it('skips a series label and a table row, and takes an official title in capitals', () => {
    assert.equal(readTitle(ctx(`Volume 12\nAtlantis Between Two Giants\n${PARA}`)).value, 'Atlantis Between Two Giants')
    assert.equal(readTitle(ctx(`Atlantis | Lemuria |\n${PARA}`)).value, null)
    const official =
      'JOINT STATEMENT ISSUED BY THE PRESIDENT OF THE REPUBLIC OF ATLANTIS AND THE PRESIDENT OF THE REPUBLIC OF LEMURIA ON THE OCCASION OF THE OFFICIAL VISIT OF THE PRESIDENT OF LEMURIA TO ATLANTIS FROM 3RD TO 5TH JUNE 2021'
    assert.equal(readTitle(ctx(`${official}\n\n${PARA}`)).value, official)
  })
})

describe('authors', () => {
  it('reads names from a byline and none from an empty one', () => {
    assert.deepEqual(bylineNames('By Jane Roe and John Doe | May 1, 2014'), ['Jane Roe', 'John Doe'])
    assert.deepEqual(bylineNames('By and May 1, 2014'), [])
    const empty = readAuthors(ctx(`A Headline About Atlantis\n\nBy and May 1, 2014\n\n${PARA}`))
    assert.deepEqual(empty.value, [])
    assert.equal(empty.rule, 'metadata/authors-empty-byline')
  })
  it('reads the author from an author box at the end', () => {
    const a = readAuthors(
      ctx(`${PARA}\n\nJane Roe\n\nJane Roe is a journalist based in Atlantis City.\n\nView more articles fromJane Roe`),
    )
    assert.deepEqual(a.value, ['Jane Roe'])
    assert.equal(a.rule, 'metadata/authors-author-box')
  })
  it('reads a name line followed by a role line', () => {
    assert.deepEqual(readAuthors(ctx(`Jane Roe\nReporter - Atlantis Agency\n${PARA}`)).value, ['Jane Roe'])
  })
})

describe('publication date', () => {
  it('prefers the header date line nearest the headline over a site header date', () => {
    const d = readPublicationDate(ctx(`01 March 2026\n12 February 2026\n\nA Headline About Atlantis\n\n${PARA}`))
    assert.equal(d.value?.value, '2026-02-12')
    assert.equal(d.rule, 'metadata/date-line-near-title')
  })
  it('reads the byline date, then a "Last updated" line', () => {
    assert.equal(
      readPublicationDate(ctx(`A Headline About Atlantis\n\nBy and May 1, 2014\n\n${PARA}`)).value?.value,
      '2014-05-01',
    )
    const u = readPublicationDate(ctx(`Skip to content\n\nLast updated in January 2009\n\n${PARA}`))
    assert.deepEqual(u.value, { value: '2009-01', precision: 'month' })
  })
  it('falls back to the URL, never to a web archive capture, then to the storage stamp', () => {
    assert.equal(
      readPublicationDate(ctx(PARA, 'https://example.org/news/2006-03-24/some-story')).value?.value,
      '2006-03-24',
    )
    assert.equal(
      readPublicationDate(ctx(PARA, 'http://example.org/archives/2019/02/18/2003709949')).value?.value,
      '2019-02-18',
    )
    assert.equal(
      readPublicationDate(ctx(PARA, 'https://example.com/articles/165336/20240406/some-story.htm')).value?.value,
      '2024-04-06',
    )
    assert.equal(
      readPublicationDate(ctx(PARA, 'https://example.com/world/2022/feb/14/some-story-2419251.html')).value?.value,
      '2022-02-14',
    )
    assert.equal(readPublicationDate(ctx(PARA, 'https://example.com/story/20151234/x')).value, null)
    assert.equal(
      readPublicationDate(ctx(PARA, 'http://web.archive.org/web/20090417062330/http:/www.example.de/page.html')).value,
      null,
    )
    const s = readPublicationDate(ctx(` date 2021-08-24 ${PARA}`, 'https://example.org/article/12761910'))
    assert.equal(s.value?.value, '2021-08-24')
    assert.equal(s.rule, 'metadata/date-storage-stamp')
  })
  it('never takes a date from a reference list or a sentence', () => {
    const text = `Atlantis–Lemuria relations\n\nFrom Wikipedia, the free encyclopedia\n\nBoth countries established relations on April 10, 1992, and opened embassies soon after that in their capitals.\n\nReferences\n  1. ^ "Title". Retrieved October 27, 2015.`
    assert.equal(readPublicationDate(ctx(text)).value, null)
  })
})
