import { z } from 'zod'
import { isEventType } from '../../core/plover.js'
import { loadLexicon } from '../../text/lexicon.js'

const NounPhrase = z.object({ head: z.string(), mods: z.array(z.string()) })
const PrepPhrase = z.object({ prep: z.string(), nps: z.array(NounPhrase) })
const Pattern = z.object({
  pre: z.array(NounPhrase).optional(),
  prePreps: z.array(PrepPhrase).optional(),
  post: z.array(NounPhrase).optional(),
  preps: z.array(PrepPhrase).optional(),
  code: z.string().nullable(),
  passive: z.string().optional(),
  /** The verb of the block the dictionary wrote the pattern for (its comment). */
  by: z.string().optional(),
  line: z.number(),
})
const CameoVerbs = z.object({
  about: z.string(),
  licence: z.string(),
  wordnet_notice: z.string(),
  synsets: z.record(z.string(), z.array(z.string())),
  verbs: z.array(
    z.object({
      lemma: z.string(),
      front: z.array(z.string()).optional(),
      back: z.array(z.string()).optional(),
      forms: z.array(z.string()).optional(),
      block: z.string(),
      code: z.string().nullable(),
    }),
  ),
  blocks: z.record(z.string(), z.object({ code: z.string().nullable(), patterns: z.array(Pattern) })),
})
const Label = z.string().refine(isEventType, 'an event type')
const CameoLabels = z.object({
  note: z.string(),
  roots: z.record(z.string(), Label),
  codes: z.record(z.string(), z.object({ label: Label, note: z.string() })),
})
const Example = z.object({
  text: z.string(),
  type: z.string().nullable(),
  source: z.string().optional(),
  target: z.string().optional(),
})
const VerbRules = z.object({
  note: z.string(),
  verbs: z.array(
    z.object({
      lemma: z.string(),
      /** A code for the verb on its own, where the dictionary gives it only in patterns. */
      code: z.string().optional(),
      /** A label that overrides the dictionary for this verb (our conventions differ from CAMEO's). */
      label: Label.optional(),
      /** Only when the verb's object head is one of these lemmas. */
      object: z.array(z.string()).optional(),
      /** The rule wins over the dictionary's patterns too (our conventions read the verb one way whatever follows). */
      override: z.boolean().optional(),
      /** A verb too general to code unless the other party is named in its own clause ("supports Vietnam"). */
      namedTarget: z.boolean().optional(),
      note: z.string(),
      examples: z.array(Example).min(1),
    }),
  ),
  stop: z.array(z.object({ lemma: z.string(), note: z.string() })),
})
const Nominal = z.object({
  note: z.string(),
  nouns: z.array(
    z.object({
      id: z.string(),
      /** Lemmas of the trigger words, in order ("telephone conversation"); `|` separates alternatives of one word. */
      words: z.array(z.string()).min(1),
      type: Label,
      /** Prepositions whose object is the target ("talks with", "sanctions on"); "between" gives both parties. */
      targets: z.array(z.string()),
      /** Prepositions whose object is the source ("a visit by", "the expulsion of" gives the object, not the doer). */
      sources: z.array(z.string()).optional(),
      note: z.string(),
      examples: z.array(Example).min(1),
    }),
  ),
})

const HostileWords = z.object({
  note: z.string(),
  words: z.array(z.string()).min(1),
  examples: z.array(Example).min(1),
})

/** A noun phrase of a dictionary pattern: its head and the words before it (words or `&SYNSET` names). */
export type PatternPhrase = z.infer<typeof NounPhrase>
/** A prepositional phrase of a dictionary pattern. */
export type PatternPrep = z.infer<typeof PrepPhrase>
/** A verb + noun/preposition pattern of the CAMEO dictionary, with its code. */
export type VerbPattern = z.infer<typeof Pattern>
/** A verb of the CAMEO dictionary (one or several words), its synonym block and its own code. */
export type DictionaryVerb = z.infer<typeof CameoVerbs>['verbs'][number]
/** One of our verb rules: a default code, an override or a conditional label for a verb. */
export type VerbRule = z.infer<typeof VerbRules>['verbs'][number]
/** A nominal trigger of our hand-written lexicon. */
export type NominalTrigger = z.infer<typeof Nominal>['nouns'][number]

/** The event lexicons, loaded and indexed once per process. */
export interface EventLexicon {
  /** Dictionary verbs by lemma of their main verb. */
  readonly verbs: ReadonlyMap<string, readonly DictionaryVerb[]>
  /** The lemma of an irregular form the dictionary lists ("shot" → "shoot"). */
  readonly irregular: ReadonlyMap<string, string>
  readonly blocks: ReadonlyMap<string, { readonly code: string | null; readonly patterns: readonly VerbPattern[] }>
  readonly synsets: ReadonlyMap<string, readonly string[]>
  /** Our rules per verb lemma, in file order. */
  readonly rules: ReadonlyMap<string, readonly VerbRule[]>
  readonly stop: ReadonlySet<string>
  /** Nominal triggers by the lemma of their first word (each alternative). */
  readonly nominal: ReadonlyMap<string, readonly NominalTrigger[]>
  readonly nominalList: readonly NominalTrigger[]
  readonly verbRuleList: readonly VerbRule[]
  /** Words that make a stated position hostile (an accusation), and the examples that show them. */
  readonly hostile: ReadonlySet<string>
  readonly hostileExamples: readonly z.infer<typeof Example>[]
  /** Dyad's label for a CAMEO code: the longest prefix named in our table. */
  labelOf(code: string): string | null
}

let cached: EventLexicon | undefined

/** The CAMEO verb dictionary, our code → label table, our verb rules and our nominal triggers, indexed. */
export function eventLexicon(): EventLexicon {
  if (cached) return cached
  const cameo = loadLexicon('events/cameo-verbs.json', CameoVerbs)
  const labels = loadLexicon('events/cameo-labels.json', CameoLabels)
  const rules = loadLexicon('events/verb-rules.json', VerbRules)
  const nominal = loadLexicon('events/nominal-triggers.json', Nominal)
  const hostile = loadLexicon('events/hostile-words.json', HostileWords)
  const verbs = new Map<string, DictionaryVerb[]>()
  const irregular = new Map<string, string>()
  for (const v of cameo.verbs) {
    verbs.set(v.lemma, [...(verbs.get(v.lemma) ?? []), v])
    for (const f of v.forms ?? []) if (!irregular.has(f)) irregular.set(f, v.lemma)
  }
  const byLemma = new Map<string, VerbRule[]>()
  for (const r of rules.verbs) byLemma.set(r.lemma, [...(byLemma.get(r.lemma) ?? []), r])
  const byFirst = new Map<string, NominalTrigger[]>()
  for (const n of nominal.nouns)
    for (const w of (n.words[0] as string).split('|')) byFirst.set(w, [...(byFirst.get(w) ?? []), n])
  const labelCache = new Map<string, string | null>()
  cached = {
    verbs,
    irregular,
    blocks: new Map(Object.entries(cameo.blocks)),
    synsets: new Map(Object.entries(cameo.synsets).map(([k, v]) => [k.replace(/_$/, '').toLowerCase(), v])),
    rules: byLemma,
    stop: new Set(rules.stop.map((s) => s.lemma)),
    nominal: byFirst,
    nominalList: nominal.nouns,
    verbRuleList: rules.verbs,
    hostile: new Set(hostile.words),
    hostileExamples: hostile.examples,
    labelOf(code) {
      const hit = labelCache.get(code)
      if (hit !== undefined) return hit
      let label: string | null = null
      for (let n = code.length; n >= 2 && !label; n--) {
        const prefix = code.slice(0, n)
        label = labels.codes[prefix]?.label ?? (n === 2 ? (labels.roots[prefix] ?? null) : null)
      }
      labelCache.set(code, label)
      return label
    },
  }
  return cached
}
