import type { CleanText, DeclaredMetadata, Removal } from '../core/types.js'
import { isProse, type Line, splitLines } from '../text/lines.js'

/** What the metadata rules read: the decoded text, what cleaning kept and removed, and where the document came from. */
export interface MetadataInput {
  /** Decoded text before cleaning (after the SOURCE line). */
  readonly rawText: string
  readonly clean: CleanText
  readonly sourceUrl: string | null
  /** Metadata the document declared about itself (HTML head, Markdown front matter), when it has markup. */
  readonly declared?: DeclaredMetadata
}

/** Lines and removals of a document, computed once for every metadata rule. */
export interface MetadataContext extends MetadataInput {
  readonly lines: readonly Line[]
  /** Index of the first line of running prose in the decoded text (the end of the page header). */
  readonly firstProseLine: number
  removalsBy(rule: string): Removal[]
  /** Index of the decoded-text line that holds an offset. */
  lineAt(offset: number): number
}

/** Builds the shared context of the metadata rules. */
export function metadataContext(input: MetadataInput): MetadataContext {
  const lines = splitLines(input.rawText)
  const dropped = new Set(input.clean.removals.map((r) => `${r.span.start}:${r.span.end}`))
  const prose = lines.findIndex((l) => !dropped.has(`${l.start}:${l.end}`) && isProse(l.text))
  return {
    ...input,
    lines,
    firstProseLine: prose < 0 ? lines.length : prose,
    removalsBy: (rule) => input.clean.removals.filter((r) => r.rule === rule),
    lineAt: (offset) => {
      let lo = 0
      let hi = lines.length - 1
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1
        if ((lines[mid] as Line).start <= offset) lo = mid
        else hi = mid - 1
      }
      return lo
    },
  }
}
