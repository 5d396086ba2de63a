import type { FactConfiguration } from './build-facts.js'
import { count } from './recognizers/count.js'
import { duration } from './recognizers/duration.js'
import { exchangeRate } from './recognizers/exchange-rate.js'
import { measure } from './recognizers/measure.js'
import { moneyCurrencyAfter } from './recognizers/money-currency-after.js'
import { moneyCurrencyFirst } from './recognizers/money-currency-first.js'
import { percent } from './recognizers/percent.js'
import { percentCutOff } from './recognizers/percent-cut-off.js'
import { population } from './recognizers/population.js'
import { populationStrong } from './recognizers/population-strong.js'
import { populationVerb } from './recognizers/population-verb.js'
import { tableRow } from './recognizers/table-row.js'
import { dropRestatement } from './refiners/drop-restatement.js'
import { kindFromWords } from './refiners/kind-from-words.js'
import { pairFromSentence } from './refiners/pair-from-sentence.js'
import { periodFromClause } from './refiners/period-from-clause.js'
import { qualifierFromLead } from './refiners/qualifier-from-lead.js'
import { subjectFromSentence } from './refiners/subject-from-sentence.js'

/**
 * The fact rules in the order they run. In a sentence, a finding keeps its characters from every later recognizer, so
 * the narrow patterns come first and the open number-and-words pattern last.
 */
export const factConfiguration: FactConfiguration = {
  // Rows of flattened tables are read first and are not read again as prose.
  table: tableRow,
  sentence: [
    // Before money: "1.6 Nepalese rupees per Indian rupee" is a rate, not 1.6 rupees.
    exchangeRate,
    moneyCurrencyFirst,
    moneyCurrencyAfter,
    percent,
    // After percent, which claims every whole "per cent" of the sentence before a cut-off one is looked for.
    percentCutOff,
    // Before counts: "a nation of 18 million people" is a population, not a count of people.
    population,
    populationVerb,
    populationStrong,
    // One pattern for these three, kept together and in this order: each match goes to the first that reads it, so a
    // number ending in a unit is a duration or a measure before it can be a count. A count that drops a bracketed
    // conversion looks at what the others kept before it in the sentence.
    duration,
    measure,
    count,
  ],
  refiners: [
    // First: the others work on what has a kind, and the restatement key includes the kind.
    kindFromWords,
    dropRestatement,
    qualifierFromLead,
    periodFromClause,
    subjectFromSentence,
    pairFromSentence,
  ],
}
