import { actorCode, actorState } from '../../core/actors.js'
import { familyOf } from '../../core/plover.js'
import { spanIndex } from '../../core/span-index.js'
import type { ActorRef, Event, EventDate, PartialDate, RuleId, Sentence, Span } from '../../core/types.js'
import { sentenceTokenizer, type Token, tokensIn } from '../../text/tokens.js'
import type { ActorMention } from '../actors.js'
import type { TimeExpression } from '../dates/index.js'
import { confidenceOf, isGeneric, MIN_CONFIDENCE } from './confidence.js'
import { dateFor, headingBetween, PAST, PRESENT_PERFECT } from './dates.js'
import { eventLexicon } from './lexicon.js'
import { nominalTriggers } from './nominal.js'
import { ARRIVING } from './roles/clause-subject.js'
import { crowdSubject } from './roles/crowd.js'
import { MUTUAL } from './roles/implied-pair.js'
import { type RoleRule, type RoleSite, sourceRules, targetRules } from './roles/index.js'
import { codeOf, insideQuote, type Party, party, type SentenceView, stateParty, viewOf } from './sentence.js'
import { attributive, EARLIER_THAN, isPassive, objectEnd, type Trigger, verbLemma, verbTriggers } from './triggers.js'

/** What event finding reads: the clean text cut into sentences, with its actor and time mentions and main pair. */
export interface EventContext {
  readonly text: string
  readonly sentences: readonly Sentence[]
  readonly mentions: readonly ActorMention[]
  readonly times: readonly TimeExpression[]
  readonly dyad: readonly [string, string] | null
  /** The document's title, when the clean text starts with it: a headline restates the lead and gives no events. */
  readonly title?: string | null
  /** The text's tokens, when the caller has them already. */
  readonly tokens?: readonly Token[]
  /** The publication date: a news report's day, when its lead names the day its news happened. */
  readonly publicationDate?: PartialDate | null
}

/** Why a trigger gave no event, or which rules gave the one it gave: what `dyad explain` prints. */
export interface TriggerTrace {
  readonly sentence: number
  readonly trigger: string
  readonly type: string
  readonly text: string
  readonly source: string | null
  readonly target: string | null
  readonly outcome: 'event' | 'merged' | 'no-source' | 'negated' | 'not-asserted' | 'habitual' | 'restated' | 'weak'
  readonly date: string | null
  /** The role rules that found the source and the target (`none` when none did), and the date rule. */
  readonly how: string | null
  readonly dateRule: string | null
  /** Offsets of the trigger in the clean text. */
  readonly start: number
  readonly end: number
}

/** Hedges, compared case-sensitively so that the month "May" is not the modal "may". */
const HEDGE =
  /\b(?:[Rr]eportedly|[Aa]llegedly|may|might|could|is considering|are considering|is believed|are believed|is said to|[Aa]pparently|[Pp]ossibly|likely)\b/
const FUTURE_WORDS = /^(?:will|shall|'ll)$/
const PLAN_LEMMAS =
  /^(?:plan|intend|aim|expect|prepare|schedule|hope|want|wish|seek|propose|offer|consider|vow|pledge|promise|threaten|try|attempt)$/
/** Nouns of what only may come, before "of" or "for" and an act noun. */
const PROSPECT =
  /^(?:odds|odd|hope|prospect|chance|possibility|likelihood|probability|expectation|need|call|plan|proposal|idea)$/
/** Nouns of a commitment or a wish, whose infinitive is an act still to come. */
const PLEDGE_NOUN =
  /^(?:commitment|determination|readiness|willingness|intention|desire|pledge|plan|promise|resolve|resolution|aspiration|ambition|wish|hope|need|call|bid|effort|agreement|offer|proposal)$/
/** Verbs whose object is a topic: an act noun there is spoken about, not done. */
const TOPIC_VERB = /^(?:discuss|address|review|examine|debate|mention|explore|evaluate|assess|study|analyze|analyse)$/
/** Verbs of a standing state, not an act: "maintain close contacts", "enjoy good ties". */
const STANDING_VERB = /^(?:maintain|enjoy|sustain|cherish)$/
/** Verbs of what is hoped for or expected, before an act noun. */
const HOPING = /^(?:expect|hope|seek|want|wish|anticipate|forward|aim)$/
const NEGATION = /^(?:not|n't|never|no|neither|nor|without)$/
/** Acts that are only called for, threatened, refused or planned have not happened. */
const NOT_ASSERTING = new Set(['REQUEST', 'THREATEN', 'REJECT'])
const HABITUAL =
  /\b(?:has|have)\s+(?:long|consistently|always|repeatedly|often|regularly|traditionally)\b|\bcontinues?\s+to\b|\b(?:has|have)\s+(?:\w+\s+)?for\s+(?:years|decades)\b/i
/** A sentence that opens with a date and a colon or dash: an entry of a timeline ("- 1993: …", "May 1998 – …"). */
const TIMELINE_ENTRY = /^[\s\-–—•*]*(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?\d{4}\s*[:–—]\s/

/** Verbs that call an act off: the act they govern did not happen. */
const CANCELLING = /^(?:cancel|postpone|delay|scrap|suspend|abandon|shelve)$/

/** Verbs a crowd protests with. */
const PROTESTING = /^(?:protest|demonstrate|rally|march|riot|gather)$/

/** Acts about another act to come: a date after them is that act's. */
const REQUESTS = new Set(['REQUEST', 'THREATEN'])

const REPORTING = /^(?:say|tell|add|announce|report|state|confirm|write|quote|cite|note|explain)$/

/** Whether a finite verb stands between token `after` and an offset: a date past it belongs to that verb. */
function verbBetween(view: SentenceView, after: number, offset: number, noun = false): boolean {
  let first = true
  for (let i = after + 1; i < view.tokens.length && (view.tokens[i] as Token).start < offset; i++) {
    const t = view.tokens[i] as Token
    // "the consultations held in December 2008": a participle right after the act noun is its own; so is the first
    // verb after an act noun that is its subject ("the first contact … occurred in 1830").
    if (i === after + 1 && t.pos === 'VERB' && /(?:ed|en)$/.test(t.lower)) continue
    if (noun && first && t.pos === 'VERB') {
      first = false
      continue
    }
    // "violated Greek airspace when they flew over …, Monday": a clause of the same moment shares its date.
    if (/^(?:when|while|as)$/.test(t.lower)) return false
    // A verb of reporting ("…, the ministry said on Saturday") tells when the act was reported: its date stays; but
    // one coordinated with the act ("denies the allegations and said Sunday") is an act of its own.
    const coordinated = view.tokens[i - 1]?.lower === 'and'
    if (t.pos === 'VERB' && !attributive(view.tokens, i) && (!REPORTING.test(t.lemma) || coordinated)) return true
  }
  return false
}

/**
 * Whether a date before a trigger closes a clause that a contrast then ends: "lodged a protest yesterday, but the
 * tensions prevailed as Islamabad blamed Delhi". A date after its clause's verb belongs to that clause; ", but" or
 * ", yet" opens a new one it does not reach. A date that opens the sentence ("On Monday, Chile protested, but Peru
 * said…") comes before any verb and reaches every clause.
 */
function contrastAfter(view: SentenceView, dateStart: number, dateEnd: number, trigger: Trigger): boolean {
  const tokens = view.tokens
  if (!tokens.some((t) => t.end <= dateStart && t.pos === 'VERB')) return false
  for (let i = 1; i < trigger.first; i++) {
    const t = tokens[i] as Token
    if (t.start >= dateEnd && /^(?:but|yet)$/.test(t.lower) && tokens[i - 1]?.text === ',') return true
  }
  return false
}

/**
 * Where the phrase "after / following / since <the act noun>" begins, when an act noun stands in one: a day of the
 * clause before it dates that clause ("declared a state of war on Sunday following Peru's incursions"), not the act
 * that came first; a month or a year may well hold both ("began in November after negotiations with Chile"). Dates
 * inside the phrase ("after the clashes in May") still count.
 */
function earlierThanStart(view: SentenceView, t: Trigger): number | null {
  if (t.kind !== 'noun') return null
  for (let i = t.first - 1; i >= 0; i--) {
    const x = view.tokens[i] as Token
    if (EARLIER_THAN.test(x.lower)) return x.start
    if (
      !/^(?:DET|ADJ|NOUN|PROPN|NUM|PART|CCONJ)$/.test(x.pos) &&
      !(x.pos === 'PRON' && /^(?:its|their|his|her)$/.test(x.lower))
    )
      return null
  }
  return null
}

/** A place opening a line, then a comma: what stands before a dateline's date ("ISLAMABAD, ", "Lima, "). */
const DATELINE_PLACE = /^\p{Lu}[\p{L}.' -]{1,40},\s*$/u
/** What follows a dateline's date: a dash or a colon, or the agency in brackets ("(Reuters) –"). */
const DATELINE_END = /^\s*(?:[–—:-]|\(\p{Lu})/u

/** Whether a time expression is the date of a dateline opening its sentence: "OSLO, March 3, 2021 – …". */
function datelineDate(text: string, sentenceStart: number, t: TimeExpression): boolean {
  // The line's start within the sentence: a search back from the date would walk a long line to its start each time.
  const lineStart = sentenceStart + text.slice(sentenceStart, t.span.start).lastIndexOf('\n') + 1
  return (
    DATELINE_PLACE.test(text.slice(lineStart, t.span.start)) &&
    DATELINE_END.test(text.slice(t.span.end, t.span.end + 4))
  )
}

/** Whether an act noun stands before any verb of its sentence: the subject of its clause ("The talks began"). */
function nounIsSubject(view: SentenceView, t: Trigger): boolean {
  return !view.tokens.slice(0, t.first).some((x) => x.pos === 'VERB')
}

/** Day expressions that tie a report to the day its news happened: "on Monday", "yesterday", "today". */
const NEWS_DAY_RULES = new Set(['date/weekday', 'date/today', 'date/this-last-next', 'date/midweek'])

/**
 * The day a news report's acts happened, when the report says it: the first day-precision "on Monday", "yesterday"
 * or "today" of its first three paragraphs, resolved against a publication date of day precision. Null otherwise:
 * an encyclopedia page or a report without such a day gives no date to undated acts.
 */
function newsDay(ctx: EventContext): EventDate | null {
  if (ctx.publicationDate?.precision !== 'day') return null
  const third = ctx.sentences.find((s) => s.paragraph >= 3)
  const limit = third ? third.span.start : ctx.text.length
  const t = ctx.times.find(
    (x) => x.span.start < limit && NEWS_DAY_RULES.has(x.rule) && x.date?.precision === 'day' && !x.date.end,
  )
  return t?.date ? { value: t.date.value, precision: 'day', basis: 'context' } : null
}

/** Days before the news day that still belong to its story ("Pakistan said on Tuesday" in Wednesday's report). */
const NEWS_WEEK = 7

/**
 * Whether the text, by the last date it told, has moved on to a time before its news ("In April 2025, concerns were
 * raised…" in an October report): what it then tells without a date belongs to that story, not to the news day. A
 * day of the news week is still the news.
 */
function beforeTheNews(last: EventDate, day: EventDate): boolean {
  if (last.precision !== 'day') return last.value < day.value.slice(0, last.value.length)
  return Date.parse(day.value) - Date.parse(last.value) > NEWS_WEEK * 86_400_000
}

/** Acts one party aims at another: two parties doing one together are not aiming it at each other. */
const DIRECTED = new Set(['REQUEST', 'ACCUSE', 'THREATEN', 'REJECT', 'SANCTION', 'PROTEST'])

/** Whether a sentence tells an act of two joint subjects as reciprocal: "to each other", "one another", "mutually". */
function reciprocal(view: SentenceView): boolean {
  return view.tokens.some(
    (t, i) =>
      /^(?:mutually|reciprocally)$/.test(t.lower) ||
      (/^(?:each|one)$/.test(t.lower) && /^(?:other|another)$/.test(view.tokens[i + 1]?.lower ?? '')),
  )
}

/** The id of the fallback trigger for dated acts no lexicon names. */
const DATED_ACT = 'dated-act'
/** Verbs that never make a dated act on their own: being, having, saying, seeming. */
const NOT_AN_ACT =
  /^(?:look|sound|prove|exceed|reach|surpass|total|amount|grow|rise|increase|fall|decline|double|drive|account|occur|happen|experience|suffer|undergo|endure|witness|sustain|be|have|do|say|tell|add|note|state|report|remain|become|seem|appear|include|mean|know|see|think|believe|feel|want|need|lie|stand|sit|live|die|born|bear|consider|describe|call|name|follow|refer|date|cost|last|take|come|go|get|make|use|show|mark|base|locate|situate|involve|relate|concern|regard|accord|continue|keep|remain)$/

/**
 * Verbs of a sentence that may name a dated act the lexicons do not: past-tense or past-participle verbs that no
 * trigger has settled, in order.
 */
function datedActs(view: SentenceView, settled: ReadonlySet<number>): Trigger[] {
  const out: Trigger[] = []
  for (const t of view.tokens) {
    if (t.pos !== 'VERB' || settled.has(t.index) || NOT_AN_ACT.test(t.lemma)) continue
    if (t.lower === t.lemma || t.lower.endsWith('ing') || attributive(view.tokens, t.index)) continue
    out.push({
      kind: 'verb',
      id: DATED_ACT,
      type: 'OTHER',
      code: null,
      head: t.index,
      first: t.index,
      last: t.index,
      passive: isPassive(view.tokens, t.index),
      targetPreps: ['with', 'to', 'against', 'on', 'from', 'in'],
      patternPreps: false,
      sourcePreps: [],
    })
  }
  return out
}

/** The id of the fallback trigger for positions a state states about another. */
const STATED = 'statement'
/** Verbs that state a position: what their subject says about another state is a STATEMENT when nothing else is. */
const STATING =
  /^(?:say|state|tell|stress|emphasize|emphasise|underline|underscore|note|add|claim|reiterate|assert|insist|affirm|declare|argue|explain|highlight)$/

/** The verbs of saying of a sentence that no trigger settled: a position stated, when the sentence has no event. */
function statedPositions(view: SentenceView, settled: ReadonlySet<number>): Trigger[] {
  const hostile = hostileWord(view)
  return view.tokens
    .filter((t) => t.pos === 'VERB' && !settled.has(t.index) && STATING.test(t.lemma))
    .map((t) => ({
      kind: 'verb' as const,
      id: hostile ? `${STATED}+hostile` : STATED,
      type: hostile ? 'ACCUSE' : 'STATEMENT',
      code: '010',
      head: t.index,
      first: t.index,
      last: t.index,
      passive: false,
      targetPreps: ['to', 'with', 'on', 'about', 'against'],
      patternPreps: false,
      sourcePreps: [],
    }))
}

/** Whether a sentence holds a word that makes a stated position hostile ("completely unjustified"), not negated. */
function hostileWord(view: SentenceView): boolean {
  const words = eventLexicon().hostile
  return view.tokens.some(
    (t, i) =>
      (words.has(t.lemma) || words.has(t.lower)) &&
      !view.tokens.slice(Math.max(0, i - 3), i).some((x) => NEGATION.test(x.lower)),
  )
}

/** The states a sentence names, apart from `but`: the other party of a statement about them. */
function otherStates(view: SentenceView, but: string, people = false): Party[] {
  const seen = new Set<string>([but])
  const out: Party[] = []
  for (const m of view.mentions) {
    const code = codeOf(m.mention.actor)
    // A place ("an auction in London") is where something happened, not who it concerns; nor is the source of a report
    // ("according to Islamabad").
    if (!code || !('country' in m.mention.actor) || seen.has(code) || m.mention.place) continue
    if (view.tokens[m.first - 1]?.lower === 'to' && view.tokens[m.first - 2]?.lower === 'according') continue
    if (!people && m.mention.via === 'person') continue
    seen.add(code)
    out.push(party(m.mention))
  }
  return out
}

/**
 * The state whose organ a state body named alone is ("Even Iran's ally Peru joined in, with the foreign ministry
 * saying …", "From the Chilean side, the defence ministry …"): the nearest state named before it in its sentence
 * as an actor, not as a place, a possessor or the object of a preposition (other than "from … side").
 */
function organOwner(view: SentenceView, organ: ActorMention): Party | undefined {
  const before = view.mentions.filter(
    (m) =>
      m.mention.span.end <= organ.span.start &&
      'country' in m.mention.actor &&
      m.mention.via !== 'person' &&
      !m.mention.place &&
      !m.mention.possessive,
  )
  for (const m of before.reverse()) {
    let k = m.first - 1
    while (k >= 0 && /^(?:DET|ADJ)$/.test((view.tokens[k] as Token).pos)) k--
    const prep = view.tokens[k]
    if (prep?.pos === 'ADP' && !(prep.lower === 'from' && view.tokens[m.last + 1]?.lower === 'side')) continue
    return party(m.mention)
  }
  return undefined
}

/** The one state a sentence names (as actor or place), when it names exactly one: a dated act there is its own. */
function soleState(view: SentenceView): Party[] {
  const codes = new Map<string, ActorMention>()
  for (const m of view.mentions)
    if ('country' in m.mention.actor && m.mention.actor.country && m.mention.via !== 'person')
      codes.set(m.mention.actor.country, m.mention)
  const only = [...codes.values()]
  return only.length === 1 ? [party(only[0] as ActorMention)] : []
}

/**
 * Tokens of a sentence, numbered from 0, with the verbs the tagger read as nouns or adjectives put right ("had shot
 * down", "the commission alleged that", "Chile and Peru sign the treaty"): every rule after this reads them as verbs.
 */
function sentenceTokens(found: readonly Token[]): Token[] {
  const tokens = found.map((t, index) => ({ ...t, index }))
  return tokens.map((t, i) => {
    // A French compound in English text ("chargé d'affaires"): its first word is a noun, whatever the tagger said.
    if (/^d['’]/.test(tokens[i + 1]?.lower ?? '')) return { ...t, pos: 'NOUN', lemma: t.lower }
    // The second half of a compound on a name ("Kim Il-sung", "a Soviet-backed government", "Saudi-led") is no verb.
    const hyphen = tokens[i - 1]
    const name = tokens[i - 2]
    if (
      t.pos === 'VERB' &&
      hyphen &&
      name &&
      /^[-‐]$/.test(hyphen.text) &&
      hyphen.start === name.end &&
      t.start === hyphen.end &&
      /^\p{Lu}/u.test(name.text)
    )
      return { ...t, pos: 'ADJ', lemma: t.lower }
    // "a joint live shooting exercise": a bare verb form between a modifier and a participle before a noun is a
    // modifier too.
    const next = tokens[i + 1]
    if (
      t.pos === 'VERB' &&
      t.lower === t.lemma &&
      /^(?:ADJ|DET)$/.test(tokens[i - 1]?.pos ?? '') &&
      ((next?.pos === 'VERB' && /ing$/.test(next.lower)) || next?.pos === 'NOUN') &&
      (next.pos === 'NOUN' || tokens[i + 2]?.pos === 'NOUN')
    )
      return { ...t, pos: 'ADJ' }
    if (t.pos === 'VERB' || (t.pos !== 'NOUN' && t.pos !== 'ADJ')) return t
    const lemma = verbLemma(tokens, i)
    return lemma ? { ...t, pos: 'VERB', lemma } : t
  })
}

/** Whether an act is still to come or only conditional: "will", "shall" or "would" before it in its clause. */
function stillToCome(view: SentenceView, t: Trigger): boolean {
  for (let i = t.first - 1; i >= 0 && i >= t.first - 8; i--) {
    const x = view.tokens[i] as Token
    if (/^[,;:]$/.test(x.text)) return false
    if (FUTURE_WORDS.test(x.lower) || x.lower === 'would') return true
  }
  return false
}

const ONGOING = new Set(['COOPERATE', 'SUPPORT', 'OTHER', 'AID'])
/**
 * Whether an act is told as coming before what the text tells around it ("Nairobi previously argued", "had lodged a
 * protest"): it happened neither on the news day nor on the date of the paragraph.
 */
function anterior(view: SentenceView, t: Trigger): boolean {
  return (
    view.tokens.some((x) => /^(?:previously|formerly|earlier|once)$/.test(x.lower) && x.pos === 'ADV') ||
    before(view, t).some((a) => a.lower === 'had') ||
    earlierThanStart(view, t) !== null
  )
}

/** A verb told in the present progressive ("Turkey is recalling its envoys"): an act under way on the day of writing. */
function happeningNow(view: SentenceView, t: Trigger): boolean {
  const verb = view.tokens[t.first] as Token
  return (
    t.kind === 'verb' &&
    // Cooperating, supporting or trading "is" doing so is a lasting state, not an act of the day.
    !ONGOING.has(t.type) &&
    verb.pos === 'VERB' &&
    /ing$/.test(verb.lower) &&
    before(view, t).some((a) => /^(?:is|are|am)$/.test(a.lower))
  )
}

/** Auxiliaries that put a verb in the present, the present perfect or the future: not a finished act of the past. */
const NOT_PAST_AUX = /^(?:has|have|will|shall|would|can|may|must|is|are|am|'s|’s|'re|’re|does|do)$/

/** Whether the verb at `i` is in a past form: "forced", "sent", "was arrested"; not after "has", "will" or "is". */
function pastForm(view: SentenceView, i: number): boolean {
  const verb = view.tokens[i] as Token
  if (verb.pos !== 'VERB' || /ing$/.test(verb.lower)) return false
  const aux = wordsBefore(view, i, /^(?:AUX|ADV|PART)$/)
  if (aux.some((a) => NOT_PAST_AUX.test(a.lower))) return false
  if (aux.some((a) => /^(?:was|were|had|did)$/.test(a.lower))) return true
  // An -ed form the tagger left unlemmatised ("re-affirmed") is past too; "need", "proceed" are not -ed forms.
  return (verb.lower !== verb.lemma && !/s$/.test(verb.lower)) || /[^e]ed$/.test(verb.lower)
}

/**
 * Whether an act is told in the simple past: a verb trigger in a past form; an act noun or a participle ("stating",
 * "calling") when its sentence tells something in the past and nothing in the present perfect.
 */
function toldInPast(view: SentenceView, t: Trigger, sentence: string): boolean {
  const verb = view.tokens[t.first] as Token
  if (t.kind === 'verb' && verb.pos === 'VERB' && !/ing$/.test(verb.lower)) return pastForm(view, t.first)
  return !PRESENT_PERFECT.test(sentence) && (PAST.test(sentence) || view.tokens.some((v) => pastForm(view, v.index)))
}

/** The auxiliaries and adverbs before a verb, and determiners before a noun: where negation and tense are read. */
function before(view: SentenceView, t: Trigger): Token[] {
  // Before a noun, over its adjectives too: "no new deal".
  return wordsBefore(view, t.first, t.kind === 'noun' ? /^(?:AUX|ADV|PART|DET|ADJ)$/ : /^(?:AUX|ADV|PART|DET)$/)
}

/** The run of up to four tokens right before token `first` whose parts of speech match `pos`, nearest first. */
function wordsBefore(view: SentenceView, first: number, pos: RegExp): Token[] {
  const out: Token[] = []
  for (let i = first - 1; i >= 0 && i >= first - 4; i--) {
    const tok = view.tokens[i] as Token
    if (!pos.test(tok.pos)) break
    out.push(tok)
  }
  return out
}

/** Whether an act is only called for, threatened, refused or denied: "urged Iran to release", "called for talks". */
function notAsserted(view: SentenceView, t: Trigger, all: readonly Trigger[]): boolean {
  const tokens = view.tokens
  // The infinitive of a request, threat or refusal: "threatened to expel", "refused to sign".
  const governor = infinitiveGovernor(tokens, t)
  if (governor >= 0) {
    const governing = all.find((x) => x.head === governor)
    if (governing !== undefined && NOT_ASSERTING.has(governing.type)) return true
  }
  // What is hoped or aimed for: "looks forward to reaching agreements", "hopes to sign", "aims to conclude" (but "is
  // expected to visit" is a plan, flagged future).
  if (
    t.kind === 'verb' &&
    tokens[t.first - 1]?.lower === 'to' &&
    tokens
      .slice(Math.max(0, t.first - 4), t.first - 1)
      .some((x, j, near) => HOPING.test(x.lemma) && !(x.lemma === 'expect' && near[j - 1]?.pos === 'AUX'))
  )
    return true
  // What a state commits to or is ready for: "their commitment to deepen relations", "readiness to resume talks".
  if (t.kind === 'verb' && tokens[t.first - 1]?.lower === 'to' && PLEDGE_NOUN.test(tokens[t.first - 2]?.lemma ?? ''))
    return true
  // What someone hopes, expects or fears another will do has not happened: "in the hope they will travel on".
  const aux = before(view, t)
  if (aux.some((x) => /^(?:will|would|'ll)$/.test(x.lower))) {
    const from = Math.max(0, t.first - 8)
    if (tokens.slice(from, t.first).some((x) => /^(?:hope|expect|expectation|fear|believe|think|wish)$/.test(x.lemma)))
      return true
  }
  // The purpose of another act ("recalled its ambassador for urgent consultations"): not an act of its own.
  if (t.kind === 'noun') {
    let k = t.first - 1
    while (k >= 0 && /^(?:ADJ|DET|PUNCT)$/.test((tokens[k] as Token).pos) && !/^[,;]$/.test((tokens[k] as Token).text))
      k--
    // But arriving or travelling for a visit or talks is that visit: "arrived in Dakar for a state visit".
    const verbs = tokens.slice(0, k).filter((x) => x.pos === 'VERB')
    const last = verbs[verbs.length - 1]
    if (tokens[k]?.lower === 'for' && last && !(ARRIVING.test(last.lemma) && /^(?:VISIT|CONSULT)$/.test(t.type)))
      return true
    // The topic of a discussion or review is no act of its own ("to discuss … the implementation of agreements"), nor
    // a standing state ("maintain close contacts").
    for (let v = t.first - 1; v >= 0 && v >= t.first - 10; v--) {
      const x = tokens[v] as Token
      if (x.pos !== 'VERB') continue
      if (TOPIC_VERB.test(x.lemma) || STANDING_VERB.test(x.lemma)) return true
      break
    }
    // What only may come: "the odds of a deal", "hopes for talks", "the prospect of a visit", "expects new
    // agreements", "looks forward to reaching agreements".
    if (/^(?:of|for)$/.test(tokens[k]?.lower ?? '') && PROSPECT.test(tokens[k - 1]?.lemma ?? '')) return true
    if (tokens[k]?.pos === 'VERB' && HOPING.test(tokens[k]?.lemma ?? '')) return true
    if (tokens[k]?.lemma === 'reach' && tokens.slice(Math.max(0, k - 4), k).some((x) => HOPING.test(x.lemma)))
      return true
  }
  // A visit or talks cancelled or postponed did not take place: "the visit … was cancelled", "postponed the talks".
  if (t.kind === 'noun') {
    for (let i = 0; i < tokens.length; i++) {
      const v = tokens[i] as Token
      const callOff = v.lemma === 'call' && tokens[i + 1]?.lower === 'off'
      if (v.pos !== 'VERB' || !(CANCELLING.test(v.lemma) || callOff)) continue
      if (
        i > t.last
          ? i - t.last <= 12 && !tokens.slice(t.last + 1, i).some((x) => x.pos === 'VERB')
          : t.first < objectEnd(tokens, i + 1, 10)
      )
        return true
    }
  }
  // The object or reported clause of a request, threat or denial: "called for talks", "denied that it had attacked".
  return all.some((x) => {
    if (x === t || x.kind !== 'verb' || !NOT_ASSERTING.has(x.type) || x.head >= t.first) return false
    const that = tokens[x.last + 1]?.lower === 'that'
    const end = that ? objectEnd(tokens, x.last + 2, 30) : objectEnd(tokens, x.last + 1, 12)
    const clauseEnd = that ? tokens.findIndex((k, i) => i > x.last && /^[;:]$/.test(k.text)) : -1
    return t.first < (that ? (clauseEnd < 0 ? tokens.length : clauseEnd) : end)
  })
}

/** The verb whose infinitive the trigger is ("threatened to expel" → threatened), or -1. */
function infinitiveGovernor(tokens: readonly Token[], t: Trigger): number {
  if (tokens[t.first - 1]?.lower !== 'to') return -1
  for (let i = t.first - 2; i >= 0 && i >= t.first - 6; i--) if ((tokens[i] as Token).pos === 'VERB') return i
  return -1
}

/** An act planned, expected or intended ("plans to hold talks", "is expected to visit"): it is flagged future. */
function planned(view: SentenceView, t: Trigger): boolean {
  const g = infinitiveGovernor(view.tokens, t)
  return g >= 0 && PLAN_LEMMAS.test((view.tokens[g] as Token).lemma)
}

/** Light verbs that carry an act noun ("made a visit", "paid a visit", "held talks"): the noun names the act. */
const LIGHT = /^(?:make|pay|hold|have|conduct|carry|give|take|undertake|stage)$/

/**
 * A trigger noun inside the object of a verb trigger of the same family ("held talks") and that verb are one act: the
 * noun's when the verb is light ("made a reciprocal visit"), the verb's otherwise ("signed an agreement").
 */
function coveredNoun(view: SentenceView, t: Trigger, all: readonly Trigger[]): boolean {
  const within = (verb: Trigger, noun: Trigger) =>
    verb.kind === 'verb' &&
    noun.kind === 'noun' &&
    verb.head < noun.first &&
    noun.first < objectEnd(view.tokens, verb.last + 1) &&
    familyOf(verb.type) === familyOf(noun.type)
  const light = (verb: Trigger) => LIGHT.test((view.tokens[verb.head] as Token).lemma)
  if (t.kind === 'noun') return all.some((x) => within(x, t) && !light(x))
  return all.some((x) => within(t, x) && light(t))
}

/** Tries role rules in order; the first that finds a party with a code other than `exclude` wins. */
function firstFound(
  rules: readonly RoleRule[],
  site: RoleSite,
  exclude: ReadonlySet<string | null>,
): { parties: Party[]; others: Party[]; rule: RoleRule; detail?: string } | null {
  for (const rule of rules) {
    const f = rule.find(site)
    if (!f) continue
    const parties = f.parties.filter((p) => !exclude.has(p.code) || p.mention?.stateBody)
    if (parties.length > 0) return { parties, others: [...(f.others ?? [])], rule, detail: f.detail }
  }
  return null
}

/** A role rule's short name for an event's rule trace, with the way it went ("clause-subject:relative-antecedent"). */
const short = (r: { rule: RoleRule; detail?: string } | null | undefined, fallback: string): string =>
  r ? `${r.rule.id.replace(/^role\//, '')}${r.detail ? `:${r.detail}` : ''}` : fallback

/**
 * Finds events sentence by sentence: verb triggers from the CAMEO dictionary and our verb rules, noun triggers from
 * our lexicon; each trigger's source and target from the role rules (subject of its clause, object, prepositions,
 * passive agent, possessor, quotation speaker); its date from the nearest time expression of its clause (a date
 * attributive to another noun phrase does not count), else the date of a dated sentence just before for a
 * past-tense report, else none. Negated acts and acts only called for or threatened give no event.
 */
export function findEvents(ctx: EventContext, trace?: TriggerTrace[]): Event[] {
  const { text, dyad } = ctx
  const given = ctx.tokens
  const tokensOf = given ? (span: Span) => tokensIn(given, span) : sentenceTokenizer(text, ctx.sentences)
  const events: Event[] = []
  let lastDated: { sentence: number; end: number; date: EventDate } | null = null
  // The time the text's story has moved to: the date that opens a paragraph ("In April 2025, concerns were raised…")
  // frames what the paragraphs after it tell. A date told inside a paragraph, or in the past perfect ("had signed a
  // pact in February"), looks back from the story's time without moving it.
  let storyTime: EventDate | null = null
  let previous: Party | null = null
  let previousEvents: Event[] = []
  const titleEnd = ctx.title && text.startsWith(ctx.title) ? ctx.title.length : 0
  const day = newsDay(ctx)
  const published: EventDate | null =
    ctx.publicationDate?.precision === 'day'
      ? { value: ctx.publicationDate.value, precision: 'day', basis: 'context' }
      : null
  const times = spanIndex(ctx.times)
  let mi = 0
  for (const [sentenceIndex, s] of ctx.sentences.entries()) {
    while (mi < ctx.mentions.length && (ctx.mentions[mi] as ActorMention).span.start < s.span.start) mi++
    const sMentions: ActorMention[] = []
    for (let j = mi; j < ctx.mentions.length && (ctx.mentions[j] as ActorMention).span.start < s.span.end; j++)
      if ((ctx.mentions[j] as ActorMention).span.end <= s.span.end) sMentions.push(ctx.mentions[j] as ActorMention)
    if (s.span.end <= titleEnd) continue
    const view = viewOf(s, sentenceTokens(tokensOf(s.span)), sMentions)
    const sTimes = times.within(s.span.start, s.span.end)
    const nouns = nominalTriggers(view.tokens)
    // A noun of several words ("air strikes") wins over a verb the tagger read inside it.
    const idioms: number[] = []
    const verbs = verbTriggers(view.tokens, undefined, idioms).filter(
      (v) => !nouns.some((n) => n.last > n.first && n.first <= v.head && v.head <= n.last),
    )
    const triggers = [...verbs, ...nouns].sort((a, b) => a.head - b.head)
    const sentenceEvents: Event[] = []
    const note = (t: Trigger, outcome: TriggerTrace['outcome'], e?: Event, how: string | null = null) => {
      if (!trace) return
      const start = (view.tokens[t.first] as Token).start
      const end = (view.tokens[t.last] as Token).end
      trace.push({
        sentence: sentenceIndex,
        trigger: t.id,
        type: e?.type ?? t.type,
        text: text.slice(start, end),
        source: e ? actorCode(e.source) : null,
        target: e?.target ? actorCode(e.target) : null,
        outcome,
        date: e?.date?.value ?? null,
        how: how ?? (e ? (e.rule.split(' ')[1] ?? null) : null),
        dateRule: e ? (e.rule.split(' ')[2] ?? null) : null,
        start,
        end,
      })
    }
    const charSpans = triggers.map((t) => ({
      start: (view.tokens[t.first] as Token).start,
      end: (view.tokens[t.last] as Token).end,
    }))
    /** Codes one trigger: its parties, date and flags; null (with the reason traced) when it gives no event. */
    const codeAct = (found: Trigger, others: readonly { start: number; end: number }[]): Event | null => {
      // What a crowd storms, burns or attacks, or where it gathers, is a protest (PLOVER codes riots and
      // demonstrations as PROTEST): its target is what it protests outside of or against.
      const crowd =
        (familyOf(found.type) === 'material_conflict' || PROTESTING.test((view.tokens[found.head] as Token).lemma)) &&
        crowdSubject({ view, trigger: found, triggers, dyad, previous }) !== null
      const trigger: Trigger = crowd
        ? { ...found, type: 'PROTEST', targetPreps: ['against', 'outside', 'at', ...found.targetPreps] }
        : found
      const site: RoleSite = { view, trigger, triggers, dyad, previous }
      // The state that acted last (an organisation that did is no state: its name is no country code).
      const previousState = previous ? actorState(previous.actor) : null
      const src = firstFound(sourceRules, site, new Set())
      let sources = src?.parties ?? []
      // An organ of a state named alone ("the Ministry of Foreign Affairs") acts for the state its own sentence put
      // before it ("Peru joined in, with the foreign ministry calling …"), else for the state in focus.
      const organ = sources[0]?.mention?.stateBody ? sources[0].mention : undefined
      if (organ) {
        const owner = organOwner(view, organ) ?? (previousState ? stateParty(previousState) : undefined)
        sources = owner ? [owner, ...sources.slice(1)] : sources.slice(1)
      }
      if (sources.length === 0 && trigger.id === DATED_ACT) sources = soleState(view)
      const sourceCodes = new Set(sources.map((p) => p.code))
      let targets = src?.others.length ? src.others : []
      let tgt: ReturnType<typeof firstFound> = null
      if (targets.length === 0) {
        tgt = firstFound(targetRules, site, sourceCodes)
        targets = tgt?.parties ?? []
      }
      let how = `${short(src, sources.length ? 'sole-state' : 'none')}/${src?.others.length ? 'pair' : short(tgt, 'none')}`
      // "Egypt, Ethiopia and Sudan resumed negotiations": a joint subject and no object: the first acts towards the rest.
      if (targets.length === 0 && sources.length > 1 && src?.rule.id === 'role/clause-subject') {
        targets = sources.slice(1)
        sources = sources.slice(0, 1)
        how = `${short(src, 'none')}/joint-subject`
      }
      // A person the text does not place, in a document about a pair, acting towards one side, is of the other.
      const fill = (p: Party | undefined, other: Party | undefined): Party | undefined => {
        if (!p || p.code || !dyad || !other?.code || !dyad.includes(other.code)) return p
        const code = dyad[0] === other.code ? dyad[1] : dyad[0]
        return { ...p, actor: { ...(p.actor as { person: string }), country: code }, code }
      }
      // Two people the text does not place, in a document about a pair, acting together, are the pair.
      if (dyad && sources[0] && !sources[0].code && 'person' in sources[0].actor) {
        const other = targets[0] ?? sources[1]
        if (other && !other.code && 'person' in other.actor) {
          sources = [stateParty(dyad[0])]
          targets = [stateParty(dyad[1])]
          how += '+pair-people'
        }
      }
      sources = sources.map((p, i) => (i === 0 ? (fill(p, targets[0]) as Party) : p))
      targets = targets.map((p, i) => (i === 0 ? (fill(p, sources[0]) as Party) : p))
      // A speaker the text gives no state ("Foreign Minister Marty Natalegawa announced") speaks for the state that
      // acted last, unless that state is the one acted on.
      const first = sources[0]
      if (first && !first.code && 'person' in first.actor && previousState) {
        const code = previousState
        if (!targets.some((t) => t.code === code)) {
          sources = [{ ...first, actor: { ...first.actor, country: code }, code }, ...sources.slice(1)]
          how += '+previous-state'
        }
      }
      const source = sources[0]
      if (!source?.code) {
        note(trigger, 'no-source', undefined, how)
        return null
      }
      // An organ of a state named alone as the target ("claimed that the Ministry of Defence had …") is the source's own.
      // An organisation's own organs are not known: such a target stays as named.
      const sourceState = actorState(source.actor)
      targets = targets.map((p) =>
        p.mention?.stateBody && 'org' in p.actor && sourceState
          ? { ...stateParty(sourceState), mention: p.mention }
          : p,
      )
      targets = targets.filter((p) => p.code && (p.code !== source.code || p.mention?.stateBody))
      // A position stated is about the other state the sentence names ("said it was time the two countries …").
      if (targets.length === 0 && trigger.id.startsWith(STATED)) targets = otherStates(view, source.code).slice(0, 1)
      // In a document about a pair, an act of one side with no other party named is towards the other side, unless
      // the sentence names a third state (the act may be towards it). A dated act of one side stays its own.
      if (targets.length === 0 && dyad && dyad.includes(source.code) && trigger.id !== DATED_ACT) {
        const third = view.mentions.some((m) => {
          const c = codeOf(m.mention.actor)
          return c && 'country' in m.mention.actor && !dyad.includes(c)
        })
        if (!third) {
          targets = [stateParty(dyad[0] === source.code ? dyad[1] : dyad[0])]
          how += '+pair'
        }
      }
      // No target found, but the sentence names one other state (as an actor or a place): the act concerns it.
      if (targets.length === 0) {
        const others = otherStates(view, source.code, true)
        // A dated act (an OTHER) is about the first other state it names; any other act needs a single one.
        if (others.length === 1 || (trigger.id === DATED_ACT && others.length > 1)) {
          targets = others.slice(0, 1)
          how += '+sole-other'
        }
      }
      // "The two leaders underscored the need to …", "both sides called for calm": a call, a threat or a charge the
      // pair makes together is aimed at neither of them, unless the text says they aimed it at each other.
      if (/pair-subject\/pair/.test(how) && DIRECTED.has(trigger.type) && !reciprocal(view)) {
        note(trigger, 'weak', undefined, how)
        return null
      }
      // "The parliament agreed to withdraw from the forum": a decision to act is no agreement with the other side
      // when what it agreed to names no state ("agreed to help Bolivia build …" does); the act decided on is told by
      // its own verb.
      if (
        trigger.type === 'AGREE' &&
        trigger.kind === 'verb' &&
        view.tokens[trigger.last + 1]?.lower === 'to' &&
        view.tokens[trigger.last + 2]?.pos === 'VERB' &&
        how.endsWith('+pair') &&
        !view.mentions.some((m) => m.first > trigger.last && 'country' in m.mention.actor)
      ) {
        note(trigger, 'weak', undefined, how)
        return null
      }
      // A general verb ("supports") is an act only towards a party its own clause names as its object.
      if (trigger.namedTarget && !/\/(?:direct-object|passive-subject)$/.test(how)) {
        note(trigger, 'weak', undefined, how)
        return null
      }
      const start = (view.tokens[trigger.first] as Token).start
      const end = (view.tokens[trigger.last] as Token).end
      // Words inside a quotation were said, not done, when the text tells them; but a speech act found through its
      // speaker ("reserved “the right to respond”", "“a blatant breach,” the ministry said") happened when it was said.
      const inQuote = insideQuote(s.text, start - s.span.start)
      const quoted = inQuote && !/^(?:quote|phrase)-speaker/.test(how)
      // An act still to come, or only conditional, happens on no day of the text's telling: it takes no date from its
      // context ("will be told", "would work closely to urge"); a threat said ("would not go unanswered") happened.
      const ahead = !/^(?:quote|phrase)-speaker/.test(how) && stillToCome(view, trigger)
      const lasting =
        (trigger.id === DATED_ACT && PRESENT_PERFECT.test(s.text)) ||
        (trigger.kind === 'verb' && before(view, trigger).some((t) => /^(?:has|have)$/.test(t.lower)))
      // A date used to name another thing ("the 2011 disaster") dates that thing, not this act.
      // A date after the act with another verb in between belongs to that verb ("denies …, and said Sunday", "invited
      // Kenya to the celebrations on December 9" for a request: the date is of what is asked for).
      // A clause after a contrast that a dated clause before it opens its sentence with has no date the text tells:
      // it takes neither that date nor one from its context.
      const contrasted = sTimes.filter(
        (t) => t.date && t.span.end <= start && contrastAfter(view, t.span.start, t.span.end, trigger),
      )
      const earlier = earlierThanStart(view, trigger)
      // A dateline's date ("ISLAMABAD, July 25, 2023 – …") is the report's: it dates the lead's act only when the
      // sentence gives that act no date of its own ("… signed five agreements on Monday").
      const datelines = sTimes.filter((t) => datelineDate(text, s.span.start, t))
      const ownTimes = sTimes.filter(
        (t) =>
          !(datelines.includes(t) && sTimes.some((o) => o.date && !datelines.includes(o))) &&
          !(earlier !== null && t.span.end <= earlier && t.date?.precision === 'day') &&
          // "by 2030" is a deadline, not when anything happened.
          !/\bby\s*$/i.test(text.slice(Math.max(s.span.start, t.span.start - 4), t.span.start)) &&
          // "since 1989" is when a lasting state began: it dates no act told in the present perfect.
          !(lasting && /\bsince\s*$/i.test(text.slice(Math.max(s.span.start, t.span.start - 7), t.span.start))) &&
          (!t.modifies || (t.modifies.start <= start && end <= t.modifies.end)) &&
          !contrasted.includes(t) &&
          !(
            t.span.start >= end &&
            (verbBetween(view, trigger.last, t.span.start, trigger.kind === 'noun' && nounIsSubject(view, trigger)) ||
              REQUESTS.has(trigger.type))
          ),
      )
      const entry = TIMELINE_ENTRY.exec(s.text)
      const entryTime = entry
        ? ownTimes.find((t) => t.date && t.span.start - s.span.start <= entry[0].length)
        : undefined
      const picked = entryTime?.date
        ? { date: entryTime.date, expression: entryTime }
        : (dateFor(text, ownTimes, start, end, others) ?? (contrasted.length > 0 ? 'unresolved' : null))
      let date: EventDate | null = null
      let dateRule = 'none'
      // Only an act told in the simple past takes a date from its context.
      const told = toldInPast(view, trigger, s.text)
      if (picked && picked !== 'unresolved') {
        date = picked.date
        dateRule = picked.expression.rule
      } else if (
        picked === null &&
        !quoted &&
        !ahead &&
        trigger.id !== DATED_ACT &&
        // In a news report, what someone said without a date of its own was said on the news day, not on the date of
        // the earlier act the paragraph tells of.
        !(day && trigger.type === 'STATEMENT') &&
        lastDated &&
        sentenceIndex - lastDated.sentence <= 2 &&
        !headingBetween(text, lastDated.end, s.span.start) &&
        told &&
        !anterior(view, trigger)
      ) {
        date = { ...lastDated.date, basis: 'context' }
        dateRule = 'date/paragraph-context'
      } else if (
        picked === null &&
        day &&
        !quoted &&
        !ahead &&
        trigger.id !== DATED_ACT &&
        told &&
        !anterior(view, trigger) &&
        !(storyTime && beforeTheNews(storyTime, day))
      ) {
        // A news report's acts told in the simple past, with no date of their own, happened on its news day.
        date = { ...day, basis: 'context' }
        dateRule = 'date/news-day'
      } else if (picked === null && published && !quoted && !ahead && happeningNow(view, trigger)) {
        // An act told as under way as the text is written ("Turkey is recalling its ambassador") is of its day.
        date = { ...published, basis: 'context' }
        dateRule = 'date/under-way'
      }
      // Whether the sentence's own words dated the act (not its paragraph or the news day).
      const ownDate = picked !== null && picked !== 'unresolved'
      // A dated act is only what its own clause dates.
      if (trigger.id === DATED_ACT && !date) return null
      // A mutual act no party of which is named is the pair's only when its own clause dates it ("relations were
      // established in 1905"); undated, it is talk about relations ("talks have failed", "than meets the eye").
      if (how.startsWith('implied-pair') && !ownDate) {
        note(trigger, 'weak', undefined, how)
        return null
      }
      const confidence = confidenceOf({
        type: trigger.type,
        trigger: trigger.id,
        target: targets.length === 0 ? 'none' : how.endsWith('+pair') ? 'pair' : 'own',
        date: !date ? 'none' : date.basis === 'context' ? 'context' : 'own',
      })
      if (confidence < MIN_CONFIDENCE) {
        note(trigger, 'weak', undefined, how)
        return null
      }
      const aux = before(view, trigger)
      // What a crowd storms, burns or attacks is a protest (PLOVER codes riots and demonstrations as PROTEST).
      return {
        type: trigger.type,
        source: source.actor,
        target: targets[0]?.actor ?? null,
        coSources: sources.slice(1).map((p) => p.actor),
        coTargets: targets.slice(1).map((p) => p.actor),
        date,
        flags: {
          negated: false,
          // What a state is accused of is alleged, not established.
          hedged: HEDGE.test(s.text) || how.includes('accused-of'),
          future:
            planned(view, trigger) ||
            aux.some((t) => FUTURE_WORDS.test(t.lower) || (t.lower === 'would' && !inQuote)) ||
            /\b(?:upcoming|next (?:week|month|year)|is planned|are planned|is scheduled|are scheduled)\b/i.test(s.text),
        },
        dyadRelevant: false,
        evidence: s.span,
        rule: `event/${trigger.id}${crowd ? '+crowd' : ''} ${how} ${dateRule}` as RuleId,
        confidence,
      }
    }
    /** Adds an event to the sentence's, merging one of the same family, source and date; null when it was not added. */
    const keep = (trigger: Trigger, event: Event): boolean => {
      // A mutual act told from both sides ("an India-Japan agreement …, the first such pact by Japan"): one event.
      const mirror = MUTUAL.has(event.type)
        ? sentenceEvents.findIndex(
            (e) =>
              e.type === event.type &&
              e.target &&
              event.target &&
              actorCode(e.source) === actorCode(event.target) &&
              actorCode(e.target) === actorCode(event.source),
          )
        : -1
      if (mirror >= 0) {
        // The telling with a date of its own is the better record of the act.
        if (!sentenceEvents[mirror]?.date && event.date) sentenceEvents[mirror] = event
        note(trigger, 'merged', event)
        return false
      }
      // One event per type, source and date in a sentence: further targets join as co-targets.
      const same = sentenceEvents.findIndex(
        (e) =>
          e.type === event.type &&
          actorCode(e.source) === actorCode(event.source) &&
          (e.date?.value ?? null) === (event.date?.value ?? null),
      )
      if (same >= 0) {
        const e = sentenceEvents[same] as Event
        const have = new Set([e.target, ...e.coTargets].filter(Boolean).map((a) => actorCode(a as ActorRef)))
        const extra = [event.target, ...event.coTargets].filter(
          (a): a is ActorRef => a !== null && !have.has(actorCode(a)) && actorCode(a) !== actorCode(e.source),
        )
        sentenceEvents[same] = e.target
          ? { ...e, coTargets: [...e.coTargets, ...extra] }
          : { ...e, target: extra[0] ?? null, coTargets: extra.slice(1) }
        note(trigger, 'merged', event)
        return false
      }
      // Habitual or long-standing conduct ("has consistently supported", "have long accused") is not a dated act.
      if (!event.date && HABITUAL.test(s.text)) {
        note(trigger, 'habitual', event)
        return false
      }
      // A restatement of an act of the sentence before ("The visit was the first …") adds nothing; a new verb of the
      // same kind ("withdrew their envoys … In addition, Beijing imposed measures") tells a new act.
      if (
        previousEvents.some(
          (p) =>
            p.type === event.type &&
            (trigger.kind === 'noun' || p.rule.startsWith(`event/${trigger.id} `) || !event.date) &&
            actorCode(p.source) === actorCode(event.source) &&
            (p.target && event.target ? actorCode(p.target) === actorCode(event.target) : true) &&
            (!event.date || (p.date?.value === event.date.value && event.date.basis === 'context')),
        )
      ) {
        note(trigger, 'restated', event)
        return false
      }
      note(trigger, 'event', event)
      sentenceEvents.push(event)
      return true
    }
    const settled = new Set<number>(idioms)
    // Triggers that gave (or joined) an event: a noun they cover is the same act; one that gave none covers nothing.
    const acted: Trigger[] = []
    // Verbs negated or only hoped for: the act noun in their object shares their fate ("hopes to sign a deal").
    const refused: Trigger[] = []
    for (const [ti, trigger] of triggers.entries()) {
      if (trigger.kind === 'noun' && coveredNoun(view, trigger, refused)) {
        note(trigger, 'not-asserted')
        settled.add(trigger.head)
        continue
      }
      if (coveredNoun(view, trigger, trigger.kind === 'noun' ? acted : triggers)) {
        note(trigger, 'merged')
        settled.add(trigger.head)
        continue
      }
      // "did not sign", "never recognised"; "supports neither … nor …", "signed no deal" negate the verb from its object.
      const afterVerb = trigger.kind === 'verb' ? view.tokens[trigger.last + 1] : undefined
      if (
        before(view, trigger).some((t) => NEGATION.test(t.lower)) ||
        /^(?:neither|no)$/.test(afterVerb?.lower ?? '')
      ) {
        note(trigger, 'negated')
        settled.add(trigger.head)
        refused.push(trigger)
        continue
      }
      if (notAsserted(view, trigger, triggers)) {
        note(trigger, 'not-asserted')
        settled.add(trigger.head)
        refused.push(trigger)
        continue
      }
      const event = codeAct(
        trigger,
        charSpans.filter((_, k) => k !== ti),
      )
      // A general verb the dictionary codes alone may still be a dated act of its own; any other trigger settles it.
      if (event || !isGeneric(trigger.id)) settled.add(trigger.head)
      if (event) {
        keep(trigger, event)
        acted.push(trigger)
        // "Lithuania and China withdrew their ambassadors to each other": a reciprocal act is each side's.
        if (event.target && reciprocal(view) && /\/joint-subject|pair-subject\/pair/.test(event.rule))
          keep(trigger, { ...event, source: event.target, target: event.source })
      }
    }
    // A dated act the lexicons do not name ("the synagogue opened in 2004", "Turkey declared its formation in 1923"):
    // a past-tense verb with a date of its own clause and an actor gives one OTHER event, unless an event of the
    // sentence already has that date.
    // A dated act is reported as fact: not in a sentence that only considers or expects it ("Japan is considering
    // taking the dispute to court"), nor with a modal or hedge of its own ("might have begun").
    for (const act of datedActs(view, settled)) {
      if (before(view, act).some((t) => /^(?:may|might|could|reportedly|allegedly|apparently|possibly)$/.test(t.lower)))
        continue
      const event = codeAct(act, charSpans)
      if (!event?.date || sentenceEvents.some((e) => e.date?.value === event.date?.value)) continue
      if (keep(act, event)) break
    }
    // A sentence with no event in which a state says something about another states a position: one STATEMENT. A
    // hostile comment on another party's act ("said Algeria's decision to cut ties was unjustified") is an accusation
    // of its own, beside that act.
    if (!HEDGE.test(s.text))
      for (const act of statedPositions(view, settled)) {
        if (sentenceEvents.length > 0 && act.type === 'STATEMENT') break
        // The hostile words may be another party's, whose accusation the sentence already holds ("…, with Azerbaijan
        // accusing Armenia of aggression").
        if (sentenceEvents.some((e) => familyOf(e.type) === 'verbal_conflict')) break
        const event = codeAct(act, charSpans)
        if (!event?.target) continue
        if (sentenceEvents.some((e) => actorCode(e.source) === actorCode(event.source))) continue
        if (keep(act, event)) break
      }
    // "China has promised $6 million, and Australia has promised $4 million": a state doing the same act beside
    // another is not its target, whatever the fallback of a sole other state said.
    for (const [k, e] of sentenceEvents.entries()) {
      const parallel = sentenceEvents.some(
        (o) => o !== e && o.type === e.type && e.target && actorCode(o.source) === actorCode(e.target),
      )
      if (parallel && e.rule.includes('+sole-other'))
        sentenceEvents[k] = { ...e, target: null, rule: e.rule.replace('+sole-other', '+parallel-source') as RuleId }
    }
    for (const e of sentenceEvents) events.push(withRelevance(e, dyad))
    previousEvents = sentenceEvents
    const firstSubject = sentenceEvents[0]?.source
    if (firstSubject) previous = { actor: firstSubject, code: actorCode(firstSubject), mention: null }
    else {
      const firstActor = sMentions.find((m) => !m.place && codeOf(m.actor))
      if (firstActor) previous = party(firstActor)
    }
    // The context a next sentence inherits: the date of this sentence's first dated act, else its first date.
    // A date inside a quotation is the speaker's ("“Israeli forces this morning shelled …,” the agency said"): the
    // next sentence is the narrator's again and does not inherit it.
    const told = sTimes.filter((t) => t.date && !insideQuote(s.text, t.span.start - s.span.start))
    const firstDated = sentenceEvents.find(
      (e) => e.date && e.date.basis !== 'context' && told.some((t) => t.date?.value === e.date?.value),
    )?.date
    // A sentence in the present perfect tells a lasting state ("have been strained ever since the 19th century"):
    // its dates are where the state began, not when the next sentence's acts happened.
    const dated = firstDated ?? (PRESENT_PERFECT.test(s.text) ? undefined : told[0]?.date)
    if (dated) lastDated = { sentence: sentenceIndex, end: s.span.end, date: dated }
    const opensParagraph = sentenceIndex === 0 || ctx.sentences[sentenceIndex - 1]?.paragraph !== s.paragraph
    if (dated && opensParagraph && !view.tokens.some((t, i) => t.lower === 'had' && view.tokens[i + 1]?.pos === 'VERB'))
      storyTime = dated
  }
  return events
}

function withRelevance(e: Event, dyad: readonly [string, string] | null): Event {
  if (!dyad) return e
  const sides = [e.source, ...e.coSources].map((a) => actorCode(a))
  const others = [e.target, ...e.coTargets].filter((a): a is ActorRef => a !== null).map((a) => actorCode(a))
  const relevant =
    (sides.includes(dyad[0]) && others.includes(dyad[1])) || (sides.includes(dyad[1]) && others.includes(dyad[0]))
  return { ...e, dyadRelevant: relevant }
}
