import type { DateFinding, DateRefiner } from '../time-expression.js'

/** Of overlapping time expressions, keeps the one that starts first and, of those, the longest. */
export const longestMatch: DateRefiner = {
  id: 'date/longest-match',
  note:
    'Every recognizer runs over the whole text, so "3 March 1997" is also a year: of overlapping matches the ' +
    'earliest wins, then the longest, then the recognizer listed first. A match that names no real date still ' +
    'claims its words.',
  examples: [
    {
      text: 'Uruguay and Paraguay signed the accord on 3 March 1997.',
      match: '3 March 1997',
      expect: { rule: 'date/day-month-year' },
    },
    { text: 'Uruguay and Paraguay signed the accord on 3 March 1997.', match: '1997', expect: null },
    {
      text: 'Norway was in union with Sweden from 1814 to 1905.',
      match: 'from 1814 to 1905',
      expect: { rule: 'date/year-range' },
    },
  ],
  refine(found) {
    // Array sort is stable: among equal spans the recognizer listed first stays first.
    const sorted = [...found].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end)
    const kept: DateFinding[] = []
    for (const f of sorted) {
      const prev = kept[kept.length - 1]
      if (prev && f.span.start < prev.span.end) continue
      kept.push(f)
    }
    return kept
  },
}
