import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import {
  COMMENT_WEIGHT_CHARS,
  LITTLE_OF_EVEN,
  MIN_TEAM_MINUTES,
  type WorkspaceContributions,
} from '../../cases/contributions'
import { createApi, setupClassWithTeams, type ClassSetup } from '../helpers/api'
import { makeDataDir, removeDataDir } from '../helpers/childServer'
import { startTestServer, type TestServer } from '../helpers/startTestServer'
import { connectSynced } from '../helpers/yclient'

/** An agreed typist (juru ketik) writes the analysis; two teammates comment and reply; a fourth does nothing yet. */
describe('the mirror of a team with an agreed typist and teammates who comment', () => {
  let dataDir: string
  let server: TestServer
  let setup: ClassSetup
  let workspaceId: string

  const mirror = (token: string) =>
    createApi(server.url, token).request<WorkspaceContributions>(
      'GET',
      `/api/workspaces/${workspaceId}/contributions`,
    )

  beforeAll(async () => {
    dataDir = await makeDataDir()
    server = await startTestServer({}, dataDir)
    setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 4 })
    workspaceId = setup.workspaceIds[0]!
  })
  afterAll(async () => {
    await server.dispose()
    await removeDataDir(dataDir)
  })

  it('describes the team as centred on one member and names no commenter', async () => {
    const [typist, ani, budi, silent] = setup.students[0]! as [
      (typeof setup.students)[0][0],
      (typeof setup.students)[0][0],
      (typeof setup.students)[0][0],
      (typeof setup.students)[0][0],
    ]
    const client = await connectSynced(server.wsUrl, workspaceId, typist.token)
    const sentence = 'Kelompok remaja ini berkumpul di pos ronda dan saling mendukung. '
    const text = sentence.repeat(150).slice(0, 9000)
    // Typed a sentence at a time, as an editor sends it (each update well under the paste cap).
    for (let at = 0; at < text.length; at += 50) client.notes().insert(at, text.slice(at, at + 50))

    // Ani and Budi read along and comment: three threads or replies each, through the comment routes.
    const anchor = { templateId: 'fiveC', path: ['context', 'notes'] }
    const thread = await ani.api.request<{ id: string }>('POST', `/api/workspaces/${workspaceId}/comments`, {
      anchor,
      body: 'Paragraf kedua perlu contoh dari kasus.',
    })
    expect(thread.status).toBe(201)
    for (const [who, body] of [
      [ani, 'Bisa dikutip ucapan ketua RT.'],
      [budi, 'Setuju, dan sebutkan sumbernya.'],
      [budi, 'Kalimat terakhir terlalu panjang.'],
    ] as const) {
      expect(
        (await who.api.request('POST', `/api/comments/${thread.body.id}/replies`, { body })).status,
      ).toBe(201)
    }
    expect(
      (
        await ani.api.request('POST', `/api/workspaces/${workspaceId}/comments`, {
          anchor,
          body: 'Sistem sumber belum disebut.',
        })
      ).status,
    ).toBe(201)
    expect(
      (
        await budi.api.request('POST', `/api/workspaces/${workspaceId}/comments`, {
          anchor,
          body: 'Tahap kelompoknya storming?',
        })
      ).status,
    ).toBe(201)
    await vi.waitFor(async () => {
      const body = (await mirror(setup.lecturer.token)).body
      expect(body.members.find((m) => m.userId === typist.id)?.charsCounted).toBe(9000)
    })
    client.destroy()

    // The typing above took seconds, not the time a real analysis takes: the stored counters stand in for an
    // afternoon's work by giving the typist the minutes the threshold asks for (everything else is as counted).
    await server.close()
    const file = path.join(dataDir, 'contributions', `${workspaceId}.json`)
    const stored = JSON.parse(await readFile(file, 'utf8')) as {
      members: Record<string, { activeMinutes: number }>
    }
    stored.members[typist.id]!.activeMinutes = MIN_TEAM_MINUTES + 25
    await writeFile(file, JSON.stringify(stored))
    server = await startTestServer({}, dataDir)

    const body = (await mirror(setup.lecturer.token)).body
    const byId = (id: string) => body.members.find((m) => m.userId === id)!
    expect(byId(ani.id).comments).toBe(3)
    expect(byId(budi.id).comments).toBe(3)
    expect(byId(ani.id).weight).toBe(3 * COMMENT_WEIGHT_CHARS)
    // The commenters' shares are below the "little written" line on their own: their comments keep them off it.
    expect(byId(ani.id).share).toBeLessThan(LITTLE_OF_EVEN / 4)
    expect(body.enoughEvidence).toBe(true)
    expect(body.indicators.map((i) => [i.kind, i.userIds])).toEqual([
      ['teamCentred', []],
      ['littleWrittenYet', [silent.id]],
    ])
    expect(body.indicators[0]?.label.id).toBe('Tulisan tim terpusat pada satu anggota')

    // Shared with the team, a student sees the team's pattern only: nobody is named to them.
    const settings = `/api/assignments/${setup.assignment.id}/settings`
    const lecturer = createApi(server.url, setup.lecturer.token)
    expect((await lecturer.request('PUT', settings, { showContributionsToTeam: true })).status).toBe(200)
    const seen = await mirror(silent.token)
    expect(seen.status).toBe(200)
    expect(seen.body.indicators.map((i) => [i.kind, i.userIds])).toEqual([['teamCentred', []]])
  })
})
