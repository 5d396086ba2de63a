import type { DeclaredMetadata } from '../core/types.js'

/** A Markdown document as plain text, and what its front matter declares. */
export interface MarkdownText {
  readonly text: string
  readonly metadata: DeclaredMetadata
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
  const text = body
    .replace(/<!--[\s\S]*?-->/gu, '')
    .replace(/^```[^\n]*\n[\s\S]*?^```[^\n]*$/gmu, '')
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/u, '$1')
        .replace(/^\s{0,3}>\s?/u, '')
        .replace(/^\s{0,3}(?:[-*_]\s*){3,}$/u, '')
        .replace(/!\[[^\]]*\]\([^)]*\)/gu, '')
        .replace(/\[([^\]]+)\]\([^)]*\)/gu, '$1')
        .replace(/\[([^\]]+)\]\[[^\]]*\]/gu, '$1')
        .replace(/^\s{0,3}\[[^\]]+\]:\s*\S+.*$/u, '')
        .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/gu, '$2')
        .replace(/(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])/gu, '$1')
        .replace(/`([^`]+)`/gu, '$1'),
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
