import { BarChart, LineChart } from 'echarts/charts'
import { DataZoomComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import * as echarts from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'
import type { Mounted } from '../components/lazy-view.js'
import { QUADS } from '../format.js'
import { monthRange } from '../series.js'
import type { Month } from '../types.js'

echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, DataZoomComponent, CanvasRenderer])

/** What the monthly chart draws, and what a click on a month does. */
export interface MonthlyChartData {
  readonly months: readonly Month[]
  readonly onMonth: (month: string) => void
}

/** How many months the chart shows at first. */
const WINDOW = 60

function option(data: MonthlyChartData): echarts.EChartsCoreOption {
  const byMonth = new Map(data.months.map((m) => [m.month, m]))
  const axis = monthRange(data.months)
  const conflict = (id: string) => id.endsWith('conflict')
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
    // A long history opens on its last five years, wide enough to click a month; the slider reaches the rest.
    dataZoom: [
      { type: 'inside', xAxisIndex: 0, startValue: Math.max(0, axis.length - WINDOW), endValue: axis.length - 1 },
      { type: 'slider', xAxisIndex: 0, height: 20, bottom: 8 },
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
  // A click anywhere in a month's column (not only on its thin bar) opens that month's events. The pixel is mapped to
  // the month through the chart's own coordinate system, from the DOM click, which every pointer and touch gives.
  const click = (e: MouseEvent) => {
    const rect = el.getBoundingClientRect()
    const point = [e.clientX - rect.left, e.clientY - rect.top]
    if (!chart.containPixel('grid', point)) return
    const [index] = chart.convertFromPixel({ seriesIndex: 0 }, point) as number[]
    const month = index === undefined ? undefined : monthRange(data.months)[Math.round(index)]
    if (month) data.onMonth(month)
  }
  // In the capture phase: the chart stops the click's propagation inside the canvas.
  el.addEventListener('click', click, true)
  const resize = new ResizeObserver(() => chart.resize())
  resize.observe(el)
  return {
    update(next) {
      data = next
      chart.setOption(option(data), { notMerge: true })
    },
    destroy() {
      el.removeEventListener('click', click, true)
      resize.disconnect()
      chart.dispose()
    },
  }
}
