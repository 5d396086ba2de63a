import { ago } from './recognizers/ago.js'
import { anaphoric } from './recognizers/anaphoric.js'
import { century } from './recognizers/century.js'
import { dayMonth } from './recognizers/day-month.js'
import { dayMonthYear } from './recognizers/day-month-year.js'
import { decade } from './recognizers/decade.js'
import { following } from './recognizers/following.js'
import { half } from './recognizers/half.js'
import { holiday } from './recognizers/holiday.js'
import { inTime } from './recognizers/in-time.js'
import { iso } from './recognizers/iso.js'
import { later } from './recognizers/later.js'
import { midweek } from './recognizers/midweek.js'
import { monthDay } from './recognizers/month-day.js'
import { monthNoYear } from './recognizers/month-no-year.js'
import { monthRelative } from './recognizers/month-relative.js'
import { monthYear } from './recognizers/month-year.js'
import { numeric } from './recognizers/numeric.js'
import { ordinalDay } from './recognizers/ordinal-day.js'
import { partOf } from './recognizers/part-of.js'
import { quarter } from './recognizers/quarter.js'
import { season } from './recognizers/season.js'
import { thisLastNext } from './recognizers/this-last-next.js'
import { today } from './recognizers/today.js'
import { week } from './recognizers/week.js'
import { weekOf } from './recognizers/week-of.js'
import { weekday } from './recognizers/weekday.js'
import { weekend } from './recognizers/weekend.js'
import { year } from './recognizers/year.js'
import { yearMonth } from './recognizers/year-month.js'
import { yearRange } from './recognizers/year-range.js'
import { yearsSince } from './recognizers/years-since.js'
import { attributive } from './refiners/attributive.js'
import { longestMatch } from './refiners/longest-match.js'
import { range } from './refiners/range.js'
import { resolveFromPrevious } from './refiners/resolve-from-previous.js'
import type { DateRecognizer, DateRefiner } from './time-expression.js'

/**
 * The date recognizers. Each runs over the whole text and date/longest-match settles overlaps by position and length,
 * so the order here decides only between matches of exactly the same words: the one listed first keeps them. No two
 * recognizers claim the same words today; keep the written forms (most specific) before the bare year and the
 * relative words, so that a new overlap falls to the more precise reading.
 */
export const dateRecognizers: readonly DateRecognizer[] = [
  weekOf,
  quarter,
  half,
  partOf,
  iso,
  numeric,
  yearMonth,
  dayMonthYear,
  ordinalDay,
  monthDay,
  dayMonth,
  monthYear,
  monthRelative,
  monthNoYear,
  decade,
  yearRange,
  century,
  season,
  holiday,
  year,
  weekday,
  midweek,
  today,
  thisLastNext,
  ago,
  later,
  following,
  week,
  weekend,
  inTime,
  yearsSince,
  anaphoric,
]

/** The date refiners, in the order they run over the list of a document's expressions. */
export const dateRefiners: readonly DateRefiner[] = [
  // Overlaps first: a match that loses its words must not become the date the next relative expression counts from.
  longestMatch,
  // Then reading order decides what "a month later" or "that year" counts from.
  resolveFromPrevious,
  // Two dates joined as the ends of a range become one, once both are dated.
  range,
  // Marking needs only the settled spans; it changes no date.
  attributive,
]
