import * as Y from 'yjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { setupClassWithTeams, type ClassSetup } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'
import { connectSynced, waitForText, type YClient } from '../helpers/yclient'

describe('a lecturer watches a workspace read-only', () => {
  let server: TestServer
  let setup: ClassSetup
  const clients: YClient[] = []

  beforeAll(async () => {
    server = await startTestServer()
    setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 1 })
  })
  afterAll(async () => {
    for (const client of clients) client.destroy()
    await server.dispose()
  })

  it('sees students’ edits live, and its own edits reach nobody and are not stored', async () => {
    const workspaceId = setup.workspaceIds[0]!
    const student = await connectSynced(server.wsUrl, workspaceId, setup.students[0]![0]!.token)
    const lecturer = await connectSynced(server.wsUrl, workspaceId, setup.lecturer.token)
    clients.push(student, lecturer)

    student.notes().insert(0, 'Catatan mahasiswa')
    await waitForText(lecturer.doc, 'Catatan mahasiswa')

    lecturer.notes().insert(0, 'DOSEN ')
    lecturer.doc.getMap<Y.Map<unknown>>('fiveC').get('characteristics')?.set('interactsWithOutside', true)
    // Messages of one connection are handled in order: once the student sees the lecturer's presence,
    // sent after the edit, the server has already dropped the edit.
    lecturer.provider.awareness.setLocalStateField('field', 'fiveC.context.notes')
    await new Promise<void>((resolve) => {
      const check = () => {
        const states = [...student.provider.awareness.getStates().values()]
        if (!states.some((s) => (s as { field?: string }).field === 'fiveC.context.notes')) return
        student.provider.awareness.off('change', check)
        resolve()
      }
      student.provider.awareness.on('change', check)
      check()
    })
    expect(student.notes().toString()).toBe('Catatan mahasiswa')
    expect(
      student.doc.getMap<Y.Map<unknown>>('fiveC').get('characteristics')?.get('interactsWithOutside'),
    ).toBeNull()
    expect(lecturer.provider.wsconnected).toBe(true)

    const exported = await setup.students[0]![0]!.api.exportWorkspace(workspaceId)
    const templates = exported.templates as Record<string, Record<string, Record<string, unknown>>>
    expect(templates.fiveC?.context?.notes).toBe('Catatan mahasiswa')

    const lateComer = await connectSynced(server.wsUrl, workspaceId, setup.students[0]![0]!.token)
    clients.push(lateComer)
    expect(lateComer.notes().toString()).toBe('Catatan mahasiswa')
  })
})
