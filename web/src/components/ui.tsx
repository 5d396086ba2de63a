import type { ComponentChildren } from 'preact'
import { useEffect } from 'preact/hooks'
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

/** A country's flag (hidden from screen readers, as the name follows) and name. */
export function CountryName({ country, code = false }: { country: Country; code?: boolean }) {
  return (
    <span class="country">
      {country.flag && (
        <span class="flag" aria-hidden="true">
          {country.flag}
        </span>
      )}
      {country.name}
      {code && <span class="code"> {country.code}</span>}
    </span>
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
