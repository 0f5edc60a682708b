import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { FieldComparison } from '../../cases/contracts/compare'
import { CASE_LIBRARY } from '../../cases/library'
import { createApi, setupClassWithTeams, unique, type Api, type ClassSetup } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'
import { connectSynced, type YClient } from '../helpers/yclient'

const TEXTS = ['Tim satu: konteks keluarga.', 'Tim dua: konteks sekolah.', 'Tim tiga: konteks komunitas.']

describe('comparing one field across teams', () => {
  let server: TestServer
  let s: ClassSetup
  let stranger: Api
  let clients: YClient[] = []

  const compare = (assignmentId: string, query: string, api: Api = s.lecturer.api) =>
    api.request<FieldComparison>('GET', `/api/assignments/${assignmentId}/compare?${query}`)

  beforeAll(async () => {
    server = await startTestServer()
    s = await setupClassWithTeams(server.url, { teams: 3, studentsPerTeam: 1 })
    const other = await createApi(server.url).registerLecturer({
      name: 'Dosen Lain',
      email: `${unique('lain')}@example.test`,
      password: 'kata-sandi-rahasia',
    })
    stranger = createApi(server.url, other.token)
    // Each team types its own text, all three at once, with stock y-websocket clients.
    clients = await Promise.all(
      s.workspaceIds.map((ws, t) => connectSynced(server.wsUrl, ws, s.students[t]![0]!.token)),
    )
    clients.forEach((client, t) => client.notes().insert(0, TEXTS[t]!))
  })
  afterAll(async () => {
    for (const client of clients) client.destroy()
    await server.dispose()
  })

  it('shows each team’s live text, in class team order, with the field’s label and kind', async () => {
    await vi.waitFor(async () => {
      const res = await compare(s.assignment.id, 'field=fiveC.context.notes')
      expect(res.status).toBe(200)
      expect(res.body.teams.map((t) => t.value)).toEqual(TEXTS)
    })
    const { body } = await compare(s.assignment.id, 'field=fiveC.context.notes&source=live')
    expect(body).toMatchObject({
      assignmentId: s.assignment.id,
      source: 'live',
      field: {
        templateId: 'fiveC',
        sectionKey: 'context',
        fieldKey: 'notes',
        kind: 'text',
        inCollection: false,
        label: { id: expect.any(String), en: expect.any(String) },
      },
    })
    expect(body.teams).toEqual(
      s.teamIds.map((teamId, t) => ({
        teamId,
        teamName: `Tim ${t + 1}`,
        workspaceId: s.workspaceIds[t],
        status: 'open',
        value: TEXTS[t],
      })),
    )
  })

  it('with source=submitted shows the latest submitted version, and null for teams that have not submitted', async () => {
    const before = await compare(s.assignment.id, 'field=fiveC.context.notes&source=submitted')
    expect(before.status).toBe(200)
    expect(before.body.teams.map((t) => t.value)).toEqual([null, null, null])
    expect(before.body.teams.every((t) => t.version === undefined)).toBe(true)

    const ws = s.workspaceIds[1]!
    expect((await s.students[1]![0]!.api.request('POST', `/api/workspaces/${ws}/submit`)).status).toBe(201)
    // Team one keeps typing: the live view follows it, the submitted view does not.
    clients[0]!.notes().insert(TEXTS[0]!.length, ' Lagi.')
    await vi.waitFor(async () => {
      const live = await compare(s.assignment.id, 'field=fiveC.context.notes')
      expect(live.body.teams[0]!.value).toBe(`${TEXTS[0]} Lagi.`)
    })
    const after = await compare(s.assignment.id, 'field=fiveC.context.notes&source=submitted')
    expect(after.body.source).toBe('submitted')
    expect(after.body.teams).toEqual([
      expect.objectContaining({ teamId: s.teamIds[0], status: 'open', value: null }),
      {
        teamId: s.teamIds[1],
        teamName: 'Tim 2',
        workspaceId: ws,
        status: 'submitted',
        version: 1,
        value: TEXTS[1],
      },
      expect.objectContaining({ teamId: s.teamIds[2], status: 'open', value: null }),
    ])
    expect(after.body.teams[0]).not.toHaveProperty('version')
  })

  it('compares a whole collection (its items) and one field of its items (an array per team)', async () => {
    const ecomap = await s.lecturer.api.createAssignment(s.classId, {
      caseId: CASE_LIBRARY[0]!.id,
      templates: ['ecomap'],
    })
    const exports = await Promise.all(
      s.teamIds.map((teamId) => {
        const ws = ecomap.workspaces.find((w) => w.teamId === teamId)!
        return s.lecturer.api.exportWorkspace(ws.id)
      }),
    )
    const systems = exports.map((e) => e.templates.ecomap!.systems as unknown as Record<string, unknown>[])
    expect(systems[0]!.length).toBeGreaterThan(0)

    const whole = await compare(ecomap.id, 'field=ecomap.systems')
    expect(whole.status).toBe(200)
    expect(whole.body.field).toMatchObject({ fieldKey: null, kind: 'collection', inCollection: true })
    expect(whole.body.teams.map((t) => t.value)).toEqual(systems)

    const labels = await compare(ecomap.id, 'field=ecomap.systems.label')
    expect(labels.body.field).toMatchObject({ fieldKey: 'label', kind: 'string', inCollection: true })
    expect(labels.body.teams.map((t) => t.value)).toEqual(systems.map((items) => items.map((i) => i.label)))
  })

  it('answers 400 naming `field` for a field the assignment’s templates do not have', async () => {
    const bad = [
      '',
      'field=',
      'field=fiveC',
      'field=fiveC.context.notes.extra',
      'field=fiveC..notes',
      'field=nope.context.notes',
      'field=ecomap.systems',
      'field=fiveC.nope.notes',
      'field=fiveC.context.nope',
      'field=fiveC.context',
    ]
    for (const query of bad) {
      const res = await compare(s.assignment.id, query)
      expect(res.status, query).toBe(400)
      expect(res.body, query).toMatchObject({
        error: { code: 'validation', message: expect.stringMatching(/^field/) },
      })
    }
    const notUsed = await compare(s.assignment.id, 'field=ecomap.systems')
    expect((notUsed.body as unknown as { error: { message: string } }).error.message).toContain(
      'does not use',
    )
    const source = await compare(s.assignment.id, 'field=fiveC.context.notes&source=yesterday')
    expect(source.status).toBe(400)
    expect(source.body).toMatchObject({
      error: { code: 'validation', message: expect.stringMatching(/^source/) },
    })
  })

  it('is for the class’s lecturers only: no session 401, students and other lecturers 403, also for unknown ids', async () => {
    const query = 'field=fiveC.context.notes'
    expect((await compare(s.assignment.id, query, createApi(server.url))).status).toBe(401)
    expect((await compare(s.assignment.id, query, s.students[0]![0]!.api)).status).toBe(403)
    expect((await compare(s.assignment.id, query, stranger)).status).toBe(403)
    const unknown = await compare('no-such-assignment', query)
    expect(unknown.status).toBe(403)
    expect(unknown.body).toMatchObject({ error: { code: 'forbidden' } })
  })
})
