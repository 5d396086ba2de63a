import type { Token } from '../../text/tokens.js'
import { type EventLexicon, eventLexicon } from './lexicon.js'
import { isWord, singular, type Trigger } from './triggers.js'

/** Words that name a kind of visit or meeting, capitalised in official texts: "a State Visit", "an Official Visit". */
const ACT_KIND = /^(?:state|official|working|bilateral|joint|historic|courtesy)$/

/**
 * The nominal triggers of a sentence: nouns of our lexicon that name an act ("talks with", "the expulsion of",
 * "clashes between"). A capitalised word inside the sentence is part of a name ("the Summit Hotel"), not an act.
 */
export function nominalTriggers(tokens: readonly Token[], lex: EventLexicon = eventLexicon()): Trigger[] {
  const out: Trigger[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    // A capitalised or mis-tagged plural keeps its -s in the lemma ("Clashes between …"): try the singular too.
    const entries = lex.nominal.get(t.lemma) ?? lex.nominal.get(t.lower) ?? lex.nominal.get(singular(t.lower))
    if (!entries) continue
    // …unless a capitalised kind of act stands before it, as official texts write them ("made a State Visit").
    const prev = tokens[i - 1]
    if (i > 0 && /^\p{Lu}/u.test(t.text) && !/^[“"‘(]$/.test(prev?.text ?? '') && !ACT_KIND.test(prev?.lower ?? ''))
      continue
    for (const e of entries) {
      let last = i
      let ok = true
      for (const [k, alternatives] of e.words.entries()) {
        const tok = tokens[i + k]
        if (!tok || !alternatives.split('|').some((w) => isWord(tok, w))) {
          ok = false
          break
        }
        last = i + k
      }
      if (!ok) continue
      const head = tokens[last] as Token
      // A one-word entry must be a noun here ("talks" as a verb is the verb dictionary's); a capital at the start of
      // a sentence makes the tagger read a proper noun.
      if (
        e.words.length === 1 &&
        head.pos !== 'NOUN' &&
        !(head.pos === 'PROPN' && (i === 0 || ACT_KIND.test(prev?.lower ?? ''))) &&
        !pluralAfterModifier(tokens, last)
      )
        continue
      // "the ceasefire attempt", "an attack helicopter": an act noun modifying another noun names a kind of thing.
      if (MODIFIED_HEAD.test(tokens[last + 1]?.lemma ?? '') && tokens[last + 1]?.pos === 'NOUN') continue
      out.push({
        kind: 'noun',
        id: `nominal/${e.id}`,
        type: e.type,
        code: null,
        head: last,
        first: i,
        last,
        passive: false,
        targetPreps: e.targets,
        patternPreps: false,
        sourcePreps: e.sources ?? [],
      })
      i = last
      break
    }
  }
  return out
}

/** Nouns an act noun only describes when it stands before them: an attempt, a plan or a weapon is not the act. */
const MODIFIED_HEAD =
  /^(?:attempt|effort|bid|proposal|plan|process|mechanism|framework|talk|negotiation|helicopter|jet|aircraft|submarine|drone|vehicle|group|unit|zone|line|monitor|observer|anniversary|memorial|museum|site|route|capability|threat|risk|fear)$/

/** A plural the tagger read as a verb after an adjective or determiner ("joint naval exercises between …"). */
function pluralAfterModifier(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token
  const prev = tokens[i - 1]
  return t.pos === 'VERB' && t.lower.endsWith('s') && prev !== undefined && /^(?:ADJ|DET|NUM)$/.test(prev.pos)
}
