import type { Explained, RuleId, SourceType } from '../core/types.js'
import { hostOf, knownSource } from './source-lexicon.js'
import {
  encyclopediaShape,
  governmentShape,
  newsProse,
  newsShape,
  type ShapeRule,
  thinkTankShape,
} from './source-shapes.js'

/** What source-type and source-name rules read. */
export interface SourceSignals {
  /** URL the document came from, if any. */
  readonly url: string | null
  /** Article text after cleaning. */
  readonly text: string
  /** Decoded text before cleaning (with its page furniture). */
  readonly rawText: string
  readonly title: string | null
}

type TypeRule = (
  s: SourceSignals,
) => { type: SourceType; subtype: string | null; rule: RuleId; evidence?: string } | null

const WIKI_CHROME = /^(?:from wikipedia, the free encyclopedia|jump to navigation(?: jump to search)?)$/imu
// Government second-level domains (gov.uk, go.ke, gob.mx, gouv.fr), and ministries and presidencies by their usual
// first label (mfa.gov.xx, mofa.go.xx, president.go.xx, presidencia.gob.xx, mea.gov.in, dfat.gov.au).
const GOV_HOST =
  /(?:^|\.)(?:gov|gob|gouv|govt|mil|go|gv)\.[a-z]{2}$|\.(?:gov|mil)$|^(?:gov|government)\.[a-z]{2}$|(?:^|\.)(?:mfa|mofa|mofaic|mfat|mea|dfat|mid|president|presidency|presidencia|presidence|presidenza)\.[a-z.]+$/u
const POLICY_SERIES =
  /\b(?:(?:policy|security|strategic|security and policy) (?:studies|papers?|briefs?)|working paper|perspectives paper|occasional paper|policy analysis)(?: no\.?| number)? ?\d+|\bto order a (?:hard|print(?:ed)?) copy\b|\bcent(?:er|re) for (?:strategic|international|security|policy) studies\b/iu
// A dateline ("TOKYO –", "AFP, NAIROBI"), a wire credit, or the widgets news sites put around an article.
const NEWS_SIGNALS =
  /^(?:[A-Z][A-Z .'-]{2,30}(?:,\s*[A-Z][a-z]+)?\s+[–—-]\s+\S|(?:AFP|AP|Reuters|AAP|Xinhua|Anadolu),\s*[A-Z ]+$)|\b(?:AFP|Reuters|AAP|Associated Press) reports?\b/mu
const NEWS_WIDGETS =
  /^(?:suggested articles|related (?:articles|news|stories)|view more articles from.*|more from (?:the )?author|(?:last )?(?:updated|modified)\s*:\s*\S.{0,60})$/imu

/** A shape rule as a type rule. */
const byShape =
  (shape: ShapeRule): TypeRule =>
  (s) => {
    const evidence = shape.test(s)
    if (evidence === null) return null
    const host = hostOf(s.url)
    const official = host !== null && (GOV_HOST.test(host) || knownSource(host)?.type === 'government')
    const subtype =
      shape.type === 'government' && host
        ? `${shape.subtype} (${official ? '' : 'reprinted by '}${host})`
        : shape.subtype
    return { type: shape.type, subtype, rule: shape.id, evidence }
  }

/**
 * Source-type rules, most specific first: a page's own chrome or a statement genre says more than its publisher (a
 * newspaper reprinting a joint statement carries a government text), the publisher more than loose textual signals.
 */
const typeRules: readonly TypeRule[] = [
  (s) =>
    WIKI_CHROME.test(s.rawText)
      ? { type: 'encyclopedia', subtype: null, rule: 'metadata/source-type-wikipedia-chrome' }
      : null,
  byShape(governmentShape),
  (s) => {
    const known = knownSource(hostOf(s.url))
    return known
      ? {
          type: known.type,
          subtype:
            known.type === 'government'
              ? `government page (${known.subtype ?? 'official site'})`
              : (known.subtype ?? null),
          rule: 'metadata/source-type-domain',
          evidence: known.host,
        }
      : null
  },
  (s) => {
    const host = hostOf(s.url)
    if (host && GOV_HOST.test(host))
      return {
        type: 'government',
        subtype: 'government page',
        rule: 'metadata/source-type-government-domain',
        evidence: host,
      }
    if (host && /(?:^|\.)wiki\d*(?:\.|$)|\.wiki$|wiki(?:pedia|sum|wand)/u.test(host))
      return { type: 'encyclopedia', subtype: null, rule: 'metadata/source-type-wiki-host', evidence: host }
    return null
  },
  // Page shapes, for hosts no list knows: an encyclopedia's, then a newsroom's datelines and wire credits (a wire
  // story stays news wherever it runs), then a think tank's.
  byShape(encyclopediaShape),
  byShape(newsShape),
  byShape(thinkTankShape),
  (s) => {
    const m = POLICY_SERIES.exec(s.rawText)
    return m ? { type: 'think-tank', subtype: null, rule: 'metadata/source-type-policy-series', evidence: m[0] } : null
  },
  (s) => {
    const m =
      NEWS_SIGNALS.exec(s.rawText) ??
      NEWS_WIDGETS.exec(s.rawText) ??
      (s.url && /\/(?:news|article|articles|story|stories)\//iu.exec(s.url))
    return m ? { type: 'news', subtype: null, rule: 'metadata/source-type-news-signals', evidence: m[0] } : null
  },
  // Last: news prose, for a story whose page kept no dateline, credit or widget.
  byShape(newsProse),
]

/** The kind of publication a document is, with a free-text subtype and the rule that decided. */
export function detectSourceType(s: SourceSignals): { type: Explained<SourceType>; subtype: Explained<string | null> } {
  for (const rule of typeRules) {
    const r = rule(s)
    if (r)
      return {
        type: { value: r.type, rule: r.rule, ...(r.evidence ? { evidence: r.evidence } : {}) },
        subtype: { value: r.subtype, rule: r.subtype ? r.rule : null },
      }
  }
  return { type: { value: 'other', rule: 'metadata/source-type-default' }, subtype: { value: null, rule: null } }
}
