// " date 2019-07-18 " at the very start: a stamp a scraper added when it stored the page, not page text.
const STAMP = /^\s*date (\d{4}-\d{2}-\d{2})\s*/u

/** The storage stamp at the start of a stored page: its full match (with surrounding space) and the date, or null. */
export function readStorageStamp(text: string): { readonly match: string; readonly date: string } | null {
  const m = STAMP.exec(text)
  return m ? { match: m[0], date: m[1] as string } : null
}
