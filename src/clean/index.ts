import type { CleanText } from '../core/types.js'
import { cleanText } from './clean-text.js'
import type { CleanRule } from './rule.js'
import { authorBox } from './rules/author-box.js'
import { byline } from './rules/byline.js'
import { captionCredit } from './rules/caption-credit.js'
import { citationMarker } from './rules/citation-marker.js'
import { creditLine } from './rules/credit-line.js'
import { currencyTicker } from './rules/currency-ticker.js'
import { dateLine } from './rules/date-line.js'
import { duplicateStandfirst } from './rules/duplicate-standfirst.js'
import { edgeFurniture } from './rules/edge-furniture.js'
import { encyclopediaInfobox } from './rules/encyclopedia-infobox.js'
import { footnoteNumber } from './rules/footnote-number.js'
import { gluedWords } from './rules/glued-words.js'
import { imageAltCaption } from './rules/image-alt-caption.js'
import { imageCredit } from './rules/image-credit.js'
import { menuRun } from './rules/menu-run.js'
import { navigationWidget } from './rules/navigation-widget.js'
import { promoLink } from './rules/promo-link.js'
import { referenceList } from './rules/reference-list.js'
import { repeatedLine } from './rules/repeated-line.js'
import { storageStamp } from './rules/storage-stamp.js'
import { unrepairableMojibake } from './rules/unrepairable-mojibake.js'
import { wikiEditMarker } from './rules/wiki-edit-marker.js'

/**
 * The cleaning rules in the order they run. Inline rules edit lines before any line rule looks at them, so
 * "See also[edit]" is seen as "See also" and a stamped first line as its text.
 */
export const cleanRules: readonly CleanRule[] = [
  // Inline: the storage stamp first, so that the rest of the first line is judged on its own.
  storageStamp,
  wikiEditMarker,
  citationMarker,
  footnoteNumber,
  gluedWords,
  // Line rules: the reference tail before anything else, so its dated entries are attributed to it, not to date lines.
  referenceList,
  currencyTicker,
  repeatedLine,
  dateLine,
  navigationWidget,
  // The infobox rule needs the chrome lines still undropped by nothing but itself; it checks all lines, not live ones.
  encyclopediaInfobox,
  imageCredit,
  imageAltCaption,
  promoLink,
  byline,
  creditLine,
  authorBox,
  duplicateStandfirst,
  unrepairableMojibake,
  // The shape rules last: the rules above name what they know, and what is left is judged by its shape. Captions and
  // menus go before the edges are drawn, so that a caption is not taken for the first paragraph.
  captionCredit,
  menuRun,
  edgeFurniture,
]

/** Cleans a decoded text with every rule: the article text, what was removed and why, and the span map back. */
export function clean(source: string): CleanText {
  return cleanText(source, cleanRules)
}

export { cleanText } from './clean-text.js'
export type { CleanRule, InlineRule, LineRule } from './rule.js'
