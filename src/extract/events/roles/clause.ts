import type { Token } from '../../../text/tokens.js'
import { monthIndex } from '../../dates/patterns.js'
import {
  actorsIn,
  coordinationFrom,
  type Phrase,
  phraseEndingAt,
  phraseStartingAt,
  type SentenceView,
} from '../sentence.js'

/** What stands in the subject position of a verb: a phrase, a pronoun, or a pointer to where the subject is. */
export type SubjectSlot =
  | { readonly kind: 'phrase'; readonly phrase: Phrase }
  | { readonly kind: 'pronoun'; readonly token: Token }
  | { readonly kind: 'relative'; readonly antecedent: Phrase }
  | { readonly kind: 'coordinated'; readonly verb: number }
  | { readonly kind: 'infinitive'; readonly governor: number; readonly object: Phrase | null }
  | { readonly kind: 'participle'; readonly verb: number }
  | { readonly kind: 'accused'; readonly phrase: Phrase; readonly verb: number }

const VERB_GROUP = new Set(['AUX', 'ADV', 'PART'])
/** Verbs of judging another's act: "accused Kenya of shelling", "condemned Peru for closing" make it the doer. */
const ACCUSING =
  /^(?:accuse|charge|blame|suspect|convict|condemn|criticize|criticise|denounce|fault|punish|sanction|praise|thank|commend)$/

/** A state named by a common noun with a determiner: "this country", "the kingdom" (the state in focus). */
const STATE_ANAPHOR = /^(?:this|the) (?:country|nation|kingdom|republic|state)$/

/** The words of a phrase, lower case. */
const phraseText = (view: SentenceView, p: Phrase): string =>
  view.tokens
    .slice(p.first, p.last + 1)
    .map((t) => t.lower)
    .join(' ')

/** Prepositions that attach a phrase to a noun ("sanctions against Belarus", "talks with Peru"). */
const NOUN_PREPOSITION = /^(?:against|on|with|over|about|toward|towards|into|from)$/

/** Time words that stand between a subject and its verb like adverbs ("have today agreed"). */
const TIME_WORD = /^(?:today|yesterday|tonight|tomorrow|now|then|also|later|earlier|recently|again|jointly)$/
/** Verbs whose object is the subject of the infinitive after it: "urged Iran to release", "invited Chile to join". */
const OBJECT_CONTROL =
  /^(?:urge|ask|invite|call|force|order|allow|permit|encourage|tell|persuade|request|press|pressure|push|compel|enable|help|want|expect|require|warn|advise|prompt|lead|cause|instruct|authorize|authorise|appeal)$/
const RELATIVE = /^(?:which|who|that|whom)$/
/** Texts a state issues, which then condemn, urge or support in its name. */
const ISSUED_TEXT =
  /^(?:resolution|statement|declaration|communiqué|communique|letter|note|report|bill|motion|decree|law|message|memorandum|document|speech)$/
const SUBJECT_PRONOUN = /^(?:he|she|it|they|we)$/

/** Whether tokens [from, to] are a prepositional phrase with no state in it ("on Saturday", "in 2019", "last week"). */
function adverbial(view: SentenceView, from: number, to: number): boolean {
  const first = view.tokens[from]
  if (!first) return false
  const timeWord = /^(?:last|this|next|earlier|later|yesterday|today|tomorrow|recently|also|then|now|again)$/.test(
    first.lower,
  )
  // "of" joins a phrase to its head ("thousands of protesters"): it never starts an adverbial.
  if ((first.pos !== 'ADP' || first.lower === 'of') && !timeWord) return false
  return !view.mentions.some((m) => m.first >= from && m.last <= to && !m.mention.place)
}

/**
 * The verb of the clause a participle or a coordinated verb before `at` hangs on: the nearest verb before it that is
 * not an infinitive ("to raid") nor a gerund after a preposition ("of Glas escaping"), unless that gerund is what a
 * state is accused of ("accused Kenya of shelling villages, killing two herders").
 */
function governingClauseVerb(view: SentenceView, at: number): number {
  const { tokens } = view
  for (let i = at - 1; i >= 0 && i >= at - 20; i--) {
    const x = tokens[i] as Token
    if (x.pos !== 'VERB') continue
    const prev = tokens[i - 1]
    if (prev?.lower === 'to') continue
    // A gerund after a preposition, its subject between them or not ("of escaping", "of Glas escaping", "of him fleeing").
    let p = i - 1
    while (p >= 0 && p > i - 4 && /^(?:PROPN|NOUN|PRON|DET|ADJ)$/.test((tokens[p] as Token).pos)) p--
    if (x.lower.endsWith('ing') && tokens[p]?.pos === 'ADP') {
      if (subjectSlot(view, i)?.kind === 'accused') return i
      continue
    }
    return i
  }
  return -1
}

/** The first verb of a stretch [from, to), if any. */
function verbIn(tokens: readonly Token[], from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if ((tokens[i] as Token).pos === 'VERB') return i
  return -1
}

/**
 * Where the subject of the verb at `verb` is: walks left over its auxiliaries and adverbs, over comma-bounded inserts
 * and time phrases ("Kenya, which hosts the talks, on Saturday recalled"), to the noun phrase before it; or finds
 * that the verb shares the subject of an earlier verb ("met … and signed"), is an infinitive ("agreed to sign"), a
 * participle after a comma (", accusing"), or follows a relative pronoun or a pronoun.
 */
export function subjectSlot(view: SentenceView, verb: number): SubjectSlot | null {
  const { tokens } = view
  // "Calling the raid illegal, Croatia recalled …": a participle opening the sentence shares the subject of the
  // verb after its comma.
  if (verb === 0 && (tokens[0] as Token).lower.endsWith('ing')) {
    const comma = tokens.findIndex((x) => x.text === ',')
    const main =
      comma < 0 ? -1 : tokens.findIndex((x, i) => i > comma && x.pos === 'VERB' && tokens[i - 1]?.pos !== 'PART')
    return main > 0 ? { kind: 'participle', verb: main } : null
  }
  let k = verb - 1
  // "subjected the posts to heavy shelling": a gerund's adjectives stand between it and what governs it.
  const gerund = (tokens[verb] as Token).lower.endsWith('ing')
  while (
    k >= 0 &&
    ((VERB_GROUP.has((tokens[k] as Token).pos) && (tokens[k] as Token).lower !== 'to') ||
      TIME_WORD.test((tokens[k] as Token).lower) ||
      (gerund && (tokens[k] as Token).pos === 'ADJ'))
  )
    k--
  for (let guard = 0; guard < 6 && k >= 0; guard++) {
    const t = tokens[k] as Token
    // A bracketed insert ("the Ministry of Foreign Affairs (MoFA) stressed"): skip it.
    if (t.text === ')') {
      let open = k - 1
      while (open >= 0 && open > k - 12 && (tokens[open] as Token).text !== '(') open--
      if (tokens[open]?.text === '(') {
        k = open - 1
        continue
      }
    }
    if (t.lower === 'to' && (t.pos === 'PART' || t.pos === 'ADP')) {
      // "Algeria's decision to cut ties": the possessor of the noun the infinitive completes is its subject.
      const owner = tokens[k - 1]?.pos === 'NOUN' ? phraseEndingAt(view, k - 1) : null
      if (
        owner &&
        owner.actors.length > 0 &&
        view.mentions.some((m) => m.mention.possessive && m.last < k - 1 && m.first >= owner.first)
      )
        return { kind: 'phrase', phrase: owner }
      const governor = verbIn(tokens, Math.max(0, k - 8), k)
      if (governor < 0) return null
      // "urged Iran to release": an actor between the governing verb and "to" is the subject of the infinitive.
      const between = phraseEndingAt(view, k - 1)
      const controls = OBJECT_CONTROL.test((tokens[governor] as Token).lemma)
      const object = controls && between && between.first > governor && between.actors.length > 0 ? between : null
      return { kind: 'infinitive', governor, object }
    }
    // "accused Kenya on Thursday of shelling villages": the accused is the doer of what it is accused of.
    if ((t.lower === 'of' || t.lower === 'for') && k === verb - 1 && (tokens[verb] as Token).lower.endsWith('ing')) {
      for (let g = k - 1; g >= 0 && g >= k - 8; g--) {
        if ((tokens[g] as Token).pos !== 'VERB') continue
        if (!ACCUSING.test((tokens[g] as Token).lemma)) break
        const object = coordinationFrom(view, g + 1 + ((tokens[g + 1] as Token | undefined)?.pos === 'DET' ? 1 : 0))
        if (object && object.actors.length > 0 && object.last < k) return { kind: 'accused', phrase: object, verb: g }
        break
      }
    }
    // "before traveling to Egypt", "after meeting Lula": a participle after a subordinator shares the main subject.
    if ((t.pos === 'SCONJ' || t.pos === 'ADP') && k === verb - 1 && (tokens[verb] as Token).lower.endsWith('ing')) {
      const main = tokens.findIndex((x, i) => i < k && x.pos === 'VERB')
      if (main >= 0) return { kind: 'participle', verb: main }
      // A fronted phrase ("After meeting Lula, Petro said"): the verb after the comma.
      const after = tokens.findIndex((x, i) => i > verb && x.pos === 'VERB' && tokens[i - 1]?.pos !== 'PART')
      return after >= 0 ? { kind: 'participle', verb: after } : null
    }
    if (t.pos === 'CCONJ') {
      const before = governingClauseVerb(view, k)
      return before >= 0 ? { kind: 'coordinated', verb: before } : null
    }
    if (t.text === ',') {
      // ", accusing X of …": a participle right after a comma takes the main clause's subject.
      const v = tokens[verb] as Token
      if (k === verb - 1 && /(?:ing|ed)$/.test(v.lower)) {
        const main = governingClauseVerb(view, k)
        if (main >= 0) return { kind: 'participle', verb: main }
      }
      // Skip a comma-bounded insert: an appositive, a relative clause, a time phrase.
      let open = k - 1
      while (open >= 0 && (tokens[open] as Token).text !== ',') open--
      if (open < 0) {
        // No opening comma: what lies before is a fronted phrase ("On Monday, …"), whose subject would follow it;
        // unless it opens with a phrase naming an actor and has no verb ("The Government of X in pursuing its
        // mandate, recently signed"): that phrase is the subject.
        const lead = phraseStartingAt(view, 0)
        const hasVerb = tokens.slice(0, k).some((x) => x.pos === 'VERB' && !x.lower.endsWith('ing'))
        if (lead && lead.actors.length > 0 && !hasVerb && tokens[0]?.pos !== 'ADP')
          return { kind: 'phrase', phrase: lead }
        return null
      }
      const insertStart = tokens[open + 1] as Token
      // A relative clause, an adverbial, or a participle clause ("the forces of X, committing provocations, shelled").
      const participle = insertStart.pos === 'VERB' && /ing$/.test(insertStart.lower)
      if (
        RELATIVE.test(insertStart.lower) ||
        adverbial(view, open + 1, k - 1) ||
        insertStart.pos === 'ADV' ||
        participle
      ) {
        k = open - 1
        continue
      }
      // An appositive ("Kenya's president, William Ruto, said", "Mr Gemba, Minister for Foreign Affairs of Japan,
      // held"): the phrase before the first comma is the subject; the appositive places a person it names.
      const insert = tokens.slice(open + 1, k)
      if (insert.length > 0 && !insert.some((x) => x.pos === 'VERB' || x.pos === 'AUX')) {
        const head = phraseEndingAt(view, open - 1)
        const placed = actorsIn(view, open + 1, k - 1).filter((m) => 'country' in m.actor && m.actor.country)
        const headCoded = head?.actors.some((m) => 'country' in m.actor && m.actor.country)
        if (head && head.actors.length > 0 && (headCoded || placed.length === 0))
          return { kind: 'phrase', phrase: head }
        if (placed.length > 0)
          return { kind: 'phrase', phrase: { first: open + 1, last: k - 1, actors: placed.slice(-1) } }
        if (head) return { kind: 'phrase', phrase: head }
      }
      return null
    }
    // A time phrase right before the verb ("Kenya on Saturday recalled"): skip it.
    const phrase = phraseEndingAt(view, k)
    if (phrase) {
      const lead = tokens[phrase.first - 1]
      // "Angry Serbs protesting Kosovo's independence stormed …": the phrase is the object of a participle that
      // describes the subject before it.
      if (lead?.pos === 'VERB' && lead.lower.endsWith('ing')) {
        const doer = phraseEndingAt(view, phrase.first - 2)
        if (doer && doer.actors.length > 0) return { kind: 'phrase', phrase: doer }
      }
      // "passed a resolution condemning …", "issued a statement criticising …": a text that does something is the act
      // of whoever issued it, the subject of the verb whose object the text is.
      if (
        phrase.actors.length === 0 &&
        k === verb - 1 &&
        (tokens[verb] as Token).lower.endsWith('ing') &&
        ISSUED_TEXT.test((tokens[phrase.last] as Token).lemma) &&
        lead?.pos === 'VERB'
      )
        return { kind: 'participle', verb: phrase.first - 1 }
      // "on Wednesday, October 10 sent": a date in apposition to the time phrase before it.
      if (
        lead?.text === ',' &&
        phrase.actors.length === 0 &&
        tokens.slice(phrase.first, phrase.last + 1).every((x) => x.pos === 'NUM' || monthIndex(x.lower) > 0) &&
        view.tokens.slice(phrase.first, phrase.last + 1).some((x) => monthIndex(x.lower) > 0)
      ) {
        k = phrase.first - 2
        continue
      }
      if (lead && lead.pos === 'ADP' && adverbial(view, phrase.first - 1, phrase.last)) {
        k = phrase.first - 2
        continue
      }
      // A prepositional phrase that names a state but modifies the subject's noun ("The EU's sanctions against
      // Belarus expired"): the subject is the noun before it.
      if (lead && NOUN_PREPOSITION.test(lead.lower) && lead.pos === 'ADP') {
        const before = tokens[phrase.first - 2]
        if (before && (before.pos === 'NOUN' || before.pos === 'PROPN')) {
          k = phrase.first - 2
          continue
        }
      }
      if (phrase.first === phrase.last && SUBJECT_PRONOUN.test(t.lower) && t.pos === 'PRON')
        return { kind: 'pronoun', token: t }
      if (phrase.first === phrase.last && RELATIVE.test(t.lower)) {
        const comma = tokens[phrase.first - 1]
        const antecedent = phraseEndingAt(view, phrase.first - (comma?.text === ',' ? 2 : 1))
        return antecedent ? { kind: 'relative', antecedent } : null
      }
      // "its military", "their forces": a possessive pronoun stands for the party it refers to; "this country",
      // "the kingdom" for the state in focus.
      if (phrase.actors.length === 0 && /^(?:its|their)$/.test((tokens[phrase.first] as Token).lower))
        return { kind: 'pronoun', token: tokens[phrase.first] as Token }
      if (phrase.actors.length === 0 && STATE_ANAPHOR.test(phraseText(view, phrase)))
        return { kind: 'pronoun', token: tokens[phrase.last] as Token }
      // A coordination ending here ("Egypt, Qatar and Turkey urged"): read it from its start.
      let start = phrase.first
      // A list ends in "and" ("Egypt, Qatar and Turkey"); a comma alone before the subject closes a fronted phrase.
      const last = tokens[start - 1]
      for (let first = true; ; first = false) {
        const gap = tokens[start - 1]
        if (!gap || !(gap.text === ',' || (gap.pos === 'CCONJ' && gap.lower === 'and'))) break
        if (first && last?.pos !== 'CCONJ') break
        let j = start - 2
        if (gap.pos === 'CCONJ' && tokens[j]?.text === ',') j--
        const prev = phraseEndingAt(view, j)
        if (!prev || prev.actors.length === 0) break
        start = prev.first
      }
      if (start === phrase.first) return { kind: 'phrase', phrase }
      const whole = coordinationFrom(view, start)
      const actors = [...(whole?.actors ?? []), ...phrase.actors.filter((a) => !whole?.actors.includes(a))]
      return { kind: 'phrase', phrase: { first: start, last: phrase.last, actors } }
    }
    if (RELATIVE.test(t.lower)) {
      const comma = tokens[k - 1]
      const antecedent = phraseEndingAt(view, k - (comma?.text === ',' ? 2 : 1))
      return antecedent ? { kind: 'relative', antecedent } : null
    }
    if (t.pos === 'PRON' && SUBJECT_PRONOUN.test(t.lower)) return { kind: 'pronoun', token: t }
    return null
  }
  return null
}
