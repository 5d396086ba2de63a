/** Two ISO 3166-1 alpha-3 codes in alphabetical order: the canonical form of a pair of countries. */
export type Pair = readonly [string, string]

/** Thrown for a pair that is not two different ISO3 codes; its message is one line meant for the user. */
export class PairError extends Error {
  override readonly name = 'PairError'
}

const PAIR = /^([A-Za-z]{3})-([A-Za-z]{3})$/

/** Reads `ISR-KAZ` (any case, either order) as the canonical pair `['ISR', 'KAZ']`; throws a PairError otherwise. */
export function parsePair(text: string): Pair {
  const m = PAIR.exec(text.trim())
  const a = m?.[1]?.toUpperCase()
  const b = m?.[2]?.toUpperCase()
  if (!a || !b || a === b)
    throw new PairError(`bad pair '${text}': expected two ISO3 codes joined by '-', e.g. ISR-KAZ`)
  return canonicalPair(a, b)
}

/** The two codes in alphabetical order. */
export function canonicalPair(a: string, b: string): Pair {
  return a <= b ? [a, b] : [b, a]
}

/** `ISR-KAZ`: how a pair is written. */
export function pairKey(pair: Pair): string {
  return `${pair[0]}-${pair[1]}`
}

/**
 * The codes of a pair that are not ISO 3166-1 alpha-3: asked only of a pair with nothing stored, as codes such as SUN
 * can be stored. The code list is loaded when first asked (the package registers every locale on import).
 */
export async function unknownCountryCodes(pair: Pair): Promise<string[]> {
  const { default: iso } = await import('i18n-iso-countries')
  return pair.filter((code) => !iso.isValid(code))
}
