import type { DocumentSummary, StoredDocument } from '../store/store.js'

/** A document as `dyad docs --json` and `GET /api/documents` show it. */
export interface DocumentJson {
  readonly id: string
  readonly source: string
  readonly title: string | null
  readonly authors: readonly string[]
  readonly publication_date: string | null
  readonly source_type: string
  readonly language: string
}

/** A document with its text, as `dyad show --json` and `GET /api/documents/{id}` show it. */
export interface DocumentDetailJson extends DocumentJson {
  readonly version: number
  readonly source_url: string | null
  readonly source_name: string | null
  readonly source_subtype: string | null
  readonly charset: string
  readonly ingested_at: string
  readonly clean_text: string
  /** Each metadata field's rule and evidence. */
  readonly provenance: Readonly<Record<string, { rule: string | null; evidence?: string }>>
  readonly removed: readonly { rule: string; start: number; end: number; text: string }[]
}

/** The list view of a document. */
export function documentJson(d: DocumentSummary): DocumentJson {
  return {
    id: d.id,
    source: d.source,
    title: d.title,
    authors: d.authors,
    publication_date: d.publicationDate,
    source_type: d.sourceType,
    language: d.language,
  }
}

/** The full view of a document; `raw` puts the decoded text before cleaning in place of the clean text. */
export function documentDetailJson(
  d: StoredDocument,
  { raw = false }: { raw?: boolean } = {},
): DocumentDetailJson & { raw_text?: string } {
  const m = d.metadata
  const provenance: Record<string, { rule: string | null; evidence?: string }> = {}
  for (const [k, v] of Object.entries(m))
    provenance[k] = { rule: v.rule, ...(v.evidence ? { evidence: v.evidence } : {}) }
  const base = {
    ...documentJson(d),
    version: d.version,
    source_url: d.sourceUrl,
    source_name: m.sourceName.value,
    source_subtype: m.sourceSubtype.value,
    charset: d.charset,
    ingested_at: d.ingestedAt,
    clean_text: d.cleanText,
    provenance,
    removed: d.removals.map((r) => ({ rule: r.rule, start: r.span.start, end: r.span.end, text: r.text })),
  }
  return raw ? { ...base, raw_text: d.rawText } : base
}
