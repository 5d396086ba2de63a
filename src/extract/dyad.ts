import type { ActorMention } from './actors.js'

/**
 * The document's main pair of countries, alphabetical: the pair a title or first line names as "X–Y relations" (or
 * "X and Y"), else the two countries mentioned most, with mentions in the title and first paragraph counting more.
 * Null when fewer than two countries are mentioned.
 */
export function inferDyad(
  text: string,
  mentions: readonly ActorMention[],
  title: string | null,
): readonly [string, string] | null {
  const counts = new Map<string, number>()
  const firstBreak = text.indexOf('\n\n')
  const titleEnd = title && text.startsWith(title) ? title.length : 0
  for (const m of mentions) {
    const code = 'country' in m.actor ? m.actor.country : undefined
    // A city ("in Karachi") places an act; it does not make its country a party of the document.
    if (!code || m.via === 'city') continue
    const weight = m.span.end <= titleEnd ? 4 : firstBreak < 0 || m.span.start < firstBreak ? 2 : 1
    counts.set(code, (counts.get(code) ?? 0) + weight)
  }
  // "Israel–Kazakhstan relations", "Vietnam-US ties", "India and Japan": two countries joined in the title.
  const inTitle = mentions.filter((m) => m.span.end <= titleEnd && m.via !== 'person' && 'country' in m.actor)
  for (let i = 0; i + 1 < inTitle.length; i++) {
    const a = inTitle[i] as ActorMention
    const b = inTitle[i + 1] as ActorMention
    const gap = text.slice(a.span.end, b.span.start)
    const ca = (a.actor as { country: string }).country
    const cb = (b.actor as { country: string }).country
    if (ca !== cb && /^(?:['’]s)?\s*(?:[-–—/]|and|&|,)\s*$/.test(gap)) return [ca, cb].sort() as [string, string]
  }
  const top = [...counts.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
  if (top.length < 2) return null
  return [(top[0] as [string, number])[0], (top[1] as [string, number])[0]].sort() as [string, string]
}
