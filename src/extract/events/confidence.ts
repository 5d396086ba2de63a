import { z } from 'zod'
import { loadLexicon } from '../../text/lexicon.js'
/**
 * How much an event's coding can be trusted, from how it was found: which kind of rule named the act, whether its
 * target was named in its own sentence, whether its own clause dated it. Events below `MIN_CONFIDENCE` are not
 * reported: on the development sets, acts coded only by a dictionary verb's default code with neither a target nor a
 * date of their own were wrong nine times in ten, and so were the general verbs of the dictionary coded alone.
 */
export const MIN_CONFIDENCE = 0.5

/** What the confidence of an event is computed from. */
export interface Evidence {
  /** The trigger's id: `verb-rule/…`, `cameo/BLOCK@line` (a pattern), `cameo/BLOCK` (the verb's default), `nominal/…`, `dated-act`. */
  readonly trigger: string
  /** How the target was found: in the sentence, from the document's pair, or not at all. */
  readonly target: 'own' | 'pair' | 'none'
  /** How the date was found. */
  readonly date: 'own' | 'context' | 'none'
  /** The event's label, when known: an act aimed at another party ("accused", "signed") is hardly one without it. */
  readonly type?: string
}

/**
 * Labels that are whole without a target: a unilateral act (OTHER), a position stated, support voiced for a situation
 * ("welcomed the ceasefire"). Any other act found with no target is mostly a misreading: on the development sets,
 * such gold events are one in a hundred, such predictions nearly all wrong.
 */
const WHOLE_ALONE = new Set(['OTHER', 'STATEMENT', 'SUPPORT'])

/** The trust in a trigger kind on its own. */
function base(trigger: string, trusted: ReadonlySet<string>): number {
  if (trigger.startsWith('verb-rule/')) return trigger.includes('+') ? 0.8 : 0.65
  if (trigger.startsWith('nominal/')) return 0.6
  if (trigger.startsWith('cameo/')) {
    if (trigger.includes('@')) return 0.6
    // A verb's own code: trusted for blocks whose verbs name an act outright, not for general verbs ("allow").
    return trusted.has(trigger.slice('cameo/'.length)) ? 0.55 : 0.2
  }
  // A position stated (a fallback on verbs of saying) or a dated act no lexicon names.
  return trigger.startsWith('statement') ? 0.55 : 0.5
}

const TrustedBlocks = z.object({ note: z.string(), blocks: z.array(z.string()) })
let trustedBlocks: ReadonlySet<string> | undefined

/** The confidence of an event, between 0 and 1. */
export function confidenceOf(e: Evidence): number {
  trustedBlocks ??= new Set(loadLexicon('events/cameo-trusted-blocks.json', TrustedBlocks).blocks)
  const alone = e.trigger === 'dated-act' ? 0 : !e.type || WHOLE_ALONE.has(e.type) ? -0.1 : -0.4
  const target = e.target === 'own' ? 0.1 : e.target === 'pair' ? 0 : alone
  const date = e.date === 'own' ? 0.1 : e.date === 'context' ? 0.05 : -0.15
  return Math.round(Math.min(1, Math.max(0, base(e.trigger, trustedBlocks) + target + date)) * 100) / 100
}

/** Whether a trigger is a general verb of the dictionary coded alone: its label says little, a dated act says more. */
export function isGeneric(trigger: string): boolean {
  trustedBlocks ??= new Set(loadLexicon('events/cameo-trusted-blocks.json', TrustedBlocks).blocks)
  return trigger.startsWith('cameo/') && !trigger.includes('@') && !trustedBlocks.has(trigger.slice('cameo/'.length))
}
