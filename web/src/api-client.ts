import type {
  DocumentDetail,
  DocumentJson,
  EventItem,
  Explain,
  Page,
  PairItem,
  Profile,
  SearchHit,
  UploadResult,
} from './types.js'

/** An answer of the API that is not a success, with the message the API gave. */
export class ApiError extends Error {
  override readonly name = 'ApiError'
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message)
  }
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  let res: Response
  try {
    res = await fetch(path, { headers: { accept: 'application/json' }, ...init })
  } catch {
    throw new ApiError('the Dyad server cannot be reached', 0)
  }
  const body: unknown = await res.json().catch(() => null)
  if (!res.ok) {
    const message = (body as { error?: { message?: string } } | null)?.error?.message
    throw new ApiError(message ?? `${res.status} ${res.statusText}`, res.status)
  }
  return body as T
}

/** A query string from the defined, non-empty values. */
export function query(params: Readonly<Record<string, string | number | null | undefined>>): string {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v))
  const s = q.toString()
  return s ? `?${s}` : ''
}

/** Every item of a paged list, page after page, up to `max`; `truncated` says whether more were left. */
async function all<T>(path: string, params: Readonly<Record<string, string | undefined>>, max: number) {
  const items: T[] = []
  let cursor: string | undefined
  for (;;) {
    const page = await request<Page<T>>(`${path}${query({ ...params, cursor, limit: 500 })}`)
    items.push(...page.items)
    if (!page.next_cursor) return { items, truncated: false }
    if (items.length >= max) return { items, truncated: true }
    cursor = page.next_cursor
  }
}

/** Every known pair, most documented first. */
export const getPairs = async () => (await all<PairItem>('/api/pairs', {}, 100_000)).items

/** The profile of a pair; `direction` ("AAA-BBB") keeps the series to acts of AAA towards BBB. */
export const getProfile = (pair: string, direction?: string) =>
  request<Profile>(`/api/pairs/${encodeURIComponent(pair)}${query({ direction })}`)

/** Filters of the event list. */
export interface EventFilters {
  readonly pair?: string
  readonly family?: string
  readonly type?: string
  readonly from?: string
  readonly to?: string
  readonly q?: string
  /** By date, oldest first (the default) or newest first; undated events come last either way. */
  readonly order?: 'asc' | 'desc'
}

/** Every event that matches, up to `max`; `truncated` says whether more were left. */
export const getAllEvents = (filters: EventFilters, max = 5000) => all<EventItem>('/api/events', { ...filters }, max)

/** One page of events. */
export const getEvents = (filters: EventFilters, cursor?: string, limit = 500) =>
  request<Page<EventItem>>(`/api/events${query({ ...filters, cursor, limit })}`)

/** Filters of the document list: characters of the title, a pair, a source type. */
export interface DocumentFilters {
  readonly q?: string
  readonly pair?: string
  readonly type?: string
}

/** One page of the stored documents, oldest first. */
export const getDocuments = (filters: DocumentFilters, cursor?: string, limit = 50) =>
  request<Page<DocumentJson>>(`/api/documents${query({ ...filters, cursor, limit })}`)

/** A document with its text and annotations. */
export const getDocument = (id: string) => request<DocumentDetail>(`/api/documents/${encodeURIComponent(id)}`)

/** How extraction read the sentence of a document holding an offset of its clean text: the rule trace. */
export const getExplain = (id: string, at: number) =>
  request<Explain>(`/api/documents/${encodeURIComponent(id)}/explain${query({ at })}`)

/** Full-text search over documents. */
export const search = (q: string, filters: { pair?: string; type?: string } = {}) =>
  request<Page<SearchHit>>(`/api/search${query({ q, ...filters, limit: 50 })}`).then((page) => page.items)

/** Stores and extracts a pasted text or an uploaded file; a write carries the server's write token. */
export function uploadDocument(input: { file: File } | { text: string }, token: string): Promise<UploadResult> {
  const form = new FormData()
  if ('file' in input) form.set('file', input.file)
  else form.set('text', input.text)
  return request<UploadResult>('/api/documents', {
    method: 'POST',
    body: form,
    headers: { accept: 'application/json', authorization: `Bearer ${token}` },
  })
}

/** Where the page keeps the write token: for this tab's session only, so it is asked for once, not kept for good. */
const TOKEN_KEY = 'dyad.write-token'

/** The write token given earlier in this session, or ''. */
export function sessionToken(): string {
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? ''
  } catch {
    return ''
  }
}

/** Keeps the write token for the session ('' forgets it). */
export function keepSessionToken(token: string): void {
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token)
    else sessionStorage.removeItem(TOKEN_KEY)
  } catch {
    // Storage refused (private mode): the token is asked for again next time.
  }
}
