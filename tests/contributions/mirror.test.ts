import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import {
  COMMENT_WEIGHT_CHARS,
  MIN_TEAM_WEIGHT,
  PASTE_CAP_CHARS,
  REMOVED_WEIGHT,
  type WorkspaceContributions,
} from '../../cases/contributions'
import { createApi, setupClassWithTeams, type ClassSetup } from '../helpers/api'
import { makeDataDir, removeDataDir } from '../helpers/childServer'
import { startTestServer, type TestServer } from '../helpers/startTestServer'
import { connectSynced, waitForText, type YClient } from '../helpers/yclient'

const ANI_TEXT = 'Kelompok ini terdiri dari remaja yang tinggal di kampung yang sama. '
  .repeat(5)
  .slice(0, 300)
const BUDI_TEXT = ' Mereka sering berkumpul di pos ronda setiap malam minggu ya.'.slice(0, 60)

describe('the contribution mirror of a team', () => {
  let dataDir: string
  let server: TestServer
  let setup: ClassSetup
  let workspaceId: string
  const clients: YClient[] = []

  /** GET the mirror as this token's owner, from the server running now (its port changes on restart). */
  const mirror = (token: string) =>
    createApi(server.url, token).request<WorkspaceContributions>(
      'GET',
      `/api/workspaces/${workspaceId}/contributions`,
    )
  const byName = (body: WorkspaceContributions, name: string) => {
    const member = body.members.find((m) => m.name === name)
    if (!member) throw new Error(`${name} is not listed`)
    return member
  }

  beforeAll(async () => {
    dataDir = await makeDataDir()
    server = await startTestServer({}, dataDir)
    setup = await setupClassWithTeams(server.url, { teams: 2, studentsPerTeam: 3 })
    workspaceId = setup.workspaceIds[0]!
  })
  afterAll(async () => {
    for (const client of clients) client.destroy()
    await server.dispose()
    await removeDataDir(dataDir)
  })

  it('matches what each of three students typed and deleted, and never counts the lecturer', async () => {
    const [ani, budi, citra] = setup.students[0]!
    const aniClient = await connectSynced(server.wsUrl, workspaceId, ani!.token)
    const budiClient = await connectSynced(server.wsUrl, workspaceId, budi!.token)
    const citraClient = await connectSynced(server.wsUrl, workspaceId, citra!.token)
    const lecturerClient = await connectSynced(server.wsUrl, workspaceId, setup.lecturer.token)
    clients.push(aniClient, budiClient, citraClient, lecturerClient)

    aniClient.notes().insert(0, ANI_TEXT)
    await waitForText(budiClient.doc, ANI_TEXT)
    budiClient.notes().insert(ANI_TEXT.length, BUDI_TEXT)
    // Budi removes 50 of Ani's characters: Ani's share of the text still present shrinks.
    budiClient.notes().delete(0, 50)
    const finalText = ANI_TEXT.slice(50) + BUDI_TEXT
    await waitForText(citraClient.doc, finalText)
    lecturerClient.notes().insert(0, 'DOSEN MENGETIK ')
    // One connection's messages are handled in order: once Citra sees the lecturer's presence, sent after the
    // edit, the server has already read (and dropped) the lecturer's edit.
    lecturerClient.provider.awareness.setLocalStateField('field', 'fiveC.context.notes')
    await vi.waitFor(() => {
      const states = [...citraClient.provider.awareness.getStates().values()]
      expect(states.some((state) => (state as { field?: string }).field === 'fiveC.context.notes')).toBe(true)
    })
    expect(citraClient.notes().toString()).toBe(finalText)

    const res = await mirror(setup.lecturer.token)
    expect(res.status).toBe(200)
    const body = res.body
    expect(body.members.map((m) => m.name).sort()).toEqual([ani!.name, budi!.name, citra!.name].sort())
    const a = byName(body, ani!.name)
    const b = byName(body, budi!.name)
    const c = byName(body, citra!.name)
    expect([a.charsAdded, a.charsRemoved, a.textPresent]).toEqual([300, 0, 250])
    expect([b.charsAdded, b.charsRemoved, b.textPresent]).toEqual([60, 50, 60])
    expect([c.charsAdded, c.charsRemoved, c.textPresent, c.activeMinutes, c.comments]).toEqual([
      0, 0, 0, 0, 0,
    ])
    expect(a.textShare).toBeCloseTo(250 / 310)
    expect(b.textShare).toBeCloseTo(60 / 310)
    expect(a.perTemplate.fiveC?.charsAdded).toBe(300)
    expect(b.perTemplate.fiveC?.charsRemoved).toBe(50)
    expect(a.activeMinutes).toBeGreaterThanOrEqual(1)
    expect(b.activeMinutes).toBeGreaterThanOrEqual(1)
    // Ani's 300 characters arrived in one update (a paste): they count PASTE_CAP_CHARS; Budi's deletion counts
    // modestly.
    expect([a.charsCounted, b.charsCounted, b.charsRemovedCounted]).toEqual([PASTE_CAP_CHARS, 60, 50])
    const weights = [PASTE_CAP_CHARS, 60 + REMOVED_WEIGHT * 50, 0]
    expect([a.weight, b.weight, c.weight]).toEqual(weights)
    // Before the evidence thresholds no balance is sent: over this little work it would read as a verdict.
    expect(body.balance).toBeNull()
    // A paragraph and a few edits are no evidence of any pattern: nothing is shown.
    expect(body.enoughEvidence).toBe(false)
    expect(body.indicators).toEqual([])
  })

  it('gives nothing for one paragraph (about 600 characters) typed by one member', async () => {
    const [, budi] = setup.students[1]!
    const other = setup.workspaceIds[1]!
    const client = await connectSynced(server.wsUrl, other, budi!.token)
    clients.push(client)
    const paragraph = 'Remaja di kampung ini berkumpul setiap malam minggu di pos ronda. '
      .repeat(10)
      .slice(0, 600)
    // Typed a few words at a time, as an editor sends it, then 100 of his own characters deleted again: revising
    // one's own draft is not condensing others' text.
    for (let at = 0; at < paragraph.length; at += 12) client.notes().insert(at, paragraph.slice(at, at + 12))
    client.notes().delete(500, 100)
    const lecturer = createApi(server.url, setup.lecturer.token)
    const get = async () =>
      (await lecturer.request<WorkspaceContributions>('GET', `/api/workspaces/${other}/contributions`)).body
    await vi.waitFor(async () => expect(byName(await get(), budi!.name).charsRemoved).toBe(100))
    const body = await get()
    const typed = byName(body, budi!.name)
    expect([typed.charsCounted, typed.charsRemovedCounted, typed.weight]).toEqual([600, 0, 600])
    expect(body.enoughEvidence).toBe(false)
    expect(body.indicators).toEqual([])
  })

  it('does not count pasted text in full', async () => {
    const [, , citra] = setup.students[1]!
    const other = setup.workspaceIds[1]!
    const client = await connectSynced(server.wsUrl, other, citra!.token)
    clients.push(client)
    const page = 'Teks dari sumber lain yang ditempel utuh ke dalam analisis. '.repeat(100)
    client.notes().insert(0, page)
    const lecturer = createApi(server.url, setup.lecturer.token)
    await vi.waitFor(async () => {
      const body = (
        await lecturer.request<WorkspaceContributions>('GET', `/api/workspaces/${other}/contributions`)
      ).body
      expect(byName(body, citra!.name).charsAdded).toBe(page.length)
    })
    const body = (
      await lecturer.request<WorkspaceContributions>('GET', `/api/workspaces/${other}/contributions`)
    ).body
    const pasted = byName(body, citra!.name)
    expect(page.length).toBeGreaterThan(MIN_TEAM_WEIGHT)
    expect([pasted.charsCounted, pasted.weight]).toEqual([PASTE_CAP_CHARS, PASTE_CAP_CHARS])
    expect(body.indicators).toEqual([])
  })

  it('counts the comment threads and replies each member wrote', async () => {
    const budi = setup.students[0]![1]!
    const posted = await budi.api.request<{ id: string }>('POST', `/api/workspaces/${workspaceId}/comments`, {
      anchor: { templateId: 'fiveC', path: ['context', 'notes'] },
      body: 'Perlu sumber untuk kalimat ini.',
    })
    expect(posted.status).toBe(201)
    const body = (await mirror(setup.lecturer.token)).body
    expect(byName(body, budi.name).comments).toBe(1)
    expect(byName(body, budi.name).perTemplate.fiveC?.comments).toBe(1)
    // The comment, read from the comment store, counts towards Budi's weight.
    expect(byName(body, budi.name).weight).toBe(60 + REMOVED_WEIGHT * 50 + COMMENT_WEIGHT_CHARS)
  })

  it('shows the team its figures only when the lecturer allows it; other teams never', async () => {
    const member = setup.students[0]![0]!
    const outsider = setup.students[1]![0]!
    expect((await mirror(member.token)).status).toBe(403)
    expect((await mirror(outsider.token)).status).toBe(403)
    const path = `/api/assignments/${setup.assignment.id}/settings`
    expect((await member.api.request('PUT', path, { showContributionsToTeam: true })).status).toBe(403)
    expect((await setup.lecturer.api.request('PUT', path, { showContributionsToTeam: 'yes' })).status).toBe(
      400,
    )

    const allowed = await setup.lecturer.api.request<{ showContributionsToTeam: boolean }>('PUT', path, {
      showContributionsToTeam: true,
    })
    expect(allowed.status).toBe(200)
    expect(allowed.body.showContributionsToTeam).toBe(true)
    expect((await mirror(member.token)).status).toBe(200)
    expect((await mirror(outsider.token)).status).toBe(403)
    const [own] = (await member.api.listWorkspaces()).filter((w) => w.id === workspaceId)
    expect(own?.showContributionsToTeam).toBe(true)
    expect(
      (await setup.lecturer.api.as().request('GET', `/api/workspaces/${workspaceId}/contributions`)).status,
    ).toBe(401)

    await setup.lecturer.api.request('PUT', path, { showContributionsToTeam: false })
    expect((await mirror(member.token)).status).toBe(403)
  })

  it("only the class's lecturers change the settings: another class's lecturer 403, no session 401", async () => {
    const other = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 1 })
    const path = `/api/assignments/${setup.assignment.id}/settings`
    const body = { showContributionsToTeam: true }
    expect((await other.lecturer.api.request('PUT', path, body)).status).toBe(403)
    expect((await createApi(server.url).request('PUT', path, body)).status).toBe(401)
    expect((await mirror(setup.students[0]![0]!.token)).status).toBe(403)
  })

  it('keeps the counters in their own file across a restart', async () => {
    const before = (await mirror(setup.lecturer.token)).body
    for (const client of clients.splice(0)) client.destroy()
    await server.close()
    const file = JSON.parse(
      await readFile(path.join(dataDir, 'contributions', `${workspaceId}.json`), 'utf8'),
    ) as {
      members: Record<string, unknown>
    }
    const [ani, budi] = setup.students[0]!
    expect(Object.keys(file.members).sort()).toEqual([ani!.id, budi!.id].sort())

    server = await startTestServer({}, dataDir)
    await vi.waitFor(async () => expect((await mirror(setup.lecturer.token)).body).toEqual(before))
  })
})
