import { alternation } from '../../gazetteer.js'
import type { FactRefiner } from '../finding.js'
import { quantities } from '../lexicon.js'

let pattern: RegExp | undefined

/** "exceeded $450 million", "approx. 10,000 migrants": the lexicon qualifier that ends the 30 characters before a number. */
export const qualifierFromLead: FactRefiner = {
  id: 'fact/qualifier-from-lead',
  note: 'A qualifier ("more than", "about", "reached") right before the number, within its sentence, in normalised form.',
  refine(found, document) {
    const lex = quantities()
    pattern ??= new RegExp(`(?:^|[^\\p{L}])(?<q>${alternation(Object.keys(lex.qualifiers))})\\s*$`, 'iu')
    const re = pattern
    return found.map((f) => {
      const lead = document.text.slice(Math.max(f.evidence.start, f.span.start - 30), f.span.start)
      const q = re.exec(lead)?.groups?.q
      return { ...f, qualifier: q ? (lex.qualifiers[q.toLowerCase()] ?? q) : null }
    })
  },
}
