import { z } from 'zod'
import type { RuleId, SourceType } from '../core/types.js'
import { loadLexicon } from '../text/lexicon.js'
import { readDateline } from './dateline.js'
import type { SourceSignals } from './source-type.js'

/**
 * A page shape that tells what kind of publication a document is, read from its text alone (no domain): the rule
 * that decided, its examples, and the words that showed it.
 */
export interface ShapeRule {
  readonly id: RuleId
  readonly type: SourceType
  readonly subtype: string | null
  readonly examples: readonly { readonly rawText: string; readonly title?: string; readonly matches: boolean }[]
  /** The evidence of the shape, or null when the page does not have it. */
  test(s: Pick<SourceSignals, 'rawText' | 'title' | 'url'>): string | null
}

const Agencies = z.object({ note: z.string(), names: z.array(z.string()) })
const Capitals = z.looseObject({ countries: z.array(z.looseObject({ capitals: z.array(z.string()) })) })
const Cities = z.looseObject({ cities: z.array(z.looseObject({ name: z.string() })) })
let placeNames: Set<string> | undefined
/** A capital or a large city of the gazetteer: the places datelines name. */
function isKnownPlace(name: string): boolean {
  placeNames ??= new Set(
    [
      ...loadLexicon('actors/countries.json', Capitals).countries.flatMap((c) => c.capitals),
      ...loadLexicon('actors/cities.json', Cities).cities.map((c) => c.name),
    ].map((n) => n.toLowerCase()),
  )
  return placeNames.has(name.trim().toLowerCase())
}
let agencyNames: Set<string> | undefined
function isAgency(name: string): boolean {
  agencyNames ??= new Set(loadLexicon('sources/news-agencies.json', Agencies).names.map((n) => n.toLowerCase()))
  return agencyNames.has(name.trim().toLowerCase())
}

/** The first lines of a page (its header and first paragraph), trimmed, without blank lines or a storage stamp. */
function headLines(raw: string, n = 20): string[] {
  return raw
    .replace(/^\s*date \d{4}-\d{2}-\d{2}\s*/u, '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, n)
}

const RELATIONS_TITLE =
  /^(?:[\p{Lu}][\p{L}.' ]{1,40}[–—-][\p{Lu}][\p{L}.' ]{1,40} relations|foreign relations of [\p{Lu}].*)$/u
const EDIT_MARKER = /\[edit\]|\S Edit$/mu
const WIKI_CHROME_LINE =
  /^(?:wikipedia|from wikipedia.*|this article (?:needs additional citations|has multiple issues|relies|is about).*|\(redirected from .*\)|main article: .*)$/imu
const CITATION = /\[\d{1,3}\]/gu
// "[4][5][6]": citations stacked three deep are a wiki's habit; papers number one footnote at a time.
const STACKED_CITATIONS = /(?:\[\d{1,3}\]){3,}/u
const WIKI_SECTIONS = /^(?:history|see also|references|external links|further reading|notes|bibliography)$/imu

/** The last segment of a URL's path as words ("/en/Peru–Chile_relations" → "Peru–Chile relations"). */
function urlSlug(url: string | null | undefined): string {
  const last =
    (url ?? '')
      .replace(/[?#].*$/u, '')
      .split('/')
      .filter(Boolean)
      .pop() ?? ''
  try {
    return decodeURIComponent(last)
      .replace(/_/gu, ' ')
      .replace(/\.html?$/u, '')
  } catch {
    return last
  }
}

/**
 * An encyclopedia article. Edit markers on headings, wiki chrome or maintenance banners and citations stacked three
 * deep are wiki habits and decide alone; otherwise two of: an "X–Y relations" title (on the page or in the URL), three or more citation
 * markers, and an encyclopedia's closing sections.
 */
export const encyclopediaShape: ShapeRule = {
  id: 'metadata/source-type-encyclopedia-shape',
  type: 'encyclopedia',
  subtype: null,
  examples: [
    {
      rawText:
        'Peru–Chile relations\n\nRelations between Peru and Chile date from 1822.[1] Both signed a treaty.[2] They meet yearly.[3]',
      matches: true,
    },
    {
      rawText:
        'This article needs additional citations for verification. (June 2020)\nNorway and Sweden share a border.[1][2][3]',
      matches: true,
    },
    { rawText: 'History[edit]\n\nThe two kingdoms fought in 1700.', matches: true },
    { rawText: 'The riots spread to three provinces.[4][5][6] Factories closed.', matches: true },
    { rawText: 'The brief argues for restraint.[1] Both sides disagree.[2] Talks stalled.[3]', matches: false },
    {
      rawText: 'Canada and Mexico sign a deal\n\nOTTAWA – Canada and Mexico signed a trade deal on Monday.[1]',
      matches: false,
    },
    { rawText: 'Peru–Chile relations\n\nA think tank looks at the two neighbours.', matches: false },
  ],
  test(s) {
    const template =
      EDIT_MARKER.exec(s.rawText)?.[0] ??
      WIKI_CHROME_LINE.exec(s.rawText)?.[0] ??
      STACKED_CITATIONS.exec(s.rawText)?.[0]
    if (template) return template
    const head = headLines(s.rawText, 8)
    const signals = [
      [s.title ?? '', ...head, urlSlug(s.url)].find((l) => RELATIONS_TITLE.test(l)),
      (s.rawText.match(CITATION)?.length ?? 0) >= 3 ? 'citation markers' : undefined,
      WIKI_SECTIONS.exec(s.rawText)?.[0],
    ].filter((x): x is string => Boolean(x))
    return signals.length >= 2 ? signals.join(' + ') : null
  },
}

const GOV_HEADING =
  /^(?:press release|press statement|news release|joint (?:leaders[’']? )?statement|joint declaration|joint communiqu[ée]|communiqu[ée]|readout|statement by the (?:spokesperson|ministry|president|prime minister).*|spokesperson'?s? (?:remarks|statement|office)|ministry of (?:foreign|external) affairs.*|office of the (?:president|prime minister).*|(?:embassy|consulate(?: general)?|permanent mission|high commission) of .{3,60})$/iu
const GOV_TITLE =
  /\b(?:joint (?:leaders[’']? )?statement|joint declaration|joint communiqu[ée]|press release|readout of|(?:foreign|prime) ministers?[’']? (?:telephone )?(?:talk|meeting|call)s?|remarks by (?:the )?(?:president|prime minister|secretary|foreign minister|minister)|statement by (?:the )?(?:spokesperson|ministry|president|prime minister|foreign minister|minister))\b/iu
const FULL_TEXT = /\b(?:the following is the )?full text of the (?:joint )?(?:statement|declaration|communiqu[ée])\b/iu

/**
 * An official text: a genre label alone on a header line ("Press Release", "JOINT COMMUNIQUÉ", "Readout"), a page
 * reprinting "the full text of the statement", or a title naming a statement on a page with no newsroom dateline. A
 * news story that only quotes a statement ("said in a joint statement") has none of these.
 */
export const governmentShape: ShapeRule = {
  id: 'metadata/source-type-statement',
  type: 'government',
  subtype: 'government statement',
  examples: [
    { rawText: 'Press Release\n\nThe Minister of Foreign Affairs met his Peruvian counterpart.', matches: true },
    { rawText: 'x', title: 'Chile and Peru Issue Joint Declaration on Water', matches: true },
    { rawText: 'The following is the full text of the statement.', matches: true },
    { rawText: 'x', title: 'Remarks by President Roe and President Doe Before Their Meeting', matches: true },
    { rawText: 'Embassy of Peru in Chile\n\nThe ambassador met students in Santiago.', matches: true },
    { rawText: 'Chile and Peru said in a joint statement on Monday that talks would resume.', matches: false },
    {
      rawText: 'LIMA, June 12 (Reuters) – Chile and Peru said in a joint statement on Monday that talks would resume.',
      title: 'Chile and Peru issue joint statement on border talks',
      matches: false,
    },
  ],
  test(s) {
    const official =
      headLines(s.rawText, 12).find((l) => GOV_HEADING.test(l)) ?? FULL_TEXT.exec(s.rawText.slice(0, 3000))?.[0]
    if (official) return official
    // A headline that names a statement heads a wire story about it as well: the story's dateline keeps it news.
    const title = GOV_TITLE.exec(s.title ?? '')?.[0]
    return title && newsShape.test(s) === null ? title : null
  },
}

const AGENCY_CREDIT = /^(?:by )?([\p{L} -]{2,30}?)(?:\s*[,/|]\s*[\p{L} ]{2,30})?$/u
const BRACKETED_AGENCY = /\(([\p{L} -]{2,30})\)\s*[–—-]/u
// "BRASILIA – Brazil and …", "NEW DELHI: India on …", "Lima (EFE) – …": a known place opening a paragraph.
const PLACE_OPENING =
  /^(?<place>\p{Lu}[\p{L}.' -]{1,30}?)(?:,\s*\p{Lu}[\p{L}.' ]{1,25}?)?\s*(?:\([^()]{2,30}\))?\s*(?:[–—]|--?|:)\s+\S/u
// "Reporter - Some Agency", "Staff Correspondent": a newsroom's byline role on its own line.
const REPORTER_LINE =
  /^(?:(?:senior|chief|staff|special|foreign|political|diplomatic) )?(?:reporter|correspondent|staff writer|news desk|bureau chief)(?:\s*[-–—|,]\s*.{2,40})?$/iu

/**
 * A news story: a dateline ("CAIRO, March 5 (Reuters) –", "OSLO, May 4, 2022 –"), a byline of cells ("PTI | New
 * Delhi | Updated: …"), or a wire agency's name alone on a header line ("Reuters", "AFP, Nairobi").
 */
export const newsShape: ShapeRule = {
  id: 'metadata/source-type-news-shape',
  type: 'news',
  subtype: null,
  examples: [
    { rawText: 'Peru recalls envoy\n\nLIMA, June 12, 2019 – Peru recalled its ambassador on Tuesday.', matches: true },
    { rawText: 'Peru recalls envoy\n\nLIMA, June 12th (EFE) - Peru recalled its ambassador.', matches: true },
    { rawText: 'Peru recalls envoy\n\nReuters\n\nPeru recalled its ambassador on Tuesday.', matches: true },
    { rawText: 'PTI | New Delhi | Updated: Mar 5, 2023, 10:12 IST\n\nIndia said on Sunday …', matches: true },
    {
      rawText: 'Tokyo, April 2, 2012\n\nThe Foreign Minister held talks with his Peruvian counterpart.',
      matches: false,
    },
    { rawText: 'Peru–Chile relations\n\nIn 1879, Chile and Peru went to war.', matches: false },
  ],
  test(s) {
    for (const line of headLines(s.rawText, 16)) {
      const d = readDateline(line)
      // A place and date alone on a line heads official pages too; a dateline that opens the text, names an
      // agency or sits in a byline is a newsroom's.
      if (d && (d.rule === 'metadata/dateline-byline-cells' || d.agency || line.length > d.text.length + 3))
        return d.text
      const agency = AGENCY_CREDIT.exec(line)?.[1]
      if (agency && isAgency(agency)) return line
      const bracketed = BRACKETED_AGENCY.exec(line)?.[1]
      if (bracketed && isAgency(bracketed)) return bracketed
      if (REPORTER_LINE.test(line)) return line
      const opening = PLACE_OPENING.exec(line)
      if (opening && line.split(/\s+/u).length >= 8 && isKnownPlace(opening.groups?.place ?? '')) return opening[0]
    }
    return null
  },
}

const WEEKDAY_NEWS = /\bon (?:mon|tues|wednes|thurs|fri|satur|sun)day\b/iu
const REPORTING = /\b(?:said|told (?:reporters|journalists|a news conference|local press)|announced|according to)\b/iu

/**
 * News prose: an act told as "on Tuesday" beside a reporting verb ("said", "announced", "told reporters"). News dates
 * by the weekday because its reader knows the week; encyclopedias and papers write the date.
 */
export const newsProse: ShapeRule = {
  id: 'metadata/source-type-news-prose',
  type: 'news',
  subtype: null,
  examples: [
    { rawText: 'Peru recalled its ambassador from Chile on Tuesday, the foreign ministry said.', matches: true },
    { rawText: 'Peru recalled its ambassador from Chile on 4 May 2021, the foreign ministry said.', matches: false },
    { rawText: 'The treaty was signed on Tuesday, 5 April 1904.', matches: false },
  ],
  test(s) {
    const weekday = WEEKDAY_NEWS.exec(s.rawText)
    return weekday && REPORTING.test(s.rawText) ? weekday[0] : null
  },
}

const SELF_REFERENCE =
  /\bthis (?:article|paper|brief|policy brief|commentary|report|analysis|essay|study|chapter) (?:will |would |seeks to |aims to |attempts to )?(?:briefly )?(?:analy[sz]es?|examines?|explores?|discuss(?:es)?|assess(?:es)?|argues?|considers?|reviews?|investigates?)\b/iu
const ANALYSIS_LABEL =
  /^(?:policy brief|issue brief|brief|commentary|analysis|expert comment|research paper|working paper|occasional paper|backgrounder|perspectives?|insights?|policy paper|special report|pdf link:?|download (?:the )?(?:pdf|full (?:report|paper|brief))|vol(?:ume|\.)? \d+(?:,? (?:no\.?|issue) \d+)?|issue (?:no\. ?)?\d+)$/iu
const REPORT_SECTION =
  /^(?:executive summary|key (?:takeaways|findings|judgments)|policy recommendations|recommendations for (?:policymakers|policy makers)|about the authors?)$/imu
const AUTHOR_BIO =
  /\b(?:is|was) (?:a|an) (?:(?:senior|non-?resident|visiting|assistant|associate|adjunct|distinguished|principal|junior) )*(?:research )?(?:fellow|researcher|research analyst|scholar|analyst|research associate) (?:at|of|with|in) (?:the )?\p{Lu}/u

/**
 * A think-tank publication: the piece naming itself ("This brief examines …"), an analysis genre, series or PDF label
 * alone on a header line ("Policy Brief", "Volume 8", "PDF Link:"), or an author bio of a fellow or researcher.
 */
export const thinkTankShape: ShapeRule = {
  id: 'metadata/source-type-think-tank-shape',
  type: 'think-tank',
  subtype: null,
  examples: [
    { rawText: 'Norway’s Arctic Choice\n\nThis paper examines Norway’s policy toward Russia.', matches: true },
    { rawText: 'Policy Brief\nNorway’s Arctic Choice\nNorway and Russia share a border.', matches: true },
    {
      rawText: 'Norway and Russia share a border.\n\nJane Roe is a senior fellow at the Arctic Institute.',
      matches: true,
    },
    { rawText: 'Arctic Futures\n\nExecutive Summary\n\nNorway and Russia share a border.', matches: true },
    { rawText: 'Norway recalls envoy\n\nOSLO – This article was updated on Monday.', matches: false },
  ],
  test(s) {
    return (
      headLines(s.rawText, 12).find((l) => ANALYSIS_LABEL.test(l)) ??
      SELF_REFERENCE.exec(s.rawText)?.[0] ??
      REPORT_SECTION.exec(s.rawText)?.[0] ??
      AUTHOR_BIO.exec(s.rawText)?.[0] ??
      null
    )
  },
}
