import type { Explained, RuleId } from '../core/types.js'
import { isPersonName } from '../text/person-name.js'
import type { MetadataContext } from './context.js'

const MORE_FROM = /(?:articles|stories|posts|columns)\s+(?:from|by)\s*(.+)$/iu
const BIO = /^(.+?) (?:is|was) (?:a|an|the) /u

/** Splits a byline's text after "By" into names, dropping dates, roles and separators; an empty byline gives []. */
export function bylineNames(text: string): string[] {
  const rest = text
    .trim()
    .replace(/^by\b\s*/iu, '')
    .replace(/\s*[|•·–—-]\s*.*$/u, '')
    .replace(/\b\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\.?,?\s+\d{4}|\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}/gu, '')
  return rest
    .split(/\s*(?:,|\band\b|&)\s*/u)
    .map((s) => s.trim())
    .filter((s) => isPersonName(s))
}

/**
 * The authors, from the first source that names them: a "By …" byline, a name-and-role byline, an author box.
 * A byline with no names (author links stripped) gives no authors rather than a guess.
 */
export function readAuthors(ctx: MetadataContext): Explained<readonly string[]> {
  const declared = ctx.declared?.byline?.trim()
  if (declared) {
    const names = bylineNames(declared)
    if (names.length > 0) return { value: names, rule: 'metadata/authors-declared', evidence: declared }
  }
  let emptyByline: string | undefined
  for (const r of ctx.removalsBy('clean/byline')) {
    const t = r.text.trim()
    if (/^by\b/iu.test(t)) {
      const names = bylineNames(t)
      if (names.length > 0) return found(names, 'metadata/authors-byline', t)
      emptyByline ??= t
    } else if (isPersonName(t)) {
      return found([t], 'metadata/authors-name-and-role', t)
    }
  }
  for (const r of ctx.removalsBy('clean/author-box')) {
    const t = r.text.trim()
    const more = MORE_FROM.exec(t)?.[1]?.trim()
    if (more && isPersonName(more)) return found([more], 'metadata/authors-author-box', t)
    const bio = BIO.exec(t)?.[1]
    if (bio && isPersonName(bio)) return found([bio], 'metadata/authors-author-box', t)
  }
  if (emptyByline !== undefined) return { value: [], rule: 'metadata/authors-empty-byline', evidence: emptyByline }
  return { value: [], rule: null }
}

function found(value: string[], rule: RuleId, evidence: string): Explained<readonly string[]> {
  return { value, rule, evidence }
}
