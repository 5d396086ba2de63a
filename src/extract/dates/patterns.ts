/** A month name or its abbreviation, capitalised, with an optional full stop ("Oct."), captured as `month`. */
export const MONTH =
  '(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?'

/** The same as {@link MONTH}, captured as `month2`: the second month of a range. */
export const MONTH2 = MONTH.replace('<month>', '<month2>')

/**
 * A month name written as a word alone, for a pattern without the `i` flag: capitalised or abbreviated as in
 * {@link MONTH}, or a full name in lower or upper case ("in march", "JANUARY"). A lower-case "may" is the verb, so it
 * is left out.
 */
export const MONTH_WORD = MONTH.replace(
  '(?<month>',
  '(?<month>january|february|march|april|june|july|august|september|october|november|december|' +
    'JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|',
)

/** The same as {@link MONTH_WORD}, captured as `month2`. */
export const MONTH_WORD2 = MONTH_WORD.replace('<month>', '<month2>')

/** An optional ordinal suffix after a day number ("16th"). */
export const ORDINAL = '(?:st|nd|rd|th)?'

/** A four-digit year from 1000 to 2099, captured as `year`. */
export const YEAR = '(?<year>1[0-9]\\d\\d|20\\d\\d)'

/**
 * The year a part of a year belongs to, after the part ("Q4 2016", "Q3/2019", "the first half of 2020", "the first
 * quarter of this year"): a year captured as `year`, or "the/this/last/next year" with the word captured as `rel`.
 */
export const OF_YEAR = `(?:\\s*/\\s*|,?\\s+(?:of\\s+)?)(?:${YEAR}|(?<rel>the|this|last|next|past)\\s+year)\\b`

/**
 * Not after a word that labels a numbered item: "Version 3.4.21", "Article 12.5.3", "Section 2.3", "No. 5/6/2009"
 * are no dates. A lookbehind, to put before a numeric pattern.
 */
export const NOT_AFTER_LABEL =
  '(?<!\\b(?:[Vv](?:ersion)?|[Rr]elease|[Bb]uild|[Aa]rt(?:icle)?|[Ss]ec(?:tion)?|[Cc]hapter|[Pp]ara(?:graph)?|[Cc]lause|[Rr]ule|[Nn]o|[Nn]umber|[Rr]oom|[Vv]ol(?:ume)?|[Pp]age|[Pp]p?)\\.?[^\\S\\n]*)'

/** Words that join the two ends of a range ("to", "until", "through", a dash). */
export const RANGE_JOIN = '(?:to|until|till|through|thru|[-–—])'

const MONTH_NAMES = [
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sept', 'sep'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
] as const

/** The number (1–12) of a month name or abbreviation, 0 when it is none. */
export function monthIndex(name: string): number {
  const k = name.toLowerCase().replace(/\.$/, '')
  return MONTH_NAMES.findIndex((names) => (names as readonly string[]).includes(k)) + 1
}

/**
 * Whether a month name written in lower case at `at` may be a verb rather than a month ("some 20 march on the
 * embassy", "3 may leave", "Belarus may 10 times have…"): "may" or "march" in lower case with no preposition or
 * article before the expression.
 */
export function verbLikeMonth(month: string, text: string, at: number): boolean {
  return (
    (month === 'may' || month === 'march') &&
    !/\b(?:on|by|from|until|till|since|to|and|before|after|of|the|in|during)\s+$/i.test(
      text.slice(Math.max(0, at - 12), at),
    )
  )
}

/** Words that put a sentence in the future: a weekday or month in it is the next one, not the last. */
export const FUTURE_TENSE =
  /\b(?:will|shall|is to|are to|is expected to|are expected to|plans? to|is planned|intends? to|is scheduled to|are scheduled to)\b/i

/** A named group of a match, '' when it did not take part. */
export function group(m: RegExpExecArray, name: string): string {
  return m.groups?.[name] ?? ''
}
