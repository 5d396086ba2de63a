import type { Token } from '../../../text/tokens.js'
import type { ActorMention } from '../../actors.js'
import {
  actorsIn,
  coordinationFrom,
  mentionAt,
  type Party,
  type Phrase,
  party,
  phraseEndingAt,
  type SentenceView,
  stateParty,
} from '../sentence.js'
import { objectEnd } from '../triggers.js'
import { subjectSlot } from './clause.js'
import type { RoleSite } from './role-rule.js'

/** "the two countries", "both sides", "the two leaders": the document's pair. */
const PAIR_WORDS =
  /^(?:(?:the two|both) (?:\w+ )?(?:countries|nations|states|sides|leaders|governments|neighbou?rs|ministers|presidents|delegations|heads|parties|premiers)(?: of (?:state|government|states|governments))?|the (?:leaders|countries|two))$/i

/** Forces of nature and accidents: "Algeria's forest fires killed …" is no act of Algeria's. */
const HAZARD =
  /^(?:fire|wildfire|blaze|flood|flooding|earthquake|quake|tsunami|storm|cyclone|hurricane|typhoon|drought|heatwave|landslide|avalanche|eruption|epidemic|pandemic|virus|disease|outbreak|accident|crash|collision)$/

/** Whether a phrase's head is a force of nature or an accident. */
function hazard(view: SentenceView, phrase: Phrase): boolean {
  return HAZARD.test((view.tokens[phrase.last] as Token | undefined)?.lemma ?? '')
}

/** Parties of a list of mentions, one per code (a person and their state count once). */
export function partiesOf(mentions: readonly ActorMention[]): Party[] {
  const seen = new Set<string>()
  const out: Party[] = []
  for (const m of mentions) {
    const p = party(m)
    const key = p.code ?? ('person' in p.actor ? p.actor.person : '')
    if (!key || seen.has(key)) continue
    seen.add(key)
    out.push(p)
  }
  return out
}

/** The pair, when a phrase is "the two countries" or the like and the document has a pair. */
export function pairOf(view: SentenceView, phrase: Phrase, dyad: readonly [string, string] | null): Party[] | null {
  if (!dyad) return null
  const text = view.tokens
    .slice(phrase.first, phrase.last + 1)
    .map((t) => t.lower)
    .join(' ')
    .replace(/ (?:['’]s?)$/, '')
  return PAIR_WORDS.test(text) ? [stateParty(dyad[0]), stateParty(dyad[1])] : null
}

/** How a subject was found, for the event's rule trace. */
export interface SubjectFound {
  readonly parties: Party[]
  readonly how: string
  /** Set when the subject is the pair: the two sides. */
  readonly pair?: boolean
  /** For what a state is accused of: the accuser, towards whom the act was done when nothing else says. */
  readonly accuser?: Party[]
}

/**
 * The parties in the subject position of the verb at `verb`, following the slot: a phrase's actors, a pronoun's
 * antecedent (an earlier subject of the sentence, else the last acting party), a relative pronoun's antecedent, the
 * subject of the verb it is coordinated with, the controller of an infinitive, the main clause of a participle.
 */
export function subjectOf(site: RoleSite, verb: number, depth = 0): SubjectFound | null {
  const { view } = site
  if (depth > 4) return null
  const slot = subjectSlot(view, verb)
  if (!slot) return null
  switch (slot.kind) {
    case 'phrase': {
      const pair = pairOf(view, slot.phrase, site.dyad)
      if (pair) return { parties: pair, how: 'pair-subject', pair: true }
      if (hazard(view, slot.phrase)) return null
      const parties = partiesOf(slot.phrase.actors)
      return parties.length > 0 ? { parties, how: 'subject' } : null
    }
    case 'relative': {
      if (hazard(view, slot.antecedent)) return null
      const parties = partiesOf(slot.antecedent.actors)
      return parties.length > 0 ? { parties, how: 'relative-antecedent' } : null
    }
    case 'pronoun': {
      // "Kenya said it would …": the pronoun is an earlier subject of the same sentence when there is one.
      for (let v = slot.token.index - 1; v >= 0; v--) {
        if ((view.tokens[v] as Token).pos !== 'VERB') continue
        const earlier = subjectOf(site, v, depth + 1)
        if (earlier) return { parties: earlier.parties, how: 'pronoun-in-sentence' }
      }
      if (/^(?:they|we)$/.test(slot.token.lower) && site.dyad && !site.previous)
        return { parties: [stateParty(site.dyad[0]), stateParty(site.dyad[1])], how: 'pronoun-pair', pair: true }
      return site.previous ? { parties: [site.previous], how: 'pronoun' } : null
    }
    case 'coordinated': {
      const s = subjectOf(site, slot.verb, depth + 1)
      return s ? { ...s, how: `coordinated:${s.how}` } : null
    }
    case 'infinitive': {
      if (slot.object) return { parties: partiesOf(slot.object.actors), how: 'infinitive-object' }
      const s = subjectOf(site, slot.governor, depth + 1)
      return s ? { ...s, how: `infinitive:${s.how}` } : null
    }
    case 'accused': {
      const accuser = subjectOf(site, slot.verb, depth + 1)
      return { parties: partiesOf(slot.phrase.actors), how: 'accused-of', accuser: accuser?.parties }
    }
    case 'participle': {
      const s = subjectOf(site, slot.verb, depth + 1)
      return s ? { ...s, how: `participle:${s.how}` } : null
    }
  }
}

/** The actors of the phrase (with coordinated phrases) right after token `from`, skipping determiners. */
export function phraseAfter(view: SentenceView, from: number, end: number): Phrase | null {
  let k = from
  const n = view.tokens.length
  // (`end` may lie past the last token: a sentence may end on its preposition, "… held talks with".)
  while (
    k < end &&
    k < n &&
    (view.tokens[k] as Token).pos === 'DET' &&
    !/^(?:both|all)$/.test((view.tokens[k] as Token).lower)
  )
    k++
  // "a strong, independent, and resilient Vietnam": a list of adjectives before the name, commas and all.
  let a = k
  while (a < n && a < k + 12 && /^(?:ADJ|ADV)$/.test((view.tokens[a] as Token).pos)) {
    a++
    while (a < n && /^(?:,|and)$/.test((view.tokens[a] as Token).lower)) a++
  }
  if (a > k && (view.tokens[a - 1] as Token).pos === 'ADJ' && mentionAt(view, a)) {
    const c = coordinationFrom(view, a)
    return c ? { ...c, first: k } : null
  }
  if (k >= end) return null
  const c = coordinationFrom(view, k)
  return c && c.first < end ? c : null
}

/** Parties in the object of a preposition among `preps` after token `from`, within the clause; the first such. */
export function prepositionalObject(
  site: RoleSite,
  from: number,
  preps: readonly string[],
  nounsOnly = 0,
): { parties: Party[]; prep: string; phrase: Phrase } | null {
  const { view } = site
  // With `nounsOnly`, gerunds ("shelling", "firing") do not end the stretch: only a clause boundary does.
  const end = nounsOnly > 0 ? clauseEnd(view.tokens, from, nounsOnly) : objectEnd(view.tokens, from, 20)
  for (let i = from; i < end; i++) {
    const t = view.tokens[i] as Token
    if (!preps.includes(t.lower) || (t.pos !== 'ADP' && t.pos !== 'SCONJ' && t.pos !== 'PART')) continue
    const phrase = phraseAfter(view, i + 1, Math.max(end, i + 2))
    if (!phrase) continue
    const pair = pairOf(view, phrase, site.dyad)
    if (pair) return { parties: pair, prep: t.lower, phrase }
    const parties = partiesOf(phrase.actors)
    if (parties.length > 0) return { parties, prep: t.lower, phrase }
    // "recalled its ambassador from Tehran": a capital after "to", "from" or "with" stands for its government.
    if (/^(?:to|from|with)$/.test(t.lower)) {
      const capitals = actorsIn(view, phrase.first, phrase.last, true).filter((m) => m.via === 'capital')
      if (capitals.length > 0) return { parties: partiesOf(capitals), prep: t.lower, phrase }
    }
  }
  return null
}

/** The end of the clause after `from`: a finite verb (not an -ing form), a semicolon, a subordinator; at most `limit`. */
function clauseEnd(tokens: readonly Token[], from: number, limit: number): number {
  let i = from
  for (; i < tokens.length && i < from + limit; i++) {
    const t = tokens[i] as Token
    if (t.pos === 'SCONJ' || t.pos === 'AUX' || /^[;:]$/.test(t.text)) break
    if (t.pos === 'VERB' && !t.lower.endsWith('ing')) break
  }
  return i
}

/** The phrase a trigger noun heads, and what governs it: a verb before it, or a preposition. */
export function nounPhraseOf(view: SentenceView, head: number): Phrase | null {
  return phraseEndingAt(view, head)
}
