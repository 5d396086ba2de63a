import { anchorDay, shiftDay } from '../calendar.js'
import { group } from '../patterns.js'
import type { DateRecognizer } from '../time-expression.js'
import { expression } from '../time-expression.js'

/** Days from the anchor that each word names. */
const OFFSET: Record<string, number> = { today: 0, tonight: 0, this: 0, yesterday: -1, last: -1, tomorrow: 1 }

/** "Today", "yesterday", "tomorrow", "the day after tomorrow", "this morning", "last night": a day near the anchor. */
export const today: DateRecognizer = {
  id: 'date/today',
  note:
    '"Today", "tonight", "this morning/afternoon/evening", "yesterday", "last night", "tomorrow", and "the day ' +
    'before yesterday" or "after tomorrow": the anchor day or a day or two either side; not "the last night service".',
  pattern:
    /\b(?:the\s+day\s+(?<dir>before|after)\s+)?(?<w>today|tonight|yesterday|tomorrow)\b|(?<!\bthe\s+)\b(?<w2>this|last)\s+(?<part>morning|afternoon|evening|night)\b/gi,
  examples: [
    {
      text: 'The Danish and Icelandic ministers meet today.',
      reference: '2019-06-12',
      match: 'today',
      expect: { date: { value: '2019-06-12', precision: 'day', basis: 'relative' } },
    },
    {
      text: 'Slovakia summoned the Hungarian ambassador yesterday.',
      reference: '2019-06-12',
      match: 'yesterday',
      expect: { date: { value: '2019-06-11', precision: 'day', basis: 'relative' } },
    },
    {
      text: 'Malawi will answer the Zambian note the day after tomorrow.',
      reference: '2019-06-12',
      match: 'the day after tomorrow',
      expect: { date: { value: '2019-06-14', precision: 'day', basis: 'relative' } },
    },
    {
      text: 'Uruguay recalled its consul from Asunción the day before yesterday.',
      reference: '2019-06-12',
      match: 'the day before yesterday',
      expect: { date: { value: '2019-06-10', precision: 'day', basis: 'relative' } },
    },
    {
      text: 'Nepali police closed the Bhutan road last night.',
      reference: '2019-06-12',
      match: 'last night',
      expect: { date: { value: '2019-06-11', precision: 'day', basis: 'relative' } },
    },
    {
      text: 'The Swiss envoy left Vienna this morning.',
      reference: '2019-06-12',
      match: 'this morning',
      expect: { date: { value: '2019-06-12', precision: 'day', basis: 'relative' } },
    },
    { text: 'Oslo opened its Yesterdays exhibition on Swedish rule.', reference: '2019-06-12', expect: null },
    {
      text: 'Austria has had no night train to Bern since the last night service ended.',
      reference: '2019-06-12',
      expect: null,
    },
  ],
  extract(m, { anchor }) {
    const a = anchorDay(anchor)
    const w = (group(m, 'w') || group(m, 'w2')).toLowerCase()
    const dir = group(m, 'dir').toLowerCase()
    const by = (OFFSET[w] ?? 0) + (dir === 'after' ? 1 : dir === 'before' ? -1 : 0)
    return expression(m, this.id, a && shiftDay(a.y, a.m, a.d, by))
  },
}
