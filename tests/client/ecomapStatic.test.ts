import { describe, expect, it } from 'vitest'
import { readStaticEcomap } from '../../client/src/ecomap/staticModel'

describe('reading an ecomap from export JSON for the static drawing', () => {
  it('keeps centre, members, systems and the ties whose ends exist', () => {
    const map = readStaticEcomap({
      centre: { label: 'Keluarga Dimas', mapDate: '2026-11-29', kind: 'family' },
      members: [{ id: 'm1', name: 'Ibu' }],
      systems: [
        { id: 's1', label: 'Sekolah', category: 'education', x: 800, y: 250 },
        { id: 's2', label: 'Masjid', category: null, x: 200, y: 700 },
      ],
      ties: [
        { id: 't1', from: 'centre', to: 's1', strength: 'strong', stressful: false, flow: 'none' },
        { id: 't2', from: 'm1', to: 's2', strength: 'tenuous', stressful: true, flow: 'both' },
        { id: 't3', from: 'centre', to: 'gone', strength: 'strong', stressful: false, flow: 'none' },
        { id: 't4', from: 'nobody', to: 's1', strength: 'strong', stressful: false, flow: 'none' },
      ],
    })
    expect(map.centreLabel).toBe('Keluarga Dimas')
    expect(map.mapDate).toBe('2026-11-29')
    expect(map.members).toEqual([{ id: 'm1', name: 'Ibu' }])
    expect(map.systems.map((s) => [s.id, s.x, s.y, s.category])).toEqual([
      ['s1', 800, 250, 'education'],
      ['s2', 200, 700, null],
    ])
    expect(map.ties.map((t) => t.id)).toEqual(['t1', 't2'])
  })

  it('draws anything missing or malformed without throwing: no systems, positions clamped into the map', () => {
    expect(readStaticEcomap(undefined)).toEqual({
      centreLabel: '',
      mapDate: null,
      members: [],
      systems: [],
      ties: [],
    })
    const map = readStaticEcomap({ systems: [{ id: 's', label: 7, x: -50, y: 'far' }], ties: 'no' })
    expect(map.systems).toHaveLength(1)
    const [system] = map.systems
    expect(system?.label).toBe('')
    expect(system?.x).toBeGreaterThan(0)
    expect(system?.y).toBe(500)
    expect(map.ties).toEqual([])
  })
})
