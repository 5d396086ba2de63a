import worldCountries, { type Country } from 'world-countries'
import type { countrySchema, Json } from './responses.js'

/** A country as the API names it: ISO3 code, common English name and flag emoji ('' when it has none). */
export type CountryJson = Json<typeof countrySchema>

// Codes Dyad uses that world-countries spells otherwise or lacks: Kosovo is UNK there and XKX here (as in the
// gazetteer), and the Soviet Union is no longer a country.
const EXTRA: Readonly<Record<string, CountryJson>> = {
  XKX: { code: 'XKX', name: 'Kosovo', flag: '🇽🇰' },
  SUN: { code: 'SUN', name: 'Soviet Union', flag: '' },
}

// The package's declared default export is not the array it is at run time.
const byCode = new Map<string, CountryJson>(
  (worldCountries as unknown as Country[]).map((c) => [
    c.cca3,
    { code: c.cca3, name: c.name.common, flag: c.flag ?? '' },
  ]),
)

/** The name and flag of an ISO3 code; an unknown code is named by itself, without a flag. */
export function countryJson(code: string): CountryJson {
  return EXTRA[code] ?? byCode.get(code) ?? { code, name: code, flag: '' }
}
