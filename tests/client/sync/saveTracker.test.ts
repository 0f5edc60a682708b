import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { SaveTracker } from '../../../client/src/sync/saveTracker'

describe('the client save tracker (what the state line shows)', () => {
  it('reads saved only once the stored state vector covers every local change', () => {
    const doc = new Y.Doc()
    const tracker = new SaveTracker(doc)
    const seen: boolean[] = []
    tracker.subscribe(() => seen.push(tracker.getSnapshot().saved))
    expect(tracker.getSnapshot()).toMatchObject({ connection: 'connecting', saved: false, closed: null })

    doc.getText('t').insert(0, 'halo')
    tracker.setConnection('online')
    expect(tracker.getSnapshot().saved).toBe(false)

    // The server stored exactly what we have: saved.
    tracker.onSaved(Y.encodeStateVector(doc))
    expect(tracker.getSnapshot()).toMatchObject({ connection: 'online', saved: true })

    // A new local edit is not covered by the old acknowledgement.
    doc.getText('t').insert(4, '!')
    expect(tracker.getSnapshot().saved).toBe(false)

    // An acknowledgement from before the edit changes nothing; a newer one covers it.
    const server = new Y.Doc()
    Y.applyUpdate(server, Y.encodeStateAsUpdate(doc))
    tracker.onSaved(Y.encodeStateVector(server))
    expect(tracker.getSnapshot().saved).toBe(true)
    expect(seen).toContain(false)
    tracker.destroy()
  })

  it('counts a teammate’s update as unsaved until the server has stored it too', () => {
    const doc = new Y.Doc()
    const tracker = new SaveTracker(doc)
    tracker.onSaved(Y.encodeStateVector(doc))
    expect(tracker.getSnapshot().saved).toBe(true)

    const teammate = new Y.Doc()
    teammate.getText('t').insert(0, 'dari teman')
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(teammate))
    expect(tracker.getSnapshot().saved).toBe(false)
    tracker.destroy()
  })

  it('keeps the snapshot object stable until something changes, and reports a terminal close', () => {
    const doc = new Y.Doc()
    const tracker = new SaveTracker(doc)
    const first = tracker.getSnapshot()
    tracker.setConnection('connecting')
    expect(tracker.getSnapshot()).toBe(first)
    tracker.setClosed({ code: 4403, reason: 'no access' })
    expect(tracker.getSnapshot()).toMatchObject({ connection: 'offline', closed: { code: 4403 } })
    tracker.destroy()
  })
})
