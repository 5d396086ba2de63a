import type { Fact, Sentence } from '../core/types.js'
import type { TimeExpression } from './dates.js'

/** What fact finding reads. */
export interface FactContext {
  readonly text: string
  readonly sentences: readonly Sentence[]
  readonly times: readonly TimeExpression[]
}

export function findFacts(_ctx: FactContext): Fact[] {
  return []
}
