import { afterEach, describe, expect, it } from 'vitest'
import { setupClassWithTeams } from '../helpers/api'
import { makeDataDir, removeDataDir, startChildServer, type ChildServer } from '../helpers/childServer'
import { connectSynced, createMessageLog, waitForSavedCovering, waitForText } from '../helpers/yclient'

describe('live documents survive the server stopping', () => {
  const running: ChildServer[] = []
  const dirs: string[] = []

  afterEach(async () => {
    for (const server of running.splice(0)) await server.stop('SIGKILL')
    for (const dir of dirs.splice(0)) await removeDataDir(dir)
  })

  const start = async (dataDir: string) => {
    const server = await startChildServer(dataDir)
    running.push(server)
    return server
  }

  it('a confirmed edit survives kill -9 after its author disconnected', async () => {
    const dataDir = await makeDataDir()
    dirs.push(dataDir)
    const first = await start(dataDir)
    const setup = await setupClassWithTeams(first.url, { teams: 1, studentsPerTeam: 1 })
    const { token } = setup.students[0]![0]!
    const workspaceId = setup.workspaceIds[0]!

    const log = createMessageLog()
    const author = await connectSynced(first.wsUrl, workspaceId, token, {
      ack: true,
      WebSocketClass: log.WebSocketClass,
    })
    author.notes().insert(0, 'dikonfirmasi sebelum crash')
    await waitForSavedCovering(log, author.doc)
    author.destroy()
    expect(await first.stop('SIGKILL')).toBeNull()

    const second = await start(dataDir)
    const reader = await connectSynced(second.wsUrl, workspaceId, token)
    expect(reader.notes().toString()).toBe('dikonfirmasi sebelum crash')
    reader.destroy()
  })

  it('a graceful stop (SIGTERM) keeps everything received', async () => {
    const dataDir = await makeDataDir()
    dirs.push(dataDir)
    const first = await start(dataDir)
    const setup = await setupClassWithTeams(first.url, { teams: 1, studentsPerTeam: 2 })
    const workspaceId = setup.workspaceIds[0]!
    const [ayuToken, budiToken] = setup.students[0]!.map((s) => s.token)

    const ayu = await connectSynced(first.wsUrl, workspaceId, ayuToken!)
    const budi = await connectSynced(first.wsUrl, workspaceId, budiToken!)
    ayu.notes().insert(0, 'diterima tepat sebelum berhenti')
    await waitForText(budi.doc, 'diterima tepat sebelum berhenti')
    // No acknowledgement awaited: stopping must store whatever was received.
    expect(await first.stop('SIGTERM')).toBe(0)
    ayu.destroy()
    budi.destroy()

    const second = await start(dataDir)
    const reader = await connectSynced(second.wsUrl, workspaceId, ayuToken!)
    expect(reader.notes().toString()).toBe('diterima tepat sebelum berhenti')
    reader.destroy()
  })
})
