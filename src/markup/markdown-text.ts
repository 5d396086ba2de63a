import type { DeclaredMetadata } from '../core/types.js'

/** A Markdown document as plain text, and what its front matter declares. */
export interface MarkdownText {
  readonly text: string
  readonly metadata: DeclaredMetadata
}

/**
 * The text without its HTML comments (closed ones: an unclosed "<!--" is text), in one pass. The regular expression
 * `<!--[\s\S]*?-->` would search to the end of the text again from every "<!--" that never closes: the square of the
 * text. Inline spans below (links, emphasis, code) are bounded at 1,000 characters for the same reason: an unclosed
 * "**" or "[" would otherwise be searched past to the end of its line from every other one.
 */
function withoutComments(text: string): string {
  const last = text.lastIndexOf('-->')
  const out: string[] = []
  let i = 0
  for (;;) {
    const open = text.indexOf('<!--', i)
    // A comment closes with a "-->" after its "<!--": none is left after this one.
    if (open < 0 || open + 4 > last) break
    out.push(text.slice(i, open))
    i = text.indexOf('-->', open + 4) + 3
  }
  out.push(text.slice(i))
  return out.join('')
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n?/u
const FIELD = /^([A-Za-z_]+)\s*:\s*(.*)$/u

/**
 * Flattens Markdown to the text a reader sees: heading marks, emphasis, link targets, images, code fences and HTML
 * comments go; link texts stay. YAML front matter (`title:`, `date:`, `author:`) becomes declared metadata.
 */
export function markdownText(source: string): MarkdownText {
  const fields: Record<string, string> = {}
  const fm = FRONT_MATTER.exec(source)
  if (fm) {
    for (const line of (fm[1] as string).split('\n')) {
      const m = FIELD.exec(line)
      if (m) fields[(m[1] as string).toLowerCase()] = (m[2] as string).trim().replace(/^["']|["']$/gu, '')
    }
  }
  const body = fm ? source.slice(fm[0].length) : source
  const text = withoutComments(body)
    .replace(/^```[^\n]*\n[\s\S]*?^```[^\n]*$/gmu, '')
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/u, '$1')
        .replace(/^\s{0,3}>\s?/u, '')
        .replace(/^\s{0,3}(?:[-*_]\s*){3,}$/u, '')
        .replace(/!\[[^\]]{0,1000}\]\([^)]{0,2000}\)/gu, '')
        .replace(/\[([^\]]{1,1000})\]\([^)]{0,2000}\)/gu, '$1')
        .replace(/\[([^\]]{1,1000})\]\[[^\]]{0,1000}\]/gu, '$1')
        .replace(/^\s{0,3}\[[^\]]+\]:\s*\S+.*$/u, '')
        .replace(/(\*\*|__)(?=\S)(.{1,1000}?)(?<=\S)\1/gu, '$2')
        .replace(/(?<![\w*])\*(?=\S)(.{1,1000}?)(?<=\S)\*(?![\w*])/gu, '$1')
        .replace(/`([^`]{1,1000})`/gu, '$1'),
    )
    .join('\n')
  return {
    text,
    metadata: {
      title: fields.title ?? null,
      byline: fields.author ?? fields.authors ?? null,
      publishedTime: fields.date ?? fields.published ?? null,
      lang: fields.lang ?? fields.language ?? null,
    },
  }
}
