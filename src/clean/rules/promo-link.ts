import type { LineRule } from '../rule.js'
import { linesWhere } from '../rule.js'

const PROMO =
  /^(?:read more|read also|also read|see also|related|related story|related article|more on this|recommended|watch|listen)\s*:/iu

/** Drops inline promotion links to other articles ("READ MORE: …"), whose content is not part of the article. */
export const promoLink: LineRule = {
  kind: 'line',
  id: 'clean/promo-link',
  examples: [
    {
      text: 'The ministry said.\nREAD MORE:Morocco signs deals\nIt added more.',
      expect: 'The ministry said.\nIt added more.',
    },
    { text: 'Related: talks collapse in Vienna\nBody.', expect: 'Body.' },
    { text: 'Read more about the treaty below.', expect: 'Read more about the treaty below.' },
  ],
  find(context) {
    return linesWhere(context, (l) => PROMO.test(l.text) && l.text.length < 250)
  },
}
