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
    dataZoom: [
      { type: 'inside', xAxisIndex: 0 },
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
  // A click anywhere in a month's column (not only on its bar) opens that month's events.
  chart.getZr().on('click', (e: { offsetX: number; offsetY: number }) => {
    const point = [e.offsetX, e.offsetY]
    if (!chart.containPixel('grid', point)) return
    const x = chart.convertFromPixel({ xAxisIndex: 0 }, point) as unknown as number | number[]
    const index = Array.isArray(x) ? x[0] : x
    const month = monthRange(data.months)[Math.round(index ?? -1)]
    if (month) data.onMonth(month)
  })
  const resize = new ResizeObserver(() => chart.resize())
  resize.observe(el)
  return {
    update(next) {
      data = next
      chart.setOption(option(data), { notMerge: true })
    },
    destroy() {
      resize.disconnect()
      chart.dispose()
    },
  }
}
