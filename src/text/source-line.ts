/** A scraped text file's first line `SOURCE: <url>`, split off the text. */
export interface SourceLine {
  readonly url: string | null
  /** The text after the SOURCE line (the whole text when there is none). */
  readonly text: string
}

const SOURCE = /^\uFEFF?SOURCE:\s*(\S+)\s*(?:\n|$)/u

/** Reads the `SOURCE: <url>` first line of a scraped text file as its URL and keeps it out of the text. */
export function splitSourceLine(text: string): SourceLine {
  const m = SOURCE.exec(text)
  return m ? { url: m[1] as string, text: text.slice(m[0].length) } : { url: null, text }
}
