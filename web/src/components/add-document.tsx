import { useState } from 'preact/hooks'
import { ApiError, keepSessionToken, sessionToken, uploadDocument } from '../api-client.js'
import { actorsLabel, clip, dateLabel, documentTitle, evidenceHref, plural, valueLabel } from '../format.js'
import type { UploadResult } from '../types.js'
import { ErrorBox } from './ui.js'

const STATUS: Readonly<Record<UploadResult['status'], string>> = {
  ingested: 'Stored as a new document.',
  unchanged: 'This document was already stored; nothing changed.',
  reextracted: 'This document was already stored; it was read again by the current extractor.',
}

/** The form that stores a pasted text or an uploaded file, then shows what was extracted from it. */
export function AddDocument({ onAdded }: { onAdded?: (r: UploadResult) => void }) {
  const [text, setText] = useState('')
  const [file, setFile] = useState<File | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [result, setResult] = useState<UploadResult | null>(null)
  // The write token: asked for once, then kept for the session; asked for again if the server refuses it.
  const [token, setToken] = useState(sessionToken)
  const [askToken, setAskToken] = useState(() => sessionToken() === '')

  const submit = async (e: Event) => {
    e.preventDefault()
    if (!file && !text.trim()) {
      setError('Paste a text or choose a file first.')
      return
    }
    if (!token.trim()) {
      setError('Enter the write token first: dyad serve printed it when it first started.')
      return
    }
    setBusy(true)
    setError(null)
    try {
      const r = await uploadDocument(file ? { file } : { text }, token.trim())
      keepSessionToken(token.trim())
      setAskToken(false)
      setResult(r)
      onAdded?.(r)
    } catch (err) {
      setResult(null)
      if (err instanceof ApiError && err.status === 401) {
        keepSessionToken('')
        setAskToken(true)
      }
      setError(err instanceof Error ? err.message : String(err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div class="add">
      <form class="add-form" onSubmit={submit}>
        <label for="add-text">Paste a text, HTML or Markdown</label>
        <textarea
          id="add-text"
          name="text"
          rows={6}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
          placeholder="SOURCE: https://… (optional first line)&#10;Title&#10;&#10;Article text…"
        />
        {askToken && (
          <div class="add-row">
            <label for="add-token">Write token</label>
            <input
              id="add-token"
              name="token"
              type="password"
              autocomplete="off"
              value={token}
              onInput={(e) => setToken(e.currentTarget.value)}
              aria-describedby="add-token-hint"
            />
            <span id="add-token-hint" class="muted">
              printed by dyad serve at its first start and kept beside the database (…db.token); asked once a session
            </span>
          </div>
        )}
        <div class="add-row">
          <label for="add-file">or upload a file</label>
          <input
            id="add-file"
            name="file"
            type="file"
            accept=".txt,.text,.html,.htm,.md,.markdown,text/plain,text/html,text/markdown"
            onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
          />
          <button type="submit" disabled={busy}>
            {busy ? 'Reading…' : 'Add and extract'}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {error && <ErrorBox message={error} />}
        {result && <ExtractionResult r={result} />}
      </div>
    </div>
  )
}

function ExtractionResult({ r }: { r: UploadResult }) {
  const href = `/documents/${encodeURIComponent(r.id)}`
  return (
    <div class="extraction" data-testid="extraction">
      <p class="ok">
        {STATUS[r.status]}{' '}
        <a href={href}>
          Open “
          {documentTitle({
            id: r.id,
            title: r.title,
            // An uploaded file is stored under its name; a pasted text has none.
            source: r.doc === r.id ? '-' : `upload:${r.doc}`,
            publication_date: r.publication_date,
          })}
          ”
        </a>
        {r.dyad && (
          <>
            {' '}
            · pair <a href={`/pair/${[...r.dyad].sort().join('-')}`}>{r.dyad.join('–')}</a>
          </>
        )}
      </p>
      <h3>{plural(r.events.length, 'event')}</h3>
      {r.events.length > 0 && (
        <ul class="items">
          {r.events.map((e) => (
            <li key={`${e.start}-${e.type}`}>
              <span class="date">{dateLabel(e.date, e.date_end)}</span> <span class="type">{e.type}</span>{' '}
              {actorsLabel(e)}
              <a class="evidence" href={evidenceHref(r.id, e.start, e.end)}>
                {clip(e.evidence, 160)}
              </a>
            </li>
          ))}
        </ul>
      )}
      <h3>{plural(r.facts.length, 'fact')}</h3>
      {r.facts.length > 0 && (
        <ul class="items">
          {r.facts.map((f) => (
            <li key={`${f.start}-${f.value_text}`}>
              <span class="type">{f.kind}</span> {valueLabel(f)}
              {f.period ? ` (${f.period})` : ''}
              <a class="evidence" href={evidenceHref(r.id, f.start, f.end)}>
                {clip(f.evidence, 160)}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
