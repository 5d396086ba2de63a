import cytoscape from 'cytoscape'
import type { Mounted } from '../components/lazy-view.js'
import { actorGraph } from '../series.js'
import type { EventItem } from '../types.js'

/** The events whose actors the network links. */
export interface NetworkData {
  readonly events: readonly EventItem[]
  /** Called with a state's code, or a person's or organisation's name, when its node is clicked. */
  readonly onActor: (actor: string) => void
}

function elements(data: NetworkData): cytoscape.ElementDefinition[] {
  const g = actorGraph(data.events)
  return [
    ...g.nodes.map((n) => ({ data: { id: n.id, label: n.label }, classes: n.kind })),
    ...g.edges.map((e, i) => ({
      data: { id: `e${i}`, source: e.source, target: e.target, weight: e.weight },
      classes: e.kind,
    })),
  ]
}

/** Draws the actor network; labels are drawn on a canvas, so names from documents cannot inject markup. */
export function mountNetwork(el: HTMLElement, initial: NetworkData): Mounted<NetworkData> {
  const cy = cytoscape({
    container: el,
    elements: elements(initial),
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          'font-size': 11,
          'text-valign': 'bottom',
          'text-margin-y': 4,
          width: 18,
          height: 18,
        },
      },
      {
        selector: 'node.country',
        style: { 'background-color': '#2f7fc1', shape: 'round-rectangle', width: 30, height: 22 },
      },
      { selector: 'node.person', style: { 'background-color': '#e07b39' } },
      { selector: 'node.org', style: { 'background-color': '#2f9e6e', shape: 'diamond', width: 22, height: 22 } },
      {
        selector: 'edge.event',
        style: {
          width: 'mapData(weight, 1, 10, 1.5, 8)',
          'line-color': '#8a94a3',
          'target-arrow-color': '#8a94a3',
          'target-arrow-shape': 'triangle',
          'curve-style': 'bezier',
          label: 'data(weight)',
          'font-size': 9,
        },
      },
      { selector: 'edge.member', style: { width: 1, 'line-style': 'dashed', 'line-color': '#c5ccd6' } },
    ],
  })
  // Strong repulsion and long ideal edges keep the labels of a small graph apart.
  const layout = () =>
    cy
      .layout({
        name: 'cose',
        animate: false,
        padding: 30,
        nodeRepulsion: () => 120000,
        idealEdgeLength: () => 80,
        nodeOverlap: 40,
        randomize: false,
      })
      .run()
  layout()
  let data = initial
  cy.on('tap', 'node', (e) => data.onActor(e.target.data('label') as string))
  return {
    update(next) {
      data = next
      cy.elements().remove()
      cy.add(elements(next))
      layout()
    },
    destroy() {
      cy.destroy()
    },
  }
}
