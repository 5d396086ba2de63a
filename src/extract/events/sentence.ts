import type { ActorRef, Sentence } from '../../core/types.js'
import type { Token } from '../../text/tokens.js'
import { type ActorMention, ENVOY } from '../actors.js'
import { attributive } from './triggers.js'

/** An actor of an event: the actor, its listing code (ISO3, organisation name, placed person's state) and its mention. */
export interface Party {
  readonly actor: ActorRef
  readonly code: string | null
  readonly mention: ActorMention | null
}

/** The listing code of an actor: ISO3 for a state or a placed person, the name of an organisation, else null. */
export const codeOf = (a: ActorRef): string | null =>
  'country' in a && a.country ? a.country : 'org' in a ? a.org : null

/** The party a mention stands for. */
export function party(m: ActorMention): Party {
  return { actor: m.actor, code: codeOf(m.actor), mention: m }
}

/** A state as a party with no mention (the pair of a document, a state inferred from context). */
export const stateParty = (code: string): Party => ({ actor: { country: code }, code, mention: null })

/** A stretch of tokens [first, last] of a sentence that reads as one noun phrase, with the actors named in it. */
export interface Phrase {
  readonly first: number
  readonly last: number
  readonly actors: readonly ActorMention[]
}

/** A sentence as the event rules read it: its tokens (indices from 0) and its actor mentions placed on them. */
export interface SentenceView {
  readonly sentence: Sentence
  readonly tokens: readonly Token[]
  /** Actor mentions of the sentence (places too), each with the first and last token it covers. */
  readonly mentions: readonly { readonly mention: ActorMention; readonly first: number; readonly last: number }[]
}

const NOMINAL = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'])
const POSSESSIVE_PRONOUN = /^(?:its|their|his|her|our|my|your)$/

/** Nouns that stand for a state's people or organs: "the president of Kenya", "the people of Chile". */
const OF_HEADS =
  /^(?:president|prime|minister|ministry|government|king|queen|emir|leader|ambassador|envoy|embassy|people|army|force|troop|navy|military|parliament|senate|congress|official|authority|delegation|state|republic|kingdom|chancellor|premier|foreign|secretary|representative|consul|consulate|cabinet|regime|administration|court|council|office|department|spokesman|spokeswoman|spokesperson|head|chief|commander|coast|guard|police|soldier|citizen|national|sultan|crown|prince|side|presidency)$/

/** Whether a token can be part of a noun phrase ("wide-ranging talks": a participle before a noun counts). */
function nominal(t: Token | undefined, tokens?: readonly Token[]): boolean {
  if (!t) return false
  if (tokens && t.pos === 'VERB' && attributive(tokens, t.index)) return true
  if (NOMINAL.has(t.pos)) return true
  if (t.pos === 'PRON' && POSSESSIVE_PRONOUN.test(t.lower)) return true
  if (t.pos === 'PART' && /^['’]s?$/.test(t.text)) return true
  if (t.pos === 'PUNCT' && /^[-‐.]$/.test(t.text)) return true
  // Participles used as adjectives inside names ("the United States") are tagged VERB.
  return t.pos === 'VERB' && /ed$/.test(t.lower) && /^\p{Lu}/u.test(t.text)
}

/** Builds the view of one sentence from the document's tokens and actor mentions. */
export function viewOf(sentence: Sentence, tokens: readonly Token[], mentions: readonly ActorMention[]): SentenceView {
  const placed: SentenceView['mentions'][number][] = []
  for (const m of mentions) {
    const first = tokens.findIndex((t) => t.end > m.span.start)
    if (first < 0 || (tokens[first] as Token).start >= m.span.end) continue
    let last = first
    while (last + 1 < tokens.length && (tokens[last + 1] as Token).start < m.span.end) last++
    placed.push({ mention: m, first, last })
  }
  return { sentence, tokens, mentions: placed }
}

/** The actor mentions lying inside tokens [first, last]. */
export function actorsIn(view: SentenceView, first: number, last: number, places = false): ActorMention[] {
  return view.mentions
    .filter((p) => p.first >= first && p.last <= last && (places || !p.mention.place))
    .map((p) => p.mention)
}

/**
 * The actor a noun phrase stands for: its last actor with a code ("Iran ally Russia" is Russia, "Tanzania's President
 * Samia Suluhu" is her, "the president of Kenya" is Kenya): English puts the head of a phrase last.
 */
function headActor(view: SentenceView, first: number, last: number): ActorMention[] {
  // "the ambassador of India to the UAE" stands for India: the state after "to" is where the envoy is posted.
  const all = actorsIn(view, first, last).filter((m) => {
    const at = view.mentions.find((p) => p.mention === m)?.first ?? 0
    const to = [at - 1, at - 2].find((i) => view.tokens[i]?.lower === 'to')
    return to === undefined || to < first
  })
  const coded = all.filter((m) => codeOf(m.actor))
  // "Russia's deportations of Ukrainian children", "Trump's Gaza peace plan": a possessor before the noun owns it;
  // an "of" phrase is what the noun acts on, a name before the noun its topic ("the president of Kenya" has no
  // possessor: Kenya is the phrase's actor).
  const possessor = coded.find((m) => {
    const at = view.mentions.find((p) => p.mention === m)?.last ?? -2
    return /^['’]s?$/.test(view.tokens[at + 1]?.text ?? '') && at + 1 < last
  })
  const head = possessor ?? coded[coded.length - 1] ?? all[all.length - 1]
  return head ? [head] : []
}

/** The mention covering a token, if any. */
export function mentionAt(view: SentenceView, i: number): SentenceView['mentions'][number] | undefined {
  return view.mentions.find((p) => p.first <= i && i <= p.last)
}

/**
 * The noun phrase that ends at token `last`: nominal tokens, possessives ("Kenya's"), hyphens, and "of" joining a
 * state's organ to its state ("the president of Kenya"). Null when the token is not nominal.
 */
export function phraseEndingAt(view: SentenceView, last: number): Phrase | null {
  const { tokens } = view
  if (!nominal(tokens[last], tokens) && !mentionAt(view, last)) return null
  let first = last
  for (;;) {
    const prev = tokens[first - 1]
    // A determiner opens a phrase: "In 2015 the two governments" is "the two governments".
    if ((tokens[first] as Token).pos === 'DET' && first < last && !mentionAt(view, first)) break
    if (nominal(prev, tokens) || (prev && mentionAt(view, first - 1))) {
      first--
      continue
    }
    // "the president of Kenya": "of" joins an organ to its state.
    if (prev?.lower === 'of' && first >= 2 && OF_HEADS.test((tokens[first - 2] as Token).lemma)) {
      first -= 2
      continue
    }
    // "the ambassador of India to the UAE": the state an envoy is posted to belongs to the phrase.
    if (prev?.lower === 'to' && first >= 2 && ENVOY.test((tokens[first - 2] as Token).lemma)) {
      first -= 2
      continue
    }
    break
  }
  return { first, last, actors: headActor(view, first, last) }
}

/** The noun phrase that starts at token `first` (after it: "of" + a state, possessives, hyphens). */
export function phraseStartingAt(view: SentenceView, first: number): Phrase | null {
  const { tokens } = view
  if (!nominal(tokens[first], tokens) && !mentionAt(view, first)) return null
  let last = first
  for (;;) {
    const next = tokens[last + 1]
    if (nominal(next, tokens) || (next && mentionAt(view, last + 1))) {
      last++
      continue
    }
    // "the president of Kenya", "the decision of the court": "of" and a phrase that names an actor.
    if (next?.lower === 'of' && nominal(tokens[last + 2])) {
      let k = last + 2
      while (tokens[k]?.pos === 'DET') k++
      if (OF_HEADS.test((tokens[last] as Token).lemma) || mentionAt(view, k)) {
        last += 2
        continue
      }
    }
    break
  }
  // "the decision of the court": the actor of the "of" phrase is the one the phrase names.
  return { first, last, actors: headActor(view, first, last) }
}

/**
 * A coordination of phrases from `first` on: "Egypt, Qatar and Turkey", "the British and German embassies". Returns
 * the actors of every conjunct and the last token of the whole.
 */
export function coordinationFrom(view: SentenceView, first: number): Phrase | null {
  const head = phraseStartingAt(view, first)
  if (!head) return null
  let last = head.last
  const actors = [...head.actors]
  for (;;) {
    let k = last + 1
    const t = view.tokens[k]
    if (t?.text === ',') k++
    const c = view.tokens[k]
    if (c && (c.lower === 'and' || c.lower === 'or') && c.pos === 'CCONJ') k++
    else if (t?.text !== ',') break
    const next = phraseStartingAt(view, k)
    if (!next || next.actors.length === 0) break
    actors.push(...next.actors)
    last = next.last
  }
  return { first: head.first, last, actors }
}

/** Whether an offset of a sentence lies inside quotation marks. */
export function insideQuote(sentence: string, at: number): boolean {
  const prefix = sentence.slice(0, at)
  const open = (prefix.match(/“/g) ?? []).length
  const close = (prefix.match(/”/g) ?? []).length
  if (open > close) return true
  return (prefix.match(/"/g) ?? []).length % 2 === 1
}
