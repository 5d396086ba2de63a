import type { PartialDate, Sentence } from '../../core/types.js'
import { runRecognizers, runRefiners } from '../run-rules.js'
import { dateRecognizers, dateRefiners } from './configuration.js'
import type { TimeExpression } from './time-expression.js'
import { dateContext } from './time-expression.js'

/**
 * Finds the time expressions of a text in reading order and resolves them: explicit dates as written; relative ones
 * ("on Monday", "last month", "a month later") against the publication date or the last date the text gave; anaphoric
 * ones ("at that time", "that year") to the last date. A year-less "Oct. 13" takes the anchor's year.
 */
export function findTimeExpressions(
  text: string,
  sentences: readonly Sentence[],
  anchor: PartialDate | null,
): TimeExpression[] {
  const context = dateContext(text, sentences, anchor)
  return runRefiners(dateRefiners, runRecognizers(dateRecognizers, text, context), context)
}

export type { TimeExpression } from './time-expression.js'
