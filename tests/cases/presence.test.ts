import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { isPresenceColor, sanitizePresenceState } from '../../cases/contracts/presence'

describe('presence colours', () => {
  it('are #rrggbb or #rrggbbaa and nothing else', () => {
    for (const ok of ['#1b6ac9', '#1B6AC9', '#1b6ac933', '#000000', '#ffffffff'])
      expect(isPresenceColor(ok), ok).toBe(true)
    const hostile = [
      'red',
      '#c00',
      '#c00f',
      '#1b6ac',
      '#1b6ac9f',
      '#1b6ac9333',
      '#gggggg',
      ' #1b6ac9',
      '#1b6ac9 ',
      '#1b6ac9\n',
      '#1b6ac9; position: fixed',
      'rgb(0, 0, 0)',
      'var(--x)',
      'url(data:image/svg+xml,x)',
      '',
      null,
      123456,
      ['#1b6ac9'],
    ]
    for (const bad of hostile) expect(isPresenceColor(bad), String(bad)).toBe(false)
  })
})

describe('sanitizePresenceState', () => {
  it('keeps what the app publishes, unchanged', () => {
    const text = new Y.Doc().getText('t')
    text.insert(0, 'abc')
    const state = JSON.parse(
      JSON.stringify({
        user: { name: 'Ayu', id: 'u1', role: 'student', color: '#1b6ac9', colorLight: '#1b6ac933' },
        field: 'fiveC.context.notes',
        cursor: {
          anchor: Y.createRelativePositionFromTypeIndex(text, 1),
          head: Y.createRelativePositionFromTypeIndex(text, 3),
        },
      }),
    ) as unknown
    expect(sanitizePresenceState(state)).toEqual(state)
    for (const field of [
      'ecomap.systems.6f1c2b1e-1d2c-4a7e-9a38-0c1b2d3e4f50',
      'tpl.section.item-1.field',
      'marker-1',
      null,
    ])
      expect(sanitizePresenceState({ field })).toEqual({ field })
    expect(sanitizePresenceState({ cursor: null })).toEqual({ cursor: null })
  })

  it('drops unknown keys at every depth and fields of the wrong shape, one by one', () => {
    expect(
      sanitizePresenceState({
        user: { color: 'red; position: fixed', colorLight: '#1b6ac933', avatar: 'x', role: 'admin' },
        field: 'a"b',
        cursor: {
          anchor: { item: { client: 1, clock: 2, evil: 'x' }, tname: null, type: null, assoc: 0, x: 1 },
        },
        extra: { style: 'position: fixed' },
      }),
    ).toEqual({ user: { colorLight: '#1b6ac933' } })
    expect(
      sanitizePresenceState(JSON.parse('{"__proto__":{"x":1},"user":{"__proto__":{"color":"red"}}}')),
    ).toEqual({
      user: {},
    })
    expect(sanitizePresenceState({ field: 'a.'.repeat(10) + 'b' })).toEqual({})
    expect(sanitizePresenceState({ field: 'x'.repeat(65) })).toEqual({})
    expect(sanitizePresenceState({ user: { name: 'n'.repeat(201) } })).toEqual({ user: {} })
  })

  it('normalises a caret to the keys Yjs reads, and drops one Yjs would throw on', () => {
    const item = { client: 7, clock: 3 }
    expect(sanitizePresenceState({ cursor: { anchor: { item }, head: { item, assoc: -1 } } })).toEqual({
      cursor: {
        anchor: { type: null, tname: null, item, assoc: 0 },
        head: { type: null, tname: null, item, assoc: -1 },
      },
    })
    const none = { type: null, tname: null, item: null, assoc: 0 }
    for (const anchor of [
      none,
      { item: { client: -1, clock: 0 } },
      { item: { client: 1.5, clock: 0 } },
      { tname: 'a b' },
      { item, assoc: 5 },
      'x',
    ])
      expect(sanitizePresenceState({ cursor: { anchor, head: { item } } }), JSON.stringify(anchor)).toEqual(
        {},
      )
  })

  it('refuses a state that is not an object', () => {
    for (const state of ['x', 1, true, [], [{ user: {} }], undefined])
      expect(sanitizePresenceState(state)).toBeNull()
  })
})
