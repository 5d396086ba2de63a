import type { DocumentMetadata } from '../src/core/types.js'
import type { NewDocumentVersion } from '../src/store/store.js'

/** Metadata with every field filled; a test overrides only what it cares about. */
export function metadata(overrides: Partial<DocumentMetadata> = {}): DocumentMetadata {
  return {
    title: { value: 'Synthetic Ministers Meet', rule: 'metadata/title-first-line' },
    authors: { value: ['Jane Roe'], rule: 'metadata/authors-byline', evidence: 'By Jane Roe' },
    publicationDate: { value: { value: '2024-03-05', precision: 'day' }, rule: 'metadata/date-url' },
    sourceName: { value: 'Example News', rule: 'metadata/source-name-host' },
    sourceType: { value: 'news', rule: 'metadata/source-type-default' },
    sourceSubtype: { value: null, rule: null },
    language: { value: 'en', rule: 'metadata/language-franc' },
    ...overrides,
  }
}

/** A document version with every field filled. */
export function newVersion(overrides: Partial<NewDocumentVersion> = {}): NewDocumentVersion {
  const cleanText = overrides.cleanText ?? 'Synthetic Ministers Meet\n\nThe ministers met.'
  return {
    documentId: 'doc-1',
    origin: '/tmp/synthetic.txt',
    sourceUrl: null,
    contentHash: 'hash-1',
    byteLength: cleanText.length,
    mediaType: 'text/plain',
    charset: 'utf-8',
    rawText: `Share this article:\n${cleanText}`,
    cleanText,
    spanMap: [{ clean: { start: 0, end: cleanText.length }, source: { start: 20, end: 20 + cleanText.length } }],
    removals: [{ rule: 'clean/navigation-widget', span: { start: 0, end: 19 }, text: 'Share this article:' }],
    metadata: metadata(),
    ingestedAt: '2024-03-06T10:00:00.000Z',
    ...overrides,
  }
}
