import type { LineRule } from '../rule.js'
import { isAside, isHeadingLike, isNearGood, isSentenceLike, pageShape } from '../shape.js'

// Above the first paragraph, a section heading and one line over it (a dateline or a kicker) belong to the article;
// further short lines stacked above them are the page's chrome (site name, section label, post meta).
const MAX_HEADINGS = 2

/**
 * Drops the page's chrome around the article by its shape and position (jusText's context smoothing): before the
 * first paragraph, every line but the headline, the headings just above the text and sentence-like lines; after the
 * last paragraph (or the last short sentence after it), everything from the first line that no longer continues the text (a label, a menu, an aside in
 * brackets). Lines between paragraphs are not touched here.
 */
export const edgeFurniture: LineRule = {
  kind: 'line',
  id: 'clean/edge-furniture',
  examples: [
    {
      text: 'Politics\nAP\nPeru and Ecuador reopen their border\nAP\nThe foreign ministers of Peru and Ecuador agreed on Tuesday to reopen the border crossing at Huaquillas.\nLatest\nMost shared\nWhy the Andes matter to the',
      expect:
        'Peru and Ecuador reopen their border\nThe foreign ministers of Peru and Ecuador agreed on Tuesday to reopen the border crossing at Huaquillas.',
    },
    {
      text: 'Joint Statement on the Visit of the President of Ghana to Togo\nOn March 3, 2021 In Press Releases and Statements\nLOMÉ, TOGO\nJOINT STATEMENT\nThe President of the Republic of Ghana paid a working visit to Togo from 1 to 3 March 2021 at the invitation of his counterpart.',
      expect:
        'Joint Statement on the Visit of the President of Ghana to Togo\nLOMÉ, TOGO\nJOINT STATEMENT\nThe President of the Republic of Ghana paid a working visit to Togo from 1 to 3 March 2021 at the invitation of his counterpart.',
    },
    {
      text: 'Issue 12\nTrade between Chile and Peru\nDownload:\nThe ministers of Chile and Peru said that trade between the two countries rose by a tenth in 2019.\n(Reporting by Ana Ruiz; Editing by Tom Hale)',
      expect:
        'Trade between Chile and Peru\nThe ministers of Chile and Peru said that trade between the two countries rose by a tenth in 2019.',
    },
    {
      // A heading between paragraphs, a list that closes the text and a sentence cut off by the excerpt all stay.
      text: 'The ministers of Chile and Peru met in Lima on Monday to review the border treaty.\nThe border\nBoth sides agreed to set up a commission with these tasks:\n• a survey of the boundary markers;\n• a yearly report to both governments.\nThe commission will also review the fishing rights in the',
      expect:
        'The ministers of Chile and Peru met in Lima on Monday to review the border treaty.\nThe border\nBoth sides agreed to set up a commission with these tasks:\n• a survey of the boundary markers;\n• a yearly report to both governments.\nThe commission will also review the fishing rights in the',
    },
    { text: 'Menu\nNews\nShort line only', expect: 'Menu\nNews\nShort line only' },
  ],
  find(context) {
    const { lines, shapes, firstGood, lastText, headline } = pageShape(context)
    if (firstGood < 0) return []
    const drop: number[] = []
    // Above the text: walk up from the first paragraph over the headings that introduce it.
    let top = firstGood
    let headings = 0
    for (let i = firstGood - 1; i >= 0 && i !== headline; i--) {
      const text = (lines[i] ?? { text: '' }).text
      if (isNearGood(text, shapes[i])) top = i
      else if (headings < MAX_HEADINGS && isHeadingLike(text, shapes[i])) {
        headings++
        top = i
      } else break
    }
    for (let i = 0; i < top; i++) {
      const line = lines[i]
      if (line && i !== headline && !isNearGood(line.text, shapes[i])) drop.push(line.index)
    }
    // Below the text: what continues the last paragraph (a list, a sentence cut off) stays, up to the first other line.
    let end = lastText + 1
    while (end < lines.length) {
      const text = (lines[end] ?? { text: '' }).text
      const shape = shapes[end]
      if (!shape || isAside(text)) break
      const continues = isNearGood(text, shape) || isSentenceLike(shape) || (shape.listItem && shape.letterWords > 0)
      if (!continues) break
      end++
    }
    for (let i = end; i < lines.length; i++) drop.push((lines[i] as { index: number }).index)
    return drop
  },
}
