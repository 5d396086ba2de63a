import { documentTitle, kindLabel, periodLabel, valueLabel } from '../format.js'
import type { KeyFact } from '../types.js'

/**
 * The key facts of a pair as cards: value, the pair and period of the fact's own sentence, sources, and the values
 * other sources give.
 */
export function KeyFacts({ facts, titles }: { facts: readonly KeyFact[]; titles: ReadonlyMap<string, string> }) {
  if (facts.length === 0) return <p class="empty">No key figure has been read from these documents yet.</p>
  // A title too long for the card is cut with an ellipsis; the link's tooltip holds all of it.
  const doc = (id: string) => {
    const name = titles.get(id) ?? documentTitle({ id, title: null })
    return (
      <a href={`/documents/${encodeURIComponent(id)}`} key={id} class="doc-link" title={name}>
        {name}
      </a>
    )
  }
  return (
    <ul class="cards">
      {facts.map((f) => (
        <li class="card" key={`${f.kind}-${f.subkind}-${f.subject}-${f.unit}-${f.period}`} data-testid="key-fact">
          <h3>
            {kindLabel(f.kind)}
            {f.subject && <span class="subject"> · {f.subject}</span>}
          </h3>
          <p class="value">{valueLabel({ ...f, value_max: null })}</p>
          <p class="period">
            {f.pair.join('–')} · {f.period ? `as of ${periodLabel(f.period)}` : 'no period stated'}
          </p>
          <p class="from">
            Source{f.source_count === 1 ? '' : 's'}: {f.sources.map((id, i) => [i > 0 && ', ', doc(id)])}
            {f.source_count > f.sources.length && ` and ${f.source_count - f.sources.length} more`}
          </p>
          {f.disagreements.length > 0 && (
            <div class="disagree" role="note">
              <strong>Sources disagree:</strong>
              <ul>
                {f.disagreements.map((d) => (
                  <li key={`${d.document}-${d.value}`}>
                    {valueLabel({ value: d.value, value_max: null, unit: f.unit, qualifier: null })} in{' '}
                    {doc(d.document)}
                  </li>
                ))}
                {f.disagreement_count > f.disagreements.length && (
                  <li>and {f.disagreement_count - f.disagreements.length} more values in other documents</li>
                )}
              </ul>
            </div>
          )}
        </li>
      ))}
    </ul>
  )
}
