/** A month name or its abbreviation, capitalised, with an optional full stop ("Oct."), captured as `month`. */
export const MONTH =
  '(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?'

/** The same as {@link MONTH}, captured as `month2`: the second month of a range. */
export const MONTH2 = MONTH.replace('<month>', '<month2>')

/** An optional ordinal suffix after a day number ("16th"). */
export const ORDINAL = '(?:st|nd|rd|th)?'

/** A four-digit year from 1000 to 2099, captured as `year`. */
export const YEAR = '(?<year>1[0-9]\\d\\d|20\\d\\d)'

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

/** Words that put a sentence in the future: a weekday or month in it is the next one, not the last. */
export const FUTURE_TENSE =
  /\b(?:will|shall|is to|are to|is expected to|are expected to|plans? to|is planned|intends? to|is scheduled to|are scheduled to)\b/i

/** A named group of a match, '' when it did not take part. */
export function group(m: RegExpExecArray, name: string): string {
  return m.groups?.[name] ?? ''
}
