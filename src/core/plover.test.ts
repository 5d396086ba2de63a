import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { EVENT_FAMILIES, familyOf, isEventFamily, isEventType, PLOVER_FAMILIES } from './plover.js'

describe('PLOVER families', () => {
  it('maps every type to a listed family, in any case', () => {
    for (const family of Object.values(PLOVER_FAMILIES)) assert.ok(EVENT_FAMILIES.includes(family), family)
    assert.equal(familyOf('visit'), 'consult')
    assert.equal(familyOf('ESTABLISH_RELATIONS'), 'agree')
    assert.equal(familyOf('PROTEST'), 'verbal_conflict')
    assert.equal(familyOf('BOMBARD'), undefined)
  })

  it('tells types from families', () => {
    assert.ok(isEventType('Sanction') && !isEventType('consult_x') && !isEventType('toString'))
    assert.ok(isEventFamily('material_conflict') && !isEventFamily('CONSULT'))
  })
})
