import type { Token } from '../../text/tokens.js'
import { monthIndex } from '../dates/patterns.js'
import { type EventLexicon, eventLexicon, type PatternPhrase, type VerbPattern } from './lexicon.js'

/** A word or phrase of a sentence that names an act, with the type it codes and what its arguments look like. */
export interface Trigger {
  readonly kind: 'verb' | 'noun'
  /** Where the coding came from: `cameo/BLOCK@line`, `verb-rule/lemma`, `nominal/id`. */
  readonly id: string
  readonly type: string
  /** CAMEO code, when the dictionary coded it. */
  readonly code: string | null
  /** Index (in the sentence's tokens) of the trigger's main word, and the first and last token of its phrase. */
  readonly head: number
  readonly first: number
  readonly last: number
  /** The verb is in the passive voice ("was expelled"): its subject is the target, "by X" the source. */
  readonly passive: boolean
  /** Prepositions whose object is the target ("with", "to", "against"), from the pattern or the nominal entry. */
  readonly targetPreps: readonly string[]
  /** The target prepositions come from the matched pattern (not the general list). */
  readonly patternPreps: boolean
  /** Prepositions whose object is the source ("a visit by"). */
  readonly sourcePreps: readonly string[]
  /** The act counts only with its target named in its own clause (a general verb of our rules). */
  readonly namedTarget?: boolean
}

/** Whether a token is a form of a word: its surface form or lemma, or a plural written in the dictionary. */
export function isWord(t: Token | undefined, w: string): boolean {
  if (!t) return false
  return t.lower === w || t.lemma === w || (w.endsWith('s') && t.lemma === singular(w)) || singular(t.lower) === w
}

/** A naive singular of an English plural (what the dictionary's plurals and a capitalised plural need). */
export function singular(w: string): string {
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`
  if (/(?:ss|x|ch|sh)es$/.test(w)) return w.slice(0, -2)
  if (!w.endsWith('s') || w.endsWith('ss')) return w
  return w.slice(0, -1)
}

/** Whether a term (a word, a phrase or a `&synset`) occurs at token `at`; returns the index after it, or -1. */
function termAt(lex: EventLexicon, tokens: readonly Token[], at: number, term: string): number {
  const alternatives = term.startsWith('&') ? (lex.synsets.get(term.slice(1)) ?? []) : [term]
  for (const alt of alternatives) {
    const words = alt.split(' ')
    if (words.every((w, k) => isWord(tokens[at + k], w))) return at + words.length
  }
  return -1
}

/** Where a noun phrase of a pattern occurs in [from, to): the index of its head, or -1. Modifiers precede the head. */
function phraseIn(lex: EventLexicon, tokens: readonly Token[], from: number, to: number, np: PatternPhrase): number {
  for (let i = from; i < to; i++) {
    if (termAt(lex, tokens, i, np.head) < 0) continue
    let j = i - 1
    let ok = true
    for (const mod of [...np.mods].reverse()) {
      let found = false
      for (; j >= Math.max(from, i - 5); j--) {
        if (termAt(lex, tokens, j, mod) >= 0) {
          found = true
          j--
          break
        }
      }
      if (!found) {
        ok = false
        break
      }
    }
    if (ok) return i
  }
  return -1
}

/**
 * A verb used as an adjective: "wide-ranging talks", "much needed supplies", "the armed forces" (a participle before
 * a noun, after a hyphen, adverb, determiner or adjective). It does not start a new clause.
 */
export function attributive(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token
  if (t.pos !== 'VERB' || !/(?:ing|ed|en)$/.test(t.lower)) return false
  const next = tokens[i + 1]
  const prev = tokens[i - 1]
  if (!next || !/^(?:NOUN|PROPN|ADJ)$/.test(next.pos)) return false
  return !prev || /^(?:ADV|DET|ADJ|NUM)$/.test(prev.pos) || /^[-‐]$/.test(prev.text)
}

/** Words that put what follows them before the clause they hang on: "declared war following X's raids". */
export const EARLIER_THAN = /^(?:after|following|since|before)$/

/**
 * Whether the token at `i` is a past participle inside a noun phrase, before its noun: "the occupied territories",
 * "Russia's occupied regions", "a newly signed treaty". Not one after a word that may end the subject ("warmly
 * welcomed President Ruto's decision", "Vanuatu's premier called Fiji's arrest…", where the tagger took "premier" for
 * an adjective).
 */
function premodifier(tokens: readonly Token[], i: number): boolean {
  if (!/(?:ed|en)$/.test((tokens[i] as Token).lower) || !attributive(tokens, i)) return false
  const determiner = (t: Token | undefined) =>
    !!t && (/^(?:DET|NUM)$/.test(t.pos) || /^['’]s$/.test(t.text) || POSSESSIVE.test(t.lower))
  const prev = tokens[i - 1]
  return determiner(prev) || (prev?.pos === 'ADV' && determiner(tokens[i - 2]))
}

const POSSESSIVE = /^(?:its|their|his|her|our|my|your)$/

/**
 * Tokens that end the stretch a verb's object can lie in. A quotation mark ends it ("said “…”"), except where the
 * object may be quoted words ("called the raid “unacceptable”").
 */
function endsObject(tokens: readonly Token[], i: number, quoted = false): boolean {
  const t = tokens[i] as Token
  const next = tokens[i + 1]
  if ((t.pos === 'VERB' && !attributive(tokens, i)) || t.pos === 'AUX' || t.pos === 'SCONJ') return true
  // "declared its formation in 1923 following the defeat … in World War I": a phrase of time closes the object.
  if (EARLIER_THAN.test(t.lower) && i > 0) return true
  // A dash joining two names with no space ("Vietnam–U.S. Partnership") is part of the phrase.
  const joining = /^[—–]$/.test(t.text) && tokens[i - 1]?.end === t.start && next?.start === t.end
  if (t.pos === 'PUNCT' && !joining && (quoted ? /^[;:—–()]$/ : /^[;:—–()“”"]$/).test(t.text)) return true
  if (
    t.text === ',' &&
    next &&
    (next.pos === 'CCONJ' || next.pos === 'SCONJ' || /^(?:which|who|while)$/.test(next.lower))
  )
    return true
  return false
}

/** The end (exclusive) of the stretch after a verb in which its object and complements lie. */
export function objectEnd(tokens: readonly Token[], from: number, limit = 15, quoted = false): number {
  let i = from
  for (; i < tokens.length && i < from + limit; i++) if (endsObject(tokens, i, quoted)) break
  return i
}

/** The start of the stretch before a verb in which its subject lies (after the last clause boundary). */
export function subjectStart(tokens: readonly Token[], verb: number, limit = 12): number {
  let i = verb - 1
  for (; i >= 0 && i >= verb - limit; i--) {
    const t = tokens[i] as Token
    if (t.pos === 'PUNCT' && /^[;:“”"]$/.test(t.text)) break
    if ((t.pos === 'VERB' && !attributive(tokens, i)) || t.pos === 'SCONJ') break
  }
  return i + 1
}

/**
 * Whether the word at `k` only owns the object ("welcomed President Kenyatta's decision"): it, or the name after it,
 * takes a possessive.
 */
function possessor(tokens: readonly Token[], k: number): boolean {
  let j = k + 1
  while (tokens[j]?.pos === 'PROPN') j++
  return /^['’]s?$/.test(tokens[j]?.text ?? '') && tokens[j]?.pos === 'PART'
}

/** Particles and prepositions the dictionary writes as a pattern's object. */
const FUNCTION_WORD =
  /^(?:to|for|on|in|with|of|at|by|from|into|against|over|about|upon|off|out|up|down|after|under|away|back|through|across)$/

/** Whether a pattern names only particles and prepositions ("- * TO", "- * (FOR)", "- * OFF"). */
function allParticles(p: VerbPattern): boolean {
  return (
    !p.pre?.length &&
    (p.post ?? []).every((np) => np.mods.length === 0 && FUNCTION_WORD.test(np.head)) &&
    (p.preps ?? []).every((pp) => pp.nps.length === 0)
  )
}

/** How well a pattern matches around a verb: the number of its words found, or -1 when one is missing. */
function patternScore(
  lex: EventLexicon,
  tokens: readonly Token[],
  verbFirst: number,
  verbLast: number,
  p: VerbPattern,
): { score: number; targetPreps: string[] } {
  const after = verbLast + 1
  const end = objectEnd(tokens, after)
  let score = 0
  let cursor = after
  for (const np of p.post ?? []) {
    // A bare particle or preposition of the dictionary ("- * TO", "- * OFF") belongs to the verb: right after it,
    // or after one short object ("called it off"), not anywhere in the clause ("ordered the firms to pay").
    const particle = np.mods.length === 0 && FUNCTION_WORD.test(np.head)
    const at = phraseIn(lex, tokens, cursor, particle ? Math.min(end, cursor + 2) : end, np)
    if (at < 0) return { score: -1, targetPreps: [] }
    score += 1 + np.mods.length
    cursor = at + 1
  }
  const targetPreps: string[] = []
  for (const pp of p.preps ?? []) {
    let found = false
    // A bare preposition ("- * (TO)") goes with the verb: within a few words of it ("met on Monday with").
    const until = pp.nps.length === 0 ? Math.min(end, after + 3) : end
    for (let i = after; i < until && !found; i++) {
      if (!isWord(tokens[i], pp.prep) || (tokens[i] as Token).pos === 'VERB') continue
      let c = i + 1
      let ok = true
      for (const np of pp.nps) {
        const at = phraseIn(lex, tokens, c, Math.min(end, c + 7), np)
        if (at < 0) {
          ok = false
          break
        }
        c = at + 1
      }
      if (ok) {
        found = true
        score += 1 + pp.nps.reduce((n, np) => n + 1 + np.mods.length, 0)
        if (pp.nps.length === 0) targetPreps.push(pp.prep)
      }
    }
    if (!found) return { score: -1, targetPreps: [] }
  }
  const start = subjectStart(tokens, verbFirst)
  for (const np of p.pre ?? []) {
    if (phraseIn(lex, tokens, start, verbFirst, np) < 0) return { score: -1, targetPreps: [] }
    score += 1 + np.mods.length
  }
  // Prepositional phrases before the verb are rare and mostly about the subject: required like the rest.
  for (const pp of p.prePreps ?? []) {
    let found = false
    for (let i = start; i < verbFirst && !found; i++) if (isWord(tokens[i], pp.prep)) found = true
    if (!found) return { score: -1, targetPreps: [] }
    score += 1
  }
  return { score, targetPreps }
}

/** The auxiliary "be" or "get" before a verb (adverbs and "not" between): the verb is passive unless it is an -ing form. */
export function isPassive(tokens: readonly Token[], verb: number): boolean {
  const t = tokens[verb] as Token
  if (t.lower.endsWith('ing') || t.lower === t.lemma) return false
  // "57 people killed by army fire": a participle after a noun with its agent after "by" is a reduced passive.
  const before = tokens[verb - 1]
  if (tokens[verb + 1]?.lower === 'by' && before && /^(?:NOUN|PROPN|NUM)$/.test(before.pos)) return true
  for (let i = verb - 1; i >= 0 && i >= verb - 4; i--) {
    const b = tokens[i] as Token
    if (b.pos === 'ADV' || b.pos === 'PART') continue
    return (b.pos === 'AUX' || b.pos === 'VERB') && (b.lemma === 'be' || b.lemma === 'get')
  }
  return false
}

/** Lemmas a past form may come from when the tagger did not lemmatise it ("co-hosted", "alleged" read as ADJ). */
function pastLemmas(lower: string): string[] {
  const out: string[] = []
  if (lower.endsWith('ied')) out.push(`${lower.slice(0, -3)}y`)
  if (lower.endsWith('ed')) {
    out.push(lower.slice(0, -1), lower.slice(0, -2))
    if (/(.)\1ed$/.test(lower)) out.push(lower.slice(0, -3))
  }
  return out
}

/**
 * The lemma of a verb at `i`, or null when the token is not a verb. The tagger's VERB with its lemma; or a past form
 * it read as an adjective or noun right after a noun ("the commission alleged that", "The Philippines … sent"), when
 * the dictionary knows the verb.
 */
export function verbLemma(tokens: readonly Token[], i: number, lex: EventLexicon = eventLexicon()): string | null {
  const t = tokens[i] as Token
  const known = (l: string) => lex.verbs.has(l) || lex.rules.has(l)
  if (t.pos === 'VERB') {
    if (known(t.lemma) || t.lemma !== t.lower) return t.lemma
    const irregular = lex.irregular.get(t.lower)
    if (irregular) return irregular
    // "re-affirmed", "co-signed": the prefix written with a hyphen is the verb written without one.
    const joined = t.lower.replace(/^(re|co|pre)-/, '$1')
    return (
      [...pastLemmas(t.lower), ...(joined === t.lower ? [] : [joined, ...pastLemmas(joined)])].find(known) ?? t.lemma
    )
  }
  if (t.pos !== 'ADJ' && t.pos !== 'NOUN') return null
  const prev = tokens[i - 1]
  const next = tokens[i + 1]
  if (!prev || !next) return null
  // A gerund after a preposition, with an object ("the step of expelling the envoy", "on lifting sanctions").
  if (t.lower.endsWith('ing') && prev.pos === 'ADP' && /^(?:DET|PROPN|NOUN|ADJ|NUM|PRON)$/.test(next.pos)) {
    const stem = t.lower.slice(0, -3)
    const gerund = [stem, `${stem}e`, /(.)\1$/.test(stem) ? stem.slice(0, -1) : ''].find((l) => l && known(l))
    if (gerund) return gerund
  }
  // After an auxiliary ("had shot down", "were sent") or a subject, before what a verb takes.
  const afterAux = prev.pos === 'AUX' && /^(?:have|be)$/.test(prev.lemma)
  // After a noun subject: a regular past ("the commission alleged") or an irregular one the dictionary lists ("forces
  // shot down").
  // After a date that ends a fronted time phrase ("The Philippines on Wednesday, October 10 sent …") too.
  const afterDate = prev.pos === 'NUM' && monthIndex(tokens[i - 2]?.lower ?? '') > 0
  const pastAfterNoun = (prev.pos === 'NOUN' || afterDate) && (t.lower.endsWith('ed') || lex.irregular.has(t.lower))
  if (!afterAux && !/^(?:PROPN|PRON)$/.test(prev.pos) && !pastAfterNoun) return null
  const infinitive = next.lower === 'to' && tokens[i + 2]?.pos === 'VERB'
  if (
    !infinitive &&
    !/^(?:DET|PROPN|SCONJ|ADP|PRON|NUM)$/.test(next.pos) &&
    !(afterDate && /^(?:NOUN|ADJ)$/.test(next.pos))
  )
    return null
  const irregular = lex.irregular.get(t.lower)
  if (irregular) return irregular
  const past = pastLemmas(t.lower).find(known)
  if (past) return past
  // A present-tense verb after a proper-noun subject ("Chile and Peru sign the treaty", "they plan to").
  if (!afterAux && (prev.pos === 'PROPN' || prev.pos === 'PRON') && (infinitive || /^(?:DET|PROPN)$/.test(next.pos))) {
    const present = [t.lower, singular(t.lower)].find((l) => known(l) || PLAN_VERBS.test(l))
    if (present) return present
  }
  return null
}

/** Verbs of planning, whose infinitive is a planned act: read as verbs even where the tagger saw nouns. */
const PLAN_VERBS = /^(?:plan|intend|aim|vow|pledge|promise|threaten|hope|want|seek|agree|decide|refuse)$/

/** Prepositions that name the target of most acts when the pattern names none. */
const DEFAULT_TARGET_PREPS = ['with', 'to', 'against', 'on', 'toward', 'towards', 'from', 'for', 'into', 'over']

/**
 * The verb triggers of a sentence: every verb whose lemma the CAMEO dictionary (or our verb rules) knows, coded by
 * the most specific of our conditional rules, the dictionary's verb + noun/preposition patterns, our default for the
 * verb, and the verb's own dictionary code, in that order. Stop-listed light verbs give nothing on their own. The
 * verbs a rule or pattern reads as no act at all ("fired back", "called off") are added to `idioms`.
 */
export function verbTriggers(
  tokens: readonly Token[],
  lex: EventLexicon = eventLexicon(),
  idioms: number[] = [],
): Trigger[] {
  const out: Trigger[] = []
  for (let i = 0; i < tokens.length; i++) {
    // Verbs only: the tokens come with the verbs the tagger missed already put right (see `verbLemma`).
    if ((tokens[i] as Token).pos !== 'VERB') continue
    // A past participle standing before its noun names a state, not an act of the sentence: "the occupied territories",
    // "the disputed islands", "a signed copy".
    if (premodifier(tokens, i)) continue
    const lemma = verbLemma(tokens, i, lex)
    if (!lemma) continue
    const candidates = lex.verbs.get(lemma) ?? []
    // Several-word verbs ("call off", "pull out") first: the longest that matches here.
    let best: { verb: (typeof candidates)[number]; first: number; last: number } | null = null
    for (const v of candidates) {
      let first = i
      let last = i
      let ok = true
      for (const [k, w] of (v.back ?? []).entries()) {
        if (!isWord(tokens[i + 1 + k], w)) ok = false
        else last = i + 1 + k
      }
      for (const [k, w] of [...(v.front ?? [])].reverse().entries()) {
        if (!isWord(tokens[i - 1 - k], w)) ok = false
        else first = i - 1 - k
      }
      if (!ok) continue
      if (!best || last - first > best.last - best.first) best = { verb: v, first, last }
    }
    const rules = lex.rules.get(lemma) ?? []
    if (!best && rules.length === 0) continue
    const first = best?.first ?? i
    const last = best?.last ?? i
    const multiword = best ? last > first : false
    // A light verb ("take", "give", "say") codes an act only through a pattern with its object ("took hostages").
    const light = !multiword && lex.stop.has(lemma)
    const passive = isPassive(tokens, i)
    const end = objectEnd(tokens, last + 1)
    // Where the thing acted on is named: after an active verb; before a passive or intransitive one ("the embassy
    // was opened", "the embassy of Chile opened in 1990", "an agreement reached last month").
    const next = tokens[last + 1]
    const objectless = passive || !next || next.pos === 'ADP' || next.pos === 'PUNCT' || next.pos === 'ADV'
    // "an agreement, which Lima scrapped": the thing acted on may stand just before the relative pronoun.
    const from = objectless ? Math.max(0, Math.min(subjectStart(tokens, first), first - 8)) : last + 1
    const to = objectless ? first : end
    let coded: {
      id: string
      code: string | null
      type: string | null
      targetPreps: string[]
      namedTarget?: boolean | undefined
    } | null = null
    // Our conditional rules: a verb whose object decides the type under our conventions.
    for (const r of rules) {
      if (!r.object) continue
      // `&hostile` stands for every word of the hostile-words list ("called the attack outrageous").
      const objectWords = r.object.flatMap((o) => (o === '&hostile' ? [...lex.hostile] : [o]))
      const until = r.object.includes('&hostile') ? objectEnd(tokens, last + 1, 15, true) : end
      let hit = false
      // A preposition or particle ("called for", "called on", "objected to") must follow the verb at once.
      const particle =
        isWord(tokens[last + 1], '') ||
        tokens[last + 1]?.pos === 'ADP' ||
        tokens[last + 1]?.pos === 'PART' ||
        tokens[last + 1]?.lower === 'that'
      if (particle && objectWords.some((o) => isWord(tokens[last + 1], o))) hit = true
      for (let k = last + 1; k < until && !hit; k++)
        hit =
          objectWords.some((o) => isWord(tokens[k], o) && tokens[k]?.pos !== 'ADP' && tokens[k]?.pos !== 'PART') &&
          !possessor(tokens, k)
      for (let k = from; k < to && !hit && objectless; k++) hit = objectWords.some((o) => isWord(tokens[k], o))
      // "an agreement reached last month": a participle after its noun (a verb with an object of its own is no
      // participle: "the president welcomed the envoy").
      if (
        !hit &&
        /(?:ed|en)$/.test((tokens[i] as Token).lower) &&
        tokens[first - 1]?.pos === 'NOUN' &&
        !/^(?:NOUN|PROPN|DET|PRON|NUM)$/.test(next?.pos ?? '')
      )
        hit = objectWords.some((o) => isWord(tokens[first - 1], o))
      if (hit) {
        coded = {
          id: `verb-rule/${r.lemma}+${r.object.join('|')}`,
          code: r.code ?? null,
          type: r.label ?? (r.code ? lex.labelOf(r.code) : null),
          targetPreps: [],
        }
        break
      }
    }
    // Our rules that override the dictionary's patterns for a verb ("negotiate" is consultation, whatever follows).
    if (!coded) {
      const r = rules.find((x) => x.override && !x.object)
      if (r)
        coded = {
          id: `verb-rule/${r.lemma}`,
          code: r.code ?? null,
          type: r.label ?? (r.code ? lex.labelOf(r.code) : null),
          targetPreps: [],
        }
    }
    if (!coded && best) {
      const block = lex.blocks.get(best.verb.block)
      let top: { p: VerbPattern; score: number; targetPreps: string[] } | null = null
      for (const p of block?.patterns ?? []) {
        const s = patternScore(lex, tokens, first, last, p)
        const nouns =
          (p.post?.length ?? 0) + (p.pre?.length ?? 0) + (p.preps ?? []).reduce((n, x) => n + x.nps.length, 0)
        if (light && nouns === 0) continue
        // A pattern of particles alone ("- * TO # HEAD") is an idiom of the verb it was written for ("head to"), not
        // of its synonyms ("led to a war").
        if (p.by && p.by !== lemma && allParticles(p)) continue
        if (s.score > 0 && (!top || s.score > top.score)) top = { p, ...s }
      }
      const code = top ? (passive && top.p.passive ? top.p.passive : top.p.code) : null
      if (top && code)
        coded = {
          id: `cameo/${best.verb.block}@${top.p.line}`,
          code,
          type: lex.labelOf(code),
          targetPreps: top.targetPreps,
        }
      else if (top && !code) {
        idioms.push(i) // a pattern that says "no event here" ("call off", "hold back")
        continue
      }
    }
    if (!coded && !light) {
      const r = rules.find((x) => !x.object)
      if (r)
        coded = {
          id: `verb-rule/${r.lemma}`,
          code: r.code ?? null,
          type: r.label ?? (r.code ? lex.labelOf(r.code) : null),
          targetPreps: [],
          namedTarget: r.namedTarget,
        }
      // The dictionary's bare "make a statement" (010) is what every verb of saying or seeing codes alone: not an act.
      else if (best?.verb.code && best.verb.code !== '010')
        coded = {
          id: `cameo/${best.verb.block}`,
          code: best.verb.code,
          type: lex.labelOf(best.verb.code),
          targetPreps: [],
        }
    }
    if (!coded?.type) {
      // A rule of ours without a label ("fired back", "met the target") settles the verb: no act, not even a dated one.
      if (coded) idioms.push(i)
      continue
    }
    out.push({
      kind: 'verb',
      id: coded.id,
      type: coded.type,
      code: coded.code,
      head: i,
      first,
      last,
      passive,
      targetPreps: coded.targetPreps.length > 0 ? coded.targetPreps : DEFAULT_TARGET_PREPS,
      patternPreps: coded.targetPreps.length > 0,
      sourcePreps: passive ? ['by'] : [],
      ...(coded.namedTarget ? { namedTarget: true } : {}),
    })
  }
  return out
}
