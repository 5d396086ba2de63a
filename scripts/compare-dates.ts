// Dyad's date rules next to chrono-node on the composed suite of src/extract/dates/suite: how many expressions each
// finds and resolves, by section. `tsx scripts/compare-dates.ts [--misses]`.
import * as chrono from 'chrono-node'
import { COMPOSED_SUITE, REFERENCE } from '../src/extract/dates/suite/composed-suite.js'
import { formatScores, type ReadDate, readWithDyad, scoreSuite } from '../src/extract/dates/suite/score.js'

const dyad = readWithDyad

const [y, m, d] = REFERENCE.split('-').map(Number) as [number, number, number]
const iso = (x: Date) =>
  `${x.getFullYear()}-${String(x.getMonth() + 1).padStart(2, '0')}-${String(x.getDate()).padStart(2, '0')}`
const chronoRead = (text: string): ReadDate[] =>
  chrono.parse(text, new Date(y, m - 1, d, 12)).map((r) => ({
    start: r.index,
    end: r.index + r.text.length,
    // chrono always gives a whole day; it is taken at the precision the case asks for (see sameDate).
    date: { value: iso(r.start.date()), precision: 'day', ...(r.end ? { end: iso(r.end.date()) } : {}) },
  }))

const misses = process.argv.includes('--misses')
for (const [name, read] of [
  ['dyad', dyad],
  ['chrono-node', chronoRead],
] as const) {
  const scores = scoreSuite(COMPOSED_SUITE, read)
  console.log(formatScores(name, scores))
  if (misses) for (const s of scores) for (const x of s.misses) console.log(`  ${name} ${s.section}: ${x}`)
}
