import type { Explained } from '../core/types.js'
import { hostOf, knownSource } from './source-lexicon.js'
import type { SourceSignals } from './source-type.js'

/** The publisher's name: from the lexicon of known hosts, the page's own chrome, or the host itself. */
export function detectSourceName(s: SourceSignals): Explained<string | null> {
  const host = hostOf(s.url)
  const known = knownSource(host)
  if (known) return { value: known.name, rule: 'metadata/source-name-lexicon', evidence: known.host }
  if (/^from wikipedia, the free encyclopedia$/imu.test(s.rawText))
    return { value: 'Wikipedia', rule: 'metadata/source-name-chrome' }
  if (host) return { value: host, rule: 'metadata/source-name-host', evidence: host }
  return { value: null, rule: null }
}
