import type { InlineRule } from '../rule.js'

// "[1]", "[12][13]", "[a]", "[note 3]", "[citation needed]", "[who?]", "[clarification needed]", "[dubious – discuss]".
const MARK =
  /\[(?:\d{1,3}|[a-z]|note \d{1,3}|nb \d{1,3}|citation needed|clarification needed|who\?|when\?|which\?|dubious[^\]]{0,20}|failed verification|better source needed|page needed|according to whom\?|original research\?)\]/giu

/** Removes citation and maintenance marks; a run of them at the start of a line goes with the space after it. */
export const citationMarker: InlineRule = {
  kind: 'inline',
  id: 'clean/citation-marker',
  examples: [
    { text: 'Both countries trained farmers.[1] It grew.[2][3]', expect: 'Both countries trained farmers. It grew.' },
    { text: '[4][5][6] Although the rig was used…', expect: 'Although the rig was used…' },
    {
      text: 'Kazakhstan[citation needed] joined[a]; see [Appendix] for more.',
      expect: 'Kazakhstan joined; see [Appendix] for more.',
    },
  ],
  edits(line) {
    const out: { start: number; end: number; insert: string }[] = []
    for (const m of line.text.matchAll(MARK)) out.push({ start: m.index, end: m.index + m[0].length, insert: '' })
    const lead = /^(?:\s*\[\d{1,3}\])+\s*/u.exec(line.text)
    if (lead) return [{ start: 0, end: lead[0].length, insert: '' }, ...out.filter((e) => e.start >= lead[0].length)]
    return out
  },
}
