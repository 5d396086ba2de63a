import type { DocumentMetadata } from '../core/types.js'
import { readAuthors } from './authors.js'
import { type MetadataInput, metadataContext } from './context.js'
import { detectLanguage } from './language.js'
import { readPublicationDate } from './publication-date.js'
import { detectSourceName } from './source-name.js'
import { detectSourceType } from './source-type.js'
import { readTitle } from './title.js'

/** Reads every metadata field of a cleaned document, each with the rule that produced it. */
export function readMetadata(input: MetadataInput): DocumentMetadata {
  const ctx = metadataContext(input)
  const title = readTitle(ctx)
  const signals = { url: input.sourceUrl, text: input.clean.text, rawText: input.rawText, title: title.value }
  const { type, subtype } = detectSourceType(signals)
  const declaredLang = input.declared?.lang?.slice(0, 2).toLowerCase()
  return {
    title,
    authors: readAuthors(ctx),
    publicationDate: readPublicationDate(ctx),
    sourceName: input.declared?.siteName
      ? { value: input.declared.siteName, rule: 'metadata/source-name-declared' }
      : detectSourceName(signals),
    sourceType: type,
    sourceSubtype: subtype,
    language:
      declaredLang && /^[a-z]{2}$/.test(declaredLang)
        ? { value: declaredLang, rule: 'metadata/language-declared' }
        : detectLanguage(input.clean.text),
  }
}

export type { MetadataInput } from './context.js'
