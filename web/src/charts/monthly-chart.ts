import { BarChart, LineChart } from 'echarts/charts'
import { DataZoomComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import * as echarts from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'
import type { Mounted } from '../components/lazy-view.js'
import { QUADS } from '../format.js'
import { chartWindow, monthRange } from '../series.js'
import type { Month } from '../types.js'

echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, DataZoomComponent, CanvasRenderer])

/** What the monthly chart draws, and what a click on a month does. */
export interface MonthlyChartData {
  readonly months: readonly Month[]
  readonly onMonth: (month: string) => void
}

function option(data: MonthlyChartData): echarts.EChartsCoreOption {
  const byMonth = new Map(data.months.map((m) => [m.month, m]))
  const axis = monthRange(data.months)
  const conflict = (id: string) => id.endsWith('conflict')
  const open = chartWindow(axis.length)
  return {
    animation: false,
    grid: { left: 44, right: 44, top: 40, bottom: 64 },
    legend: { top: 0, type: 'scroll' },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'category', data: axis },
    yAxis: [
      { type: 'value', name: 'events', minInterval: 1, axisLabel: { formatter: (v: number) => String(Math.abs(v)) } },
      { type: 'value', name: 'index', splitLine: { show: false } },
    ],
    // A history of ten years or more opens on its last ten, wide enough to click a month; a drag reaches the rest.
    dataZoom: [
      { type: 'inside', xAxisIndex: 0, startValue: open.start, endValue: open.end },
      { type: 'slider', xAxisIndex: 0, height: 20, bottom: 8, startValue: open.start, endValue: open.end },
    ],
    series: [
      // Cooperation stacks above the axis and conflict below it, so the balance of a month shows at a glance.
      ...QUADS.map((q) => ({
        name: q.label,
        type: 'bar',
        stack: conflict(q.id) ? 'conflict' : 'cooperation',
        barMinWidth: 3,
        itemStyle: { color: q.colour },
        data: axis.map((m) => {
          const n = byMonth.get(m)?.by_quad[q.id] ?? 0
          return conflict(q.id) ? -n : n
        }),
      })),
      {
        name: 'Cooperation–conflict index',
        type: 'line',
        yAxisIndex: 1,
        connectNulls: false,
        symbolSize: 5,
        itemStyle: { color: '#1d232a' },
        data: axis.map((m) => byMonth.get(m)?.index ?? null),
      },
    ],
  }
}

/** Draws the monthly cooperation/conflict chart: bars per PLOVER quad class, the index as a line, zoom on the axis. */
export function mountMonthlyChart(el: HTMLElement, initial: MonthlyChartData): Mounted<MonthlyChartData> {
  const chart = echarts.init(el, undefined, { renderer: 'canvas' })
  let data = initial
  chart.setOption(option(data))
  // The months shown, as the chart holds them, on the element: a test (or a person in the inspector) can read them.
  const shown = () => {
    const axis = monthRange(data.months)
    const zoom = (chart.getOption() as { dataZoom?: { startValue?: number; endValue?: number }[] }).dataZoom?.[0]
    el.dataset.window = `${axis[zoom?.startValue ?? 0] ?? ''}/${axis[zoom?.endValue ?? axis.length - 1] ?? ''}`
  }
  shown()
  chart.on('datazoom', shown)
  // A drag pans the months (the inside zoom); it ends in a click on the same canvas, which must not open a month.
  let down: { x: number; y: number } | null = null
  const press = (e: PointerEvent) => {
    down = { x: e.clientX, y: e.clientY }
  }
  // A click anywhere in a month's column (not only on its thin bar) opens that month's events. The pixel is mapped to
  // the month through the chart's own coordinate system, from the DOM click, which every pointer and touch gives.
  const click = (e: MouseEvent) => {
    const dragged = down !== null && Math.hypot(e.clientX - down.x, e.clientY - down.y) > 4
    down = null
    if (dragged) return
    const rect = el.getBoundingClientRect()
    const point = [e.clientX - rect.left, e.clientY - rect.top]
    if (!chart.containPixel('grid', point)) return
    const [index] = chart.convertFromPixel({ seriesIndex: 0 }, point) as number[]
    const month = index === undefined ? undefined : monthRange(data.months)[Math.round(index)]
    if (month) data.onMonth(month)
  }
  // In the capture phase: the chart stops the click's propagation inside the canvas.
  el.addEventListener('pointerdown', press, true)
  el.addEventListener('click', click, true)
  const resize = new ResizeObserver(() => chart.resize())
  resize.observe(el)
  return {
    update(next) {
      data = next
      chart.setOption(option(data), { notMerge: true })
      shown()
    },
    destroy() {
      el.removeEventListener('pointerdown', press, true)
      el.removeEventListener('click', click, true)
      resize.disconnect()
      chart.dispose()
    },
  }
}
