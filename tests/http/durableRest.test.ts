import http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CommentThread } from '../../cases/contracts/comments'
import type { Rubric, WorkspaceGrade } from '../../cases/contracts/grades'
import type { ClassSummary, Team, VersionSummary } from '../../cases/contracts/http'
import type { SelfCheckView } from '../../cases/contracts/selfCheck'
import { createApi, setupClassWithTeams, unique, type ClassSetup } from '../helpers/api'
import { makeDataDir, removeDataDir, startChildServer, type ChildServer } from '../helpers/childServer'

/**
 * Issue 9, point 3: a REST write that answered 2xx is on disk. Each test makes one write against the real
 * server (a child process), SIGKILLs it in the very callback where the answer's status arrives (no grace for
 * write-behind, timers or a flush on exit), starts a new server on the same data folder and reads the write back
 * through the API. SIGKILL cannot drop the page cache, so this proves every write completed before its answer;
 * that it was also fsynced is up to writeFileDurably, which the storage uses for every write.
 */
describe('every REST write is on disk before its 2xx', () => {
  let dataDir: string
  let server: ChildServer
  let s: ClassSetup

  beforeAll(async () => {
    dataDir = await makeDataDir()
    server = await startChildServer(dataDir)
    s = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 2 })
  })
  afterAll(async () => {
    await server?.stop('SIGKILL')
    if (dataDir) await removeDataDir(dataDir)
  })

  /**
   * Send one request, SIGKILL the server as soon as its response status arrives, restart on the same folder and
   * resolve with the answer (status and parsed body). The whole JSON answer arrives in the same write as the
   * status line (Express sends headers and a Content-Length body together), so it is still read after the kill.
   */
  async function writeThenKill<T>(
    method: string,
    path: string,
    token: string | null,
    body?: unknown,
  ): Promise<{ status: number; body: T }> {
    const payload = body === undefined ? undefined : JSON.stringify(body)
    const headers: Record<string, string> = {}
    if (token) headers.authorization = `Bearer ${token}`
    if (payload !== undefined) headers['content-type'] = 'application/json'
    const killed = server
    const answer = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = http.request(new URL(path, killed.url), { method, headers, agent: false }, (res) => {
        // Before anything else: the moment the answer arrives, the server dies.
        killed.process.kill('SIGKILL')
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (text += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }))
        res.on('error', reject)
      })
      req.on('error', reject)
      req.end(payload)
    })
    await killed.stop('SIGKILL')
    expect(killed.process.signalCode).toBe('SIGKILL')
    server = await startChildServer(dataDir)
    return { status: answer.status, body: (answer.text ? JSON.parse(answer.text) : undefined) as T }
  }

  const lecturer = () => createApi(server.url, s.lecturer.token)
  const student = (i = 0) => createApi(server.url, s.students[0]![i]!.token)
  const ws = () => s.workspaceIds[0]!

  it('a new lecturer account and its session (lecturers.json, sessions.json)', async () => {
    const email = `${unique('baru')}@example.test`
    const res = await writeThenKill<{ token: string; user: { id: string } }>(
      'POST',
      '/api/auth/register',
      null,
      {
        name: 'Dosen Baru',
        email,
        password: 'kata-sandi-rahasia',
      },
    )
    expect(res.status).toBe(201)
    // The session survived: the token still signs in.
    expect(await createApi(server.url, res.body.token).listClasses()).toEqual([])
    const login = await createApi(server.url).loginLecturer({ email, password: 'kata-sandi-rahasia' })
    expect(login.user.id).toBe(res.body.user.id)
  })

  it('a new class (classes/<id>.json)', async () => {
    const res = await writeThenKill<ClassSummary>('POST', '/api/classes', s.lecturer.token, {
      name: 'Kelas Baru',
    })
    expect(res.status).toBe(201)
    expect((await lecturer().getClass(res.body.id)).name).toBe('Kelas Baru')
  })

  it('a new team in a class', async () => {
    const res = await writeThenKill<Team>('POST', `/api/classes/${s.classId}/teams`, s.lecturer.token, {
      name: 'Tim Tambahan',
    })
    expect(res.status).toBe(201)
    const teams = (await lecturer().getClass(s.classId)).teams
    expect(teams.find((t) => t.id === res.body.id)?.name).toBe('Tim Tambahan')
  })

  it('a student joining with the class code (the student and their session)', async () => {
    const res = await writeThenKill<{ token: string; user: { id: string }; returnCode: string }>(
      'POST',
      '/api/join',
      null,
      { joinCode: s.joinCode, name: 'Mahasiswa Baru', teamId: s.teamIds[0] },
    )
    expect(res.status).toBe(201)
    expect((await createApi(server.url, res.body.token).listWorkspaces()).map((w) => w.id)).toEqual([ws()])
    const detail = await lecturer().getClass(s.classId)
    expect(detail.students.map((st) => st.id)).toContain(res.body.user.id)
  })

  it('a lecturer’s own case (cases/<id>.json)', async () => {
    const res = await writeThenKill<{ id: string }>('POST', '/api/cases', s.lecturer.token, {
      title: { id: 'Kasus Tahan Crash', en: 'Crash-proof case' },
      summary: { id: 'Ringkasan', en: 'Summary' },
      scenario: { id: 'Skenario.', en: 'Scenario.' },
      templates: ['fiveC'],
      prompts: [{ id: 'Pertanyaan?', en: 'Question?' }],
    })
    expect(res.status).toBe(201)
    const got = await lecturer().request<{ title: { id: string } }>('GET', `/api/cases/${res.body.id}`)
    expect(got.status).toBe(200)
    expect(got.body.title.id).toBe('Kasus Tahan Crash')
  })

  it('a comment, and then its deletion (comments/<workspaceId>.json)', async () => {
    const anchor = { templateId: 'fiveC', path: ['characteristics', 'memberVariables'] }
    const created = await writeThenKill<CommentThread>(
      'POST',
      `/api/workspaces/${ws()}/comments`,
      s.students[0]![0]!.token,
      { anchor, body: 'Komentar yang tidak boleh hilang' },
    )
    expect(created.status).toBe(201)
    const threads = await student(1).listComments(ws())
    expect(threads.find((t) => t.id === created.body.id)?.body).toBe('Komentar yang tidak boleh hilang')

    // A removal is a write too: it must not come back after a crash.
    const removed = await writeThenKill(
      'DELETE',
      `/api/comments/${created.body.id}`,
      s.students[0]![0]!.token,
    )
    expect(removed.status).toBe(204)
    expect((await student(1).listComments(ws())).map((t) => t.id)).not.toContain(created.body.id)
  })

  it('an edited rubric (rubrics/<assignmentId>.json)', async () => {
    const path = `/api/assignments/${s.assignment.id}/rubric`
    const current = await lecturer().getRubric(s.assignment.id)
    const res = await writeThenKill<Rubric>('PUT', path, s.lecturer.token, {
      criteria: current.criteria.slice(0, 2),
    })
    expect(res.status).toBe(200)
    const stored = await lecturer().getRubric(s.assignment.id)
    expect(stored.isDefault).toBe(false)
    expect(stored.criteria.map((c) => c.id)).toEqual(current.criteria.slice(0, 2).map((c) => c.id))
  })

  it('a grade (grades/<workspaceId>.json)', async () => {
    const { criteria } = await lecturer().getRubric(s.assignment.id)
    const criterion = criteria[0]!
    const level = criterion.levels[0]!
    const res = await writeThenKill<WorkspaceGrade>(
      'PUT',
      `/api/workspaces/${ws()}/grade`,
      s.lecturer.token,
      {
        scores: [{ criterionId: criterion.id, levelId: level.id, comment: 'Tersimpan' }],
        feedback: 'Umpan balik yang tahan crash.',
      },
    )
    expect(res.status).toBe(200)
    const grade = (await lecturer().getGrade(ws())) as WorkspaceGrade
    expect(grade.feedback).toBe('Umpan balik yang tahan crash.')
    expect(grade.scores).toEqual([expect.objectContaining({ criterionId: criterion.id, levelId: level.id })])
  })

  it('a team stage self-check answer (selfchecks/<workspaceId>.json)', async () => {
    const res = await writeThenKill<SelfCheckView>(
      'PUT',
      `/api/workspaces/${ws()}/self-check`,
      s.students[0]![1]!.token,
      { stage: 'norming', indicators: ['cautious'], note: 'Kami mulai sepakat.' },
    )
    expect(res.status).toBe(200)
    const view = (await student(1).request<SelfCheckView>('GET', `/api/workspaces/${ws()}/self-check`)).body
    expect(view.mine).toMatchObject({ stage: 'norming', note: 'Kami mulai sepakat.' })
  })

  it('a submission (versions/<workspaceId>/v1.json and v1.yjs)', async () => {
    const res = await writeThenKill<VersionSummary>(
      'POST',
      `/api/workspaces/${ws()}/submit`,
      s.students[0]![0]!.token,
    )
    expect(res.status).toBe(201)
    expect(res.body.version).toBe(1)
    const list = await student().request<VersionSummary[]>('GET', `/api/workspaces/${ws()}/versions`)
    expect(list.body).toEqual([res.body])
    const stored = await lecturer().request<{ version: number }>('GET', `/api/workspaces/${ws()}/versions/1`)
    expect(stored.status).toBe(200)
    expect(stored.body.version).toBe(1)
  })
})
