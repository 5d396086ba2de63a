import type { ComponentChildren } from 'preact'
import { useEffect } from 'preact/hooks'
import { SOURCE_TYPES } from '../format.js'
import type { Country } from '../types.js'

/** A one-line error the user can read, announced to screen readers. */
export function ErrorBox({ message }: { message: string }) {
  return (
    <p class="error" role="alert">
      {message}
    </p>
  )
}

/** A placeholder while something loads; it keeps the room the content will take. */
export function Loading({ label = 'Loading…', height }: { label?: string; height?: number }) {
  return (
    <p class="loading" aria-busy="true" style={height ? { minHeight: `${height}px` } : undefined}>
      {label}
    </p>
  )
}

/** The title of the page in the browser's tab and history. */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Dyad` : 'Dyad'
  }, [title])
}

/** The address of a country's flag, served by Dyad itself (the build copies them from world-countries). */
export function flagUrl(code: string): string {
  return `/flags/${code.toLowerCase()}.svg`
}

/**
 * A country's flag and name. The flag is an image, so it shows without an emoji font; it loads only when it scrolls
 * into view, and its text alternative is empty because the name follows it (a screen reader would say it twice).
 */
export function CountryName({ country, code = false }: { country: Country; code?: boolean }) {
  return (
    <span class="country">
      {country.flag && (
        <img
          class="flag"
          src={flagUrl(country.code)}
          alt=""
          loading="lazy"
          decoding="async"
          width={20}
          height={14}
          onError={(e) => {
            e.currentTarget.hidden = true
          }}
        />
      )}
      {country.name}
      {code && <span class="code"> {country.code}</span>}
    </span>
  )
}

/**
 * An ordered list whose numbers are written in a column as wide as the largest one, so that "10." or "100." is never
 * cut off by the list's edge. The written numbers are hidden from screen readers, which count the list's items.
 */
export function NumberedList<T>({
  items,
  itemKey,
  children,
  class: className,
  testId,
}: {
  items: readonly T[]
  itemKey: (item: T, index: number) => string
  children: (item: T, index: number) => ComponentChildren
  class?: string
  testId?: string
}) {
  const digits = String(Math.max(1, items.length)).length
  return (
    <ol
      class={['numbered', className].filter(Boolean).join(' ')}
      style={{ '--num-width': `${digits + 1}ch` }}
      data-testid={testId}
    >
      {items.map((item, i) => (
        <li key={itemKey(item, i)}>
          <span class="num" aria-hidden="true">
            {i + 1}.
          </span>
          <div class="num-body">{children(item, i)}</div>
        </li>
      ))}
    </ol>
  )
}

/** A titled section of a page. */
export function Section({
  title,
  id,
  children,
  aside,
}: {
  title: string
  id: string
  children: ComponentChildren
  aside?: ComponentChildren
}) {
  return (
    <section class="section" aria-labelledby={`${id}-h`} id={id}>
      <div class="section-head">
        <h2 id={`${id}-h`} tabIndex={-1}>
          {title}
        </h2>
        {aside}
      </div>
      {children}
    </section>
  )
}

/** The pair field of a filter form (`pair`, e.g. ISR-KAZ, either order). */
export function PairField({ value }: { value: string }) {
  return (
    <label>
      Pair <input name="pair" defaultValue={value} placeholder="ISR-KAZ" size={8} pattern="[A-Za-z]{3}-[A-Za-z]{3}" />
    </label>
  )
}

/** The source-type choice of a filter form (`type`), "any" first. */
export function SourceTypeField({ label, value }: { label: string; value: string }) {
  return (
    <label>
      {label}{' '}
      <select name="type" defaultValue={value}>
        <option value="">any</option>
        {SOURCE_TYPES.map((t) => (
          <option key={t}>{t}</option>
        ))}
      </select>
    </label>
  )
}
