import { betweenParties } from './between-parties.js'
import { clauseSubject } from './clause-subject.js'
import { complementSubject } from './complement-subject.js'
import { crowdPlace } from './crowd.js'
import { directObject } from './direct-object.js'
import { embassyHost } from './embassy-host.js'
import { impliedPair } from './implied-pair.js'
import { locativeTarget } from './locative.js'
import { announcedPassive, passiveAgent } from './passive-agent.js'
import { passiveSubject } from './passive-subject.js'
import { possessor } from './possessor.js'
import { patternPreposition, prepositionalTarget } from './prepositional-object.js'
import { quoteSpeaker } from './quote-speaker.js'
import { reactionSubject } from './reaction-subject.js'
import type { RoleRule } from './role-rule.js'
import { sourcePreposition } from './source-preposition.js'
import { phraseSpeaker } from './speaker.js'

/**
 * The rules that find an act's source, in the order they are tried: the first that finds a party wins. What the
 * sentence says most directly comes first.
 */
export const sourceRules: readonly RoleRule[] = [
  // A quotation's speech act belongs to its speaker, whatever the words inside the quotation look like.
  quoteSpeaker,
  // "was expelled by Malta": the agent is named; the subject is the target.
  passiveAgent,
  // "said … would not go unanswered": a said phrase is its speaker's, before the words inside it.
  phraseSpeaker,
  // "talks between Serbia and Kosovo" names both sides at once, before a subject that may only report the talks.
  betweenParties,
  // "Iraq's invasion of Kuwait": the possessor of an act noun does it, whoever the clause's subject is.
  possessor,
  sourcePreposition,
  // The general case: the subject of the clause, followed through its inserts and coordinations.
  clauseSubject,
  // "announced the ambassador would be recalled": an agentless passive is the announcing state's act.
  announcedPassive,
  // A crowd the text gives no nationality: the state where it gathers.
  crowdPlace,
  // Last: a mutual act with no party named, in a document about a pair.
  impliedPair,
]

/** The rules that find an act's target, in the order they are tried. */
export const targetRules: readonly RoleRule[] = [
  passiveSubject,
  // "Laos's dam drew objections from Cambodia": what a reaction is drawn by is its target.
  reactionSubject,
  // A preposition the dictionary pattern itself names ("rush to", "talk with") before the object.
  patternPreposition,
  // "opened an embassy in Morocco": the host state, before the object (the embassy names no one).
  embassyHost,
  directObject,
  // "recalled its ambassador to Somalia": when the object names no state, the object of a preposition may.
  prepositionalTarget,
  // "claimed that the ministry of Peru had …": a speech act with no object is aimed at its reported clause.
  complementSubject,
  // Last: a place, for acts that happen somewhere ("killed … in Pakistan").
  locativeTarget,
]

export type { RoleExample, RoleFinding, RoleRule, RoleSite } from './role-rule.js'
