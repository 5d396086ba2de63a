import type { RuleId } from '../../../core/types.js'
import type { Token } from '../../../text/tokens.js'
import type { Party, SentenceView } from '../sentence.js'
import type { Trigger } from '../triggers.js'

/** What a role rule reads about one trigger. */
export interface RoleSite {
  readonly view: SentenceView
  readonly trigger: Trigger
  /** Every trigger of the sentence, in order. */
  readonly triggers: readonly Trigger[]
  /** The document's main pair, for "the two countries" and for one side acting towards the other. */
  readonly dyad: readonly [string, string] | null
  /** The party that acted last in the text before this sentence (pronouns, organs of a state named alone). */
  readonly previous: Party | null
}

/** The parties a rule found for one side of an act, and how. */
export interface RoleFinding {
  readonly parties: readonly Party[]
  /** For pair rules: the other side, found at once. */
  readonly others?: readonly Party[]
  /** Which way the rule went, when it has several ("relative-antecedent", "accused-of"): kept in the event's rule. */
  readonly detail?: string
}

/** An example of a role rule: a sentence of our own and the event it must give (ISO3 codes or names). */
export interface RoleExample {
  readonly text: string
  readonly type: string
  readonly source: string
  readonly target?: string
  /** The document's pair the example assumes, when the rule needs one. */
  readonly dyad?: readonly [string, string]
}

/** A rule that finds the source or the target of an act from the shape of its clause. */
export interface RoleRule {
  readonly id: RuleId
  readonly side: 'source' | 'target'
  readonly note: string
  readonly examples: readonly RoleExample[]
  find(site: RoleSite): RoleFinding | null
}

/** The token of a site's trigger head. */
export const headOf = (site: RoleSite): Token => site.view.tokens[site.trigger.head] as Token
