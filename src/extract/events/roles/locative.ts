import { actorsIn } from '../sentence.js'
import { partiesOf } from './arguments.js'
import type { RoleRule } from './role-rule.js'

/** Acts done in a place: their target is the state of the place ("killed in India's north", "protesters in Cairo"). */
const PLACED = new Set(['ASSAULT', 'COERCE', 'MOBILIZE', 'PROTEST', 'VISIT'])

/** Where an attack, an occupation, a deployment, a protest or a visit happened: the state of that place. */
export const locativeTarget: RoleRule = {
  id: 'role/locative',
  side: 'target',
  note: 'attacks, deployments, protests and visits are towards the state where they happen',
  examples: [
    {
      text: 'Indian troops killed three militants in Pakistan on Sunday.',
      type: 'ASSAULT',
      source: 'IND',
      target: 'PAK',
    },
    { text: "Japan's prime minister arrived in Hanoi on Monday.", type: 'VISIT', source: 'JPN', target: 'VNM' },
    // A large city places the act in its state.
    {
      text: 'Turkish jets struck Kurdish fighters near Aleppo on Monday.',
      type: 'ASSAULT',
      source: 'TUR',
      target: 'SYR',
    },
  ],
  find(site) {
    const { view, trigger } = site
    if (!PLACED.has(trigger.type)) return null
    const places = actorsIn(view, trigger.last + 1, view.tokens.length - 1, true).filter((m) => m.place)
    const parties = partiesOf(places)
    return parties.length > 0 ? { parties: parties.slice(0, 1) } : null
  },
}
