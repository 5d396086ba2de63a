import { z } from 'zod'
import type { SourceType } from '../core/types.js'
import { loadLexicon } from '../text/lexicon.js'

const Domains = z.object({
  note: z.string(),
  entries: z.array(
    z.object({
      host: z.string(),
      type: z.enum(['news', 'think-tank', 'encyclopedia', 'government', 'other']),
      name: z.string(),
      subtype: z.string().optional(),
    }),
  ),
})

/** A known publisher. */
export interface KnownSource {
  readonly host: string
  readonly type: SourceType
  readonly name: string
  readonly subtype?: string
}

const ARCHIVE = /^https?:\/\/web\.archive\.org\/web\/\d+[a-z_]*\/(.*)$/iu

/** The host of a URL, looking through a web-archive wrapper to the archived page's host; lower case, no `www.`. */
export function hostOf(url: string | null): string | null {
  if (!url) return null
  const inner = ARCHIVE.exec(url)?.[1]
  const target = inner ? inner.replace(/^([a-z]+:)\/?(?!\/)/iu, '$1//') : url
  try {
    return new URL(target).hostname.toLowerCase().replace(/^www\./u, '')
  } catch {
    return null
  }
}

/** The known publisher of a host (a host matches an entry for itself or for any parent domain). */
export function knownSource(host: string | null): KnownSource | null {
  if (!host) return null
  const entries = loadLexicon('sources/domains.json', Domains).entries
  let best: KnownSource | null = null
  for (const e of entries)
    if ((host === e.host || host.endsWith(`.${e.host}`)) && (!best || e.host.length > best.host.length)) best = e
  return best
}
