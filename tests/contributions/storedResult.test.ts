import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SubmittedResult } from '../../cases/contracts/http'
import { createApi, setupClassWithTeams, type ClassSetup } from '../helpers/api'
import { removeDataDir } from '../helpers/childServer'
import { startTestServer, type TestServer } from '../helpers/startTestServer'
import { committedSchemaValidator } from '../templates/setup'
import { connectSynced, waitForText, type YClient } from '../helpers/yclient'

describe('the contribution mirror in a submitted version', () => {
  let server: TestServer
  let setup: ClassSetup
  const clients: YClient[] = []

  let dataDir: string

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'ruang-kasus-stored-mirror-'))
    server = await startTestServer({}, dataDir)
    setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 2 })
  })
  afterAll(async () => {
    for (const client of clients) client.destroy()
    await server.close()
    await removeDataDir(dataDir)
  })

  it('is stored with the result, as it was at submission, and the result still validates', async () => {
    const workspaceId = setup.workspaceIds[0]!
    const [ani, budi] = setup.students[0]!
    const aniClient = await connectSynced(server.wsUrl, workspaceId, ani!.token)
    const budiClient = await connectSynced(server.wsUrl, workspaceId, budi!.token)
    clients.push(aniClient, budiClient)
    aniClient.notes().insert(0, 'Analisis kami.')
    await waitForText(budiClient.doc, 'Analisis kami.')

    const submitted = await budi!.api.request('POST', `/api/workspaces/${workspaceId}/submit`)
    expect(submitted.status).toBe(201)
    const version = await setup.lecturer.api.request<SubmittedResult>(
      'GET',
      `/api/workspaces/${workspaceId}/versions/1`,
    )
    expect(version.status).toBe(200)
    const members = version.body.contributions?.members ?? []
    expect(members.map((m) => [m.name, m.charsAdded, m.textPresent])).toEqual([
      [ani!.name, 14, 14],
      [budi!.name, 0, 0],
    ])
    // One short line is no evidence of a pattern: no balance and no indicator.
    expect(version.body.contributions).toMatchObject({ balance: null, enoughEvidence: false, indicators: [] })
    const validate = await committedSchemaValidator()
    expect(validate(version.body), JSON.stringify(validate.errors)).toBe(true)
  })

  it('reads a mirror stored before issue 12 in today’s neutral words, and shows students only what they may see', async () => {
    const workspaceId = setup.workspaceIds[0]!
    const [ani, budi] = setup.students[0]!
    // Version 1 as an earlier release stored it: person-blaming kinds and labels, after substantial work.
    await server.close()
    const file = path.join(dataDir, 'versions', workspaceId, 'v1.json')
    const stored = JSON.parse(await readFile(file, 'utf8')) as SubmittedResult
    const [first, second] = stored.contributions!.members
    Object.assign(first!, { charsAdded: 4000, charsCounted: 4000, activeMinutes: 45 })
    Object.assign(second!, { charsAdded: 100, charsCounted: 100, activeMinutes: 5 })
    const old = (kind: string, userIds: string[], label: string) => ({
      kind,
      userIds,
      label: { id: label, en: label },
      explanation: { id: 'Anggota ini hampir tidak menyumbang.', en: 'This member barely contributed.' },
    })
    stored.contributions!.indicators = [
      old('maypole', [ani!.id], 'Pola maypole'),
      old('possibleFreeRiding', [budi!.id], 'Kemungkinan penunggang bebas (free riding)'),
    ] as never
    stored.contributions!.balance = 0.17
    await writeFile(file, JSON.stringify(stored))
    server = await startTestServer({}, dataDir)
    const as = (token: string) => createApi(server.url, token)
    const path1 = `/api/workspaces/${workspaceId}/versions/1`

    const lecturerView = (await as(setup.lecturer.token).request<SubmittedResult>('GET', path1)).body
    const mirror = lecturerView.contributions!
    expect(mirror.indicators.map((i) => [i.kind, i.userIds])).toEqual([
      ['teamCentred', []],
      ['littleWrittenYet', [budi!.id]],
    ])
    expect(mirror.indicators[0]!.label.id).toBe('Tulisan tim terpusat pada satu anggota')
    expect(JSON.stringify(mirror)).not.toMatch(/maypole|free riding|hampir tidak menyumbang/i)
    expect(mirror.balance).toBe(0.17)

    // Not shared with the team: the student's version has no mirror; shared: the team's pattern only.
    const student = as(ani!.token)
    expect((await student.request<SubmittedResult>('GET', path1)).body).not.toHaveProperty('contributions')
    const shared = await as(setup.lecturer.token).request(
      'PUT',
      `/api/assignments/${setup.assignment.id}/settings`,
      { showContributionsToTeam: true },
    )
    expect(shared.status).toBe(200)
    const seen = (await student.request<SubmittedResult>('GET', path1)).body.contributions!
    expect(seen.indicators.map((i) => i.kind)).toEqual(['teamCentred'])
  })
})
