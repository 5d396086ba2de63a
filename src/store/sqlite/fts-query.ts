import { checkedTokens } from '../search-syntax.js'

/*
 * Dyad's search syntax (../search-syntax.ts) translated into an FTS5 query that cannot fail: every word and phrase
 * reaches FTS5 quoted, so nothing a user types is read as FTS5's own syntax (a column filter "col:x", a bare "*", "^",
 * "NEAR(…)"); a query that means nothing is refused before, with a reason of Dyad's own.
 */

const quote = (s: string) => `"${s.replaceAll('"', '""')}"`

/** The FTS5 query for a user's search, or a SearchQueryError saying why there is none. */
export function ftsQuery(query: string): string {
  return checkedTokens(query)
    .map((t) =>
      t.kind === 'term'
        ? `${quote(t.text)}${t.prefix ? '*' : ''}`
        : t.kind === 'phrase'
          ? quote(t.text)
          : t.kind === 'op'
            ? t.op
            : t.kind === 'open'
              ? '('
              : ')',
    )
    .join(' ')
}
