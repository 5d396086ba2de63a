import { readStorageStamp } from '../../text/storage-stamp.js'
import type { InlineRule } from '../rule.js'

/** Removes the storage date stamp a scraper put at the start of a stored page; metadata may use it as a last resort. */
export const storageStamp: InlineRule = {
  kind: 'inline',
  id: 'clean/storage-stamp',
  examples: [
    { text: ' date 2019-07-18 Japan cited the dispute.\n\nMore.', expect: 'Japan cited the dispute.\n\nMore.' },
    { text: 'Body.\n date 2019-07-18 is not at the start.', expect: 'Body.\ndate 2019-07-18 is not at the start.' },
  ],
  edits(line) {
    if (line.start !== 0) return []
    const stamp = readStorageStamp(line.text)
    return stamp ? [{ start: 0, end: stamp.match.length, insert: '' }] : []
  },
}
