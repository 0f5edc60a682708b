import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { setupClassWithTeams, type ClassSetup } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'
import { connectSynced, waitForText, type YClient } from '../helpers/yclient'

describe('live co-editing of a workspace', () => {
  let server: TestServer
  let setup: ClassSetup
  const clients: YClient[] = []

  beforeAll(async () => {
    server = await startTestServer()
    setup = await setupClassWithTeams(server.url, { teams: 2, studentsPerTeam: 3 })
  })
  afterAll(async () => {
    for (const client of clients) client.destroy()
    await server.dispose()
  })

  const connect = async (student: number) => {
    const member = setup.students[0]?.[student]
    if (!member) throw new Error('no such student')
    const client = await connectSynced(server.wsUrl, setup.workspaceIds[0] ?? '', member.token)
    clients.push(client)
    return client
  }

  it('two stock clients converge on concurrent edits to the same field, a late joiner gets everything, and the export shows it', async () => {
    const a = await connect(0)
    const b = await connect(1)
    // The server created the structure: both see the same Y.Text without creating it.
    expect(a.notes().toString()).toBe('')

    // Concurrent: both type before either has seen the other's edit.
    a.notes().insert(0, 'Ayu: keluarga inti. ')
    b.notes().insert(0, 'Budi: tinggal bersama nenek. ')
    await waitForText(a.doc, (t) => t.includes('Ayu') && t.includes('Budi'))
    await waitForText(b.doc, a.notes().toString())
    expect(a.notes().toString()).toBe(b.notes().toString())

    const c = await connect(2)
    expect(c.notes().toString()).toBe(a.notes().toString())

    const exported = await setup.students[0]![0]!.api.exportWorkspace(setup.workspaceIds[0]!)
    const templates = exported.templates as Record<string, Record<string, Record<string, unknown>>>
    expect(templates.fiveC?.context?.notes).toBe(a.notes().toString())
  })

  it('another team never sees the edits', async () => {
    const other = setup.students[1]![0]!
    const client = await connectSynced(server.wsUrl, setup.workspaceIds[1]!, other.token)
    clients.push(client)
    expect(client.notes().toString()).toBe('')
  })
})
