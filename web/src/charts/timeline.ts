import 'vis-timeline/styles/vis-timeline-graph2d.min.css'
import type { DataSet as DataSetType } from 'vis-data'
import * as vis from 'vis-timeline/standalone'
import type { Mounted } from '../components/lazy-view.js'
import { actorsLabel, clip, dateLabel, FAMILIES, familyLabel } from '../format.js'
import { dateSpan } from '../series.js'
import type { EventItem } from '../types.js'

/** The dated events the timeline places, and what a click on one does. */
export interface TimelineData {
  readonly events: readonly EventItem[]
  readonly onOpen: (event: EventItem) => void
}

function items(events: readonly EventItem[]) {
  return events.flatMap((e, i) => {
    if (!e.date) return []
    const span = dateSpan(e.date, e.date_end)
    // Content and tooltip are elements built from text, never HTML: document text cannot inject markup here.
    const content = document.createElement('span')
    content.textContent = `${e.type} ${e.source ?? '?'}${e.target ? `→${e.target}` : ''}`
    const title = document.createElement('div')
    title.className = 'timeline-tip'
    title.textContent = `${dateLabel(e.date, e.date_end)} · ${e.type} (${familyLabel(e.family)}) · ${actorsLabel(e)}\n${clip(e.evidence, 200)}`
    const precise = e.date_precision === 'day' && !e.date_end
    return [
      {
        id: i,
        group: e.family,
        content,
        title,
        start: span.start,
        ...(precise ? { type: 'point' } : { end: span.end, type: 'range' }),
        className: `fam-${e.family}`,
      },
    ]
  })
}

/**
 * The span of the dated events, with room after the last one for its label; nothing when none is dated (the library
 * then fits the window itself).
 */
function extent(events: readonly EventItem[]): { start: Date; end: Date } | Record<string, never> {
  const spans = events.flatMap((e) => (e.date ? [dateSpan(e.date, e.date_end)] : []))
  if (spans.length === 0) return {}
  const first = Math.min(...spans.map((s) => s.start.getTime()))
  const last = Math.max(...spans.map((s) => s.end.getTime()))
  const length = Math.max(last - first, 30 * 86_400_000)
  return { start: new Date(first - length * 0.02), end: new Date(last + length * 0.18) }
}

// The standalone build (vis-data bundled in) exports DataSet, which its type declarations leave out.
const { Timeline } = vis
const { DataSet } = vis as unknown as { DataSet: typeof DataSetType }

/** Draws the events on a zoomable timeline, one row per type family; events without a date are not placed. */
export function mountTimeline(el: HTMLElement, initial: TimelineData): Mounted<TimelineData> {
  let data = initial
  const groups = new DataSet(
    FAMILIES.map((f, order) => ({ id: f.id, content: f.label, order, className: `fam-${f.id}` })),
  )
  const set = new DataSet(items(data.events) as never[])
  // The library makes its container position: relative; a child of full height keeps the box's fixed size.
  const host = document.createElement('div')
  host.style.height = '100%'
  el.append(host)
  const timeline = new Timeline(host, set, groups, {
    height: '100%',
    stack: true,
    verticalScroll: true,
    zoomKey: 'ctrlKey',
    orientation: 'top',
    showCurrentTime: false,
    selectable: true,
    groupOrder: 'order',
    tooltip: { followMouse: false },
    // The window opens on the events, not on today, so the first drawing is already the right one.
    ...extent(data.events),
  })
  const showFamilies = () => {
    const used = new Set(data.events.filter((e) => e.date).map((e) => e.family))
    groups.update(FAMILIES.map((f) => ({ id: f.id, visible: used.has(f.id) })) as never[])
  }
  showFamilies()
  // Its scrolling panels take the keyboard focus, so they can be scrolled without a mouse.
  for (const panel of host.querySelectorAll<HTMLElement>('.vis-panel.vis-left, .vis-panel.vis-center')) {
    panel.tabIndex = 0
    panel.setAttribute('aria-label', panel.classList.contains('vis-left') ? 'Type families' : 'Events by date')
  }
  timeline.on('select', (p: { items: number[] }) => {
    const e = data.events[p.items[0] ?? -1]
    if (e) data.onOpen(e)
  })
  return {
    update(next) {
      const changed = next.events !== data.events
      data = next
      if (!changed) return
      set.clear()
      set.add(items(data.events) as never[])
      showFamilies()
      timeline.fit({ animation: false })
    },
    destroy() {
      timeline.destroy()
      host.remove()
    },
  }
}
