import type { CleanLine, LineRule } from '../rule.js'
import { isAside, isHeadingLike, isNearGood, isShortSentence, type LineShape, pageShape } from '../shape.js'

// Above the first paragraph, a section heading and one line over it (a dateline or a kicker) belong to the article;
// further short lines stacked above them are the page's chrome (site name, section label, post meta).
const MAX_HEADINGS = 2
// A site's tab, an agency credit or a city line has one or two words; it says nothing about where the chrome ends.
const MAX_TAB_WORDS = 2
// Headlines in title case capitalise nearly every word; a sentence leaves at least a third in lower case.
const TITLE_CASE_SHARE = 2 / 3

/**
 * An item of the article's own list: written as a clause ("• a visa waiver;") or in sentence case ("- Kenya recalled
 * its envoy"), where a list of links or tabs is in title case without punctuation ("• Peru Recalls Envoy From Mexico").
 * A list the text announces ("as follows:") is kept whole whatever its case.
 */
function isContentItem(text: string, shape: LineShape): boolean {
  if (!shape.listItem || shape.letterWords === 0) return false
  return /^\S+\s+\p{Ll}|[;,.]$/u.test(text) || (shape.letterWords >= 2 && shape.capShare < TITLE_CASE_SHARE)
}

/** Text above the first paragraph: a sentence (cut off or short, as a one-line lede) or an item of a summary list. */
function isText(text: string, shape: LineShape): boolean {
  return isNearGood(text, shape) || isShortSentence(text, shape) || isContentItem(text, shape)
}

/**
 * Drops the page's chrome around the article by its shape and position (jusText's context smoothing). Above the first
 * paragraph, every line goes but the headline, at most two headings right above the text, sentence-like lines and the
 * items of a summary list. Below the last paragraph (or the short sentences after it), what continues the text stays
 * (a sentence cut off, a list, a heading with text under it), and everything from the first other line goes: labels,
 * menus, related links, an aside in brackets. Lines between paragraphs are not touched here.
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
    {
      text: 'Lusa\nThe ministers of Chile and Peru met in Lima on Monday to review the border treaty.\nNext steps\nThe two ministers will meet again in Santiago to sign the',
      expect:
        'The ministers of Chile and Peru met in Lima on Monday to review the border treaty.\nNext steps\nThe two ministers will meet again in Santiago to sign the',
    },
    {
      text: 'Peru recalls its envoy\nPosted by the Press Office of the Ministry on Friday 3 March 2023 at 10:30 GMT\nPeru recalled its ambassador to Mexico on Friday, the foreign ministry said in a statement.',
      expect:
        'Peru recalls its envoy\nPosted by the Press Office of the Ministry on Friday 3 March 2023 at 10:30 GMT\nPeru recalled its ambassador to Mexico on Friday, the foreign ministry said in a statement.',
    },
    {
      text: 'The ministers of Chile and Peru met in Lima on Monday and signed two texts.\n• a visa waiver for diplomats;\n• a protocol on trade.\n- Chile recalled its envoy\n• Peru Recalls Envoy From Mexico\n• Bolivia Seeks Sea Access',
      expect:
        'The ministers of Chile and Peru met in Lima on Monday and signed two texts.\n• a visa waiver for diplomats;\n• a protocol on trade.\n- Chile recalled its envoy',
    },
    {
      text: 'Ecuador\nMexico cuts ties with Ecuador\nMexico broke off relations on Friday.\nThe decision came hours after Ecuadorian police entered the Mexican embassy in Quito.',
      expect:
        'Mexico cuts ties with Ecuador\nMexico broke off relations on Friday.\nThe decision came hours after Ecuadorian police entered the Mexican embassy in Quito.',
    },
    { text: 'Menu\nNews\nShort line only', expect: 'Menu\nNews\nShort line only' },
  ],
  find(context) {
    const { lines, shapes, firstGood, lastText, headline } = pageShape(context)
    if (firstGood < 0) return []
    // Above the text: walk up from the first paragraph over the headings that introduce it; a line of one or two bare
    // words on the way (an agency's name, a section tab) goes without ending the walk.
    const drop: number[] = []
    let top = firstGood
    let headings = 0
    for (let i = firstGood - 1; i > headline; i--) {
      const line = lines[i] as CleanLine
      const shape = shapes[i] as LineShape
      if (isText(line.text, shape)) top = i
      else if (headings < MAX_HEADINGS && isHeadingLike(line.text, shape)) {
        headings++
        top = i
      } else if (shape.words <= MAX_TAB_WORDS) drop.push(line.index)
      else break
    }
    // Everything else above: the site's name and tabs over the headline, post meta under it.
    for (let i = 0; i < top; i++) {
      const line = lines[i] as CleanLine
      const shape = shapes[i] as LineShape
      if (i !== headline && !isText(line.text, shape)) drop.push(line.index)
    }
    // Below the text: what continues the last paragraph (a list, a sentence cut off) stays, up to the first other line.
    let end = lastText + 1
    let listOpen = /:$/u.test((lines[lastText] ?? { text: '' }).text)
    while (end < lines.length) {
      const text = (lines[end] ?? { text: '' }).text
      const shape = shapes[end] as LineShape
      if (isAside(text)) break
      if (
        isNearGood(text, shape) ||
        isContentItem(text, shape) ||
        (listOpen && shape.listItem && shape.letterWords > 0)
      ) {
        listOpen ||= /:$/u.test(text)
        end++
      }
      // A heading with text under it (a sentence cut off by the excerpt) is still the article's.
      else if (isHeadingLike(text, shape) && isNearGood((lines[end + 1] ?? { text: '' }).text)) end += 2
      else break
    }
    for (let i = end; i < lines.length; i++) drop.push((lines[i] as { index: number }).index)
    return drop
  },
}
