import type { InlineRule } from '../rule.js'

const EDIT = /\s*\[(?:edit|edit source|change|modifier|bearbeiten|editar|править)\]/giu

/** Removes wiki "[edit]" links glued to section headings. */
export const wikiEditMarker: InlineRule = {
  kind: 'inline',
  id: 'clean/wiki-edit-marker',
  examples: [{ text: 'Joint Projects[edit]\n\nText.', expect: 'Joint Projects\n\nText.' }],
  edits(line) {
    return [...line.text.matchAll(EDIT)].map((m) => ({ start: m.index, end: m.index + m[0].length, insert: '' }))
  },
}
