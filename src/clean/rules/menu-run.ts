import type { LineRule } from '../rule.js'
import { isBare, isHeadingLike, type LineShape, menuCells, pageShape } from '../shape.js'

// A menu item, a tab or an infobox label has one to four words; a phrase of five begins to say something.
const ITEM_MAX_WORDS = 4
// Two short lines in a row are often a heading and a subheading; three or more bare ones are a menu, a tag cloud or
// the labels of an infobox flattened into the text.
const MIN_RUN = 3

function isMenuItem(text: string, shape: LineShape): boolean {
  return (
    shape.letterWords >= 1 &&
    shape.words <= ITEM_MAX_WORDS &&
    shape.stopShare === 0 &&
    !shape.listItem &&
    // Figures are data ("18 million", "1991"): a table's values may hold facts, a menu has none.
    !/\d/u.test(text) &&
    !/[.!?;,:"”]$/u.test(text)
  )
}

/**
 * Drops menus by their shape wherever they are: a row of short bare cells ("Home | World | Asia", "Chile / Peru ties",
 * a table row "Chile | Peru |", a rule "---|"), and a run of three or more short lines without a stop word (menu
 * items, section tabs, infobox labels). The page's headline, and a heading that closes a run right above a paragraph,
 * stay.
 */
export const menuRun: LineRule = {
  kind: 'line',
  id: 'clean/menu-run',
  examples: [
    {
      text: 'Home | World | Africa\nThe talks in Addis Ababa resumed on Monday after a pause of two months, officials said.',
      expect: 'The talks in Addis Ababa resumed on Monday after a pause of two months, officials said.',
    },
    {
      text: 'Chile | Peru |\n---|\nRelations between Chile and Peru have been shaped by the war of 1879 and its settlement.',
      expect: 'Relations between Chile and Peru have been shaped by the war of 1879 and its settlement.',
    },
    {
      text: 'Relations between Chile and Peru have been shaped by the war of 1879 and its settlement.\n\nChilean–Peruvian relations\n\nChile\n\nPeru\n\nBoth states signed the Treaty of Lima in 1929, which settled the border.',
      expect:
        'Relations between Chile and Peru have been shaped by the war of 1879 and its settlement.\n\nBoth states signed the Treaty of Lima in 1929, which settled the border.',
    },
    {
      text: 'Opinion\nVideo\nPodcasts\nBorder Talks Resume\nThe talks in Addis Ababa resumed on Monday after a pause of two months, officials said.',
      expect:
        'Border Talks Resume\nThe talks in Addis Ababa resumed on Monday after a pause of two months, officials said.',
    },
    {
      // Headings between paragraphs and the items of a list are the article's.
      text: 'The talks in Addis Ababa resumed on Monday after a pause of two months, officials said.\nBackground\nThe dam has divided the three countries for a decade and more.\n• Egypt\n• Sudan\n• Ethiopia',
      expect:
        'The talks in Addis Ababa resumed on Monday after a pause of two months, officials said.\nBackground\nThe dam has divided the three countries for a decade and more.\n• Egypt\n• Sudan\n• Ethiopia',
    },
    {
      text: 'Trade: $4.5 billion | Exports: $2.1 billion\nThe figures were published by the ministry of trade on Monday.',
      expect:
        'Trade: $4.5 billion | Exports: $2.1 billion\nThe figures were published by the ministry of trade on Monday.',
    },
  ],
  find(context) {
    const { lines, shapes, good, headline } = pageShape(context)
    const drop = new Set<number>()
    lines.forEach((l, i) => {
      if (i !== headline && (menuCells(l.text) > 0 || isBare(l.text))) drop.add(i)
    })
    let i = 0
    while (i < lines.length) {
      let j = i
      while (
        j < lines.length &&
        !drop.has(j) &&
        isMenuItem((lines[j] as { text: string }).text, shapes[j] as LineShape)
      )
        j++
      if (j - i >= MIN_RUN) {
        const last = lines[j - 1] as { text: string }
        const heading = good[j] === true && isHeadingLike(last.text)
        for (let k = i; k < (heading ? j - 1 : j); k++) if (k !== headline) drop.add(k)
      }
      i = Math.max(j, i + 1)
    }
    return [...drop].map((k) => (lines[k] as { index: number }).index)
  },
}
