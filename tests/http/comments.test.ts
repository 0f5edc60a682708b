import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { CommentAnchor, CommentThread } from '../../cases/contracts/comments'
import { COMMENT_LIMITS } from '../../cases/contracts/comments'
import { CASE_LIBRARY } from '../../cases/library'
import { createApi, setupClassWithTeams, type Api, type ClassSetup } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'
import { connectSynced, notesOf, waitForText, type YClient } from '../helpers/yclient'

const fieldAnchor: CommentAnchor = { templateId: 'fiveC', path: ['characteristics', 'memberVariables'] }
const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64')
const fromBase64 = (text: string) => new Uint8Array(Buffer.from(text, 'base64'))

describe('comment threads over REST', () => {
  let server: TestServer
  let s: ClassSetup
  let other: ClassSetup
  let anon: Api
  let ecomapWorkspace: string
  const clients: YClient[] = []

  beforeAll(async () => {
    server = await startTestServer()
    s = await setupClassWithTeams(server.url, { teams: 2, studentsPerTeam: 2 })
    other = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 1 })
    anon = createApi(server.url)
    const ecomap = await s.lecturer.api.createAssignment(s.classId, {
      caseId: CASE_LIBRARY[1]!.id,
      templates: ['ecomap'],
    })
    ecomapWorkspace = ecomap.workspaces.find((w) => w.teamId === s.teamIds[0])!.id
  })
  afterAll(async () => {
    for (const client of clients) client.destroy()
    await server.dispose()
  })

  const ws = () => s.workspaceIds[0]!
  const student = () => s.students[0]![0]!.api
  const teammate = () => s.students[0]![1]!.api
  const otherTeam = () => s.students[1]![0]!.api
  const lecturer = () => s.lecturer.api

  async function post(api: Api, body: unknown, workspaceId = ws()) {
    return api.request<CommentThread>('POST', `/api/workspaces/${workspaceId}/comments`, body)
  }

  async function lecturerThreadWithReply(): Promise<{ threadId: string; replyId: string }> {
    const created = await post(lecturer(), { anchor: fieldAnchor, body: 'Tambahkan bukti dari kasus.' })
    expect(created.status).toBe(201)
    const replied = await lecturer().request<CommentThread>(
      'POST',
      `/api/comments/${created.body.id}/replies`,
      {
        body: 'Lihat paragraf kedua.',
      },
    )
    expect(replied.status).toBe(201)
    return { threadId: created.body.id, replyId: replied.body.replies[0]!.id }
  }

  it('answers every route by who asks: team, other team, class lecturer, other lecturer, no session', async () => {
    type Route = (ids: { threadId: string; replyId: string }) => [string, string, unknown?]
    const routes: [Route, number[]][] = [
      // Expected statuses in caller order: no session, other lecturer, other team, team student, class lecturer.
      [() => ['GET', `/api/workspaces/${ws()}/comments`], [401, 403, 403, 200, 200]],
      [
        () => ['POST', `/api/workspaces/${ws()}/comments`, { anchor: fieldAnchor, body: 'x' }],
        [401, 403, 403, 201, 201],
      ],
      [
        ({ threadId }) => ['POST', `/api/comments/${threadId}/replies`, { body: 'x' }],
        [401, 403, 403, 201, 201],
      ],
      [({ threadId }) => ['PATCH', `/api/comments/${threadId}`, { body: 'y' }], [401, 403, 403, 403, 200]],
      [({ threadId }) => ['POST', `/api/comments/${threadId}/resolve`], [401, 403, 403, 200, 200]],
      [({ threadId }) => ['POST', `/api/comments/${threadId}/reopen`], [401, 403, 403, 200, 200]],
      [
        ({ threadId, replyId }) => ['PATCH', `/api/comments/${threadId}/replies/${replyId}`, { body: 'y' }],
        [401, 403, 403, 403, 200],
      ],
      [
        ({ threadId, replyId }) => ['DELETE', `/api/comments/${threadId}/replies/${replyId}`],
        [401, 403, 403, 403, 200],
      ],
      [({ threadId }) => ['DELETE', `/api/comments/${threadId}`], [401, 403, 403, 403, 204]],
    ]
    const callers = [anon, other.lecturer.api, otherTeam(), student(), lecturer()]
    for (const [route, expected] of routes) {
      const [method, path, body] = route(await lecturerThreadWithReply())
      const got: number[] = []
      for (const caller of callers) got.push((await caller.request(method, path, body)).status)
      expect({ route: `${method} ${path}`, got }).toEqual({ route: `${method} ${path}`, got: expected })
    }
  })

  it('keeps threads with replies, edits, resolve and reopen, and lists them to the team and the lecturer', async () => {
    const created = await post(student(), { anchor: fieldAnchor, body: 'Apakah ini cukup?' })
    expect(created.status).toBe(201)
    const thread = created.body
    expect(thread).toMatchObject({
      workspaceId: ws(),
      anchor: fieldAnchor,
      status: 'open',
      body: 'Apakah ini cukup?',
      replies: [],
      author: { id: s.students[0]![0]!.id, name: s.students[0]![0]!.name, role: 'student' },
    })

    const reply = await lecturer().request<CommentThread>('POST', `/api/comments/${thread.id}/replies`, {
      body: 'Belum — tambahkan usia anggota.',
    })
    expect(reply.body.replies).toHaveLength(1)
    expect(reply.body.replies[0]!.author.role).toBe('lecturer')

    const edited = await student().request<CommentThread>('PATCH', `/api/comments/${thread.id}`, {
      body: 'Sudah cukup?',
    })
    expect(edited.status).toBe(200)
    expect(edited.body.body).toBe('Sudah cukup?')
    expect(edited.body.editedAt).toEqual(expect.any(String))

    const resolved = await teammate().request<CommentThread>('POST', `/api/comments/${thread.id}/resolve`)
    expect(resolved.body.status).toBe('resolved')
    const reopened = await lecturer().request<CommentThread>('POST', `/api/comments/${thread.id}/reopen`)
    expect(reopened.body.status).toBe('open')

    for (const api of [teammate(), lecturer()]) {
      const list = await api.request<CommentThread[]>('GET', `/api/workspaces/${ws()}/comments`)
      const found = list.body.find((t) => t.id === thread.id)
      expect(found).toMatchObject({ body: 'Sudah cukup?', status: 'open' })
      expect(found?.replies.map((r) => r.body)).toEqual(['Belum — tambahkan usia anggota.'])
    }
  })

  it('never lets a student edit or delete a lecturer’s comment or reply, nor a teammate’s', async () => {
    const { threadId, replyId } = await lecturerThreadWithReply()
    expect((await student().request('PATCH', `/api/comments/${threadId}`, { body: 'hapus' })).status).toBe(
      403,
    )
    expect((await student().request('DELETE', `/api/comments/${threadId}`)).status).toBe(403)
    expect((await student().request('DELETE', `/api/comments/${threadId}/replies/${replyId}`)).status).toBe(
      403,
    )
    const mine = await post(student(), { anchor: fieldAnchor, body: 'Catatan saya' })
    expect((await teammate().request('PATCH', `/api/comments/${mine.body.id}`, { body: 'x' })).status).toBe(
      403,
    )
    expect((await teammate().request('DELETE', `/api/comments/${mine.body.id}`)).status).toBe(403)
    // The lecturer may delete a student's thread, but not rewrite their words.
    expect((await lecturer().request('PATCH', `/api/comments/${mine.body.id}`, { body: 'x' })).status).toBe(
      403,
    )
    const list = await lecturer().request<CommentThread[]>('GET', `/api/workspaces/${ws()}/comments`)
    expect(list.body.find((t) => t.id === threadId)?.body).toBe('Tambahkan bukti dari kasus.')
  })

  it('lets a student delete their own thread and reply, but not a thread others replied to', async () => {
    const mine = await post(student(), { anchor: fieldAnchor, body: 'Salah tempat' })
    expect((await student().request('DELETE', `/api/comments/${mine.body.id}`)).status).toBe(204)
    const kept = await post(student(), { anchor: fieldAnchor, body: 'Pertanyaan' })
    await lecturer().request('POST', `/api/comments/${kept.body.id}/replies`, { body: 'Jawaban dosen' })
    const own = await student().request<CommentThread>('POST', `/api/comments/${kept.body.id}/replies`, {
      body: 'oops',
    })
    const ownReply = own.body.replies.find((r) => r.body === 'oops')!
    const afterDelete = await student().request<CommentThread>(
      'DELETE',
      `/api/comments/${kept.body.id}/replies/${ownReply.id}`,
    )
    expect(afterDelete.body.replies.map((r) => r.body)).toEqual(['Jawaban dosen'])
    const refused = await student().request<{ error: { code: string } }>(
      'DELETE',
      `/api/comments/${kept.body.id}`,
    )
    expect(refused.status).toBe(409)
    expect(refused.body).toMatchObject({ error: { code: 'conflict', reason: 'comment_has_replies' } })
    expect((await lecturer().request('DELETE', `/api/comments/${kept.body.id}`)).status).toBe(204)
  })

  it('refuses bad anchors and bodies with 400 naming the field', async () => {
    const cases: [unknown, RegExp][] = [
      [{ anchor: { ...fieldAnchor, templateId: 'ecomap' }, body: 'x' }, /^anchor\.templateId/],
      [{ anchor: { ...fieldAnchor, templateId: 'noSuchTemplate' }, body: 'x' }, /^anchor\.templateId/],
      [{ anchor: { templateId: 'fiveC', path: ['nope'] }, body: 'x' }, /^anchor\.path/],
      [{ anchor: { templateId: 'fiveC', path: ['characteristics', 'nope'] }, body: 'x' }, /^anchor\.path/],
      [{ anchor: { templateId: 'fiveC', path: [] }, body: 'x' }, /^anchor\.path/],
      [{ anchor: { ...fieldAnchor, itemId: 'abc' }, body: 'x' }, /^anchor\.itemId/],
      [
        {
          anchor: {
            templateId: 'fiveC',
            path: ['characteristics', 'groupType'],
            range: { start: 'AA==', end: 'AA==' },
          },
          body: 'x',
        },
        /^anchor\.range/,
      ],
      [
        { anchor: { ...fieldAnchor, range: { start: 'AQ==', end: 'AQ==' } }, body: 'x' },
        /^anchor\.range\.start/,
      ],
      [
        { anchor: { ...fieldAnchor, range: { start: 'not base64!', end: 'AA==' } }, body: 'x' },
        /^anchor\.range\.start/,
      ],
      [{ anchor: { ...fieldAnchor, quote: 'q'.repeat(501) }, body: 'x' }, /^anchor\.quote/],
      [{ anchor: fieldAnchor, body: '   ' }, /^body/],
      [{ anchor: fieldAnchor, body: 'x'.repeat(COMMENT_LIMITS.body + 1) }, /^body/],
      [{ anchor: fieldAnchor }, /^body/],
    ]
    for (const [body, field] of cases) {
      const res = await post(student(), body)
      const error = (res.body as unknown as { error: { code: string; message: string } }).error
      expect({ body, status: res.status, code: error.code }).toEqual({
        body,
        status: 400,
        code: 'validation',
      })
      expect(error.message).toMatch(field)
    }
    const reply = await lecturerThreadWithReply()
    const empty = await student().request('POST', `/api/comments/${reply.threadId}/replies`, { body: '' })
    expect(empty.status).toBe(400)
  })

  it('keeps a body as plain text, exactly as written (no HTML is interpreted or stripped)', async () => {
    const body = '<b>tebal</b> & <script>alert(1)</script>\nbaris kedua'
    const created = await post(student(), { anchor: fieldAnchor, body })
    expect(created.body.body).toBe(body)
  })

  it('anchors to an ecomap system by its item id and to a field of that item', async () => {
    const lecturerApi = lecturer()
    const itemId = '0b7c3a52-8d1e-4f7a-9a55-1c2d3e4f5a6b'
    const system = await post(
      lecturerApi,
      { anchor: { templateId: 'ecomap', path: ['systems', itemId], itemId }, body: 'Sistem ini?' },
      ecomapWorkspace,
    )
    expect(system.status).toBe(201)
    const field = await post(
      lecturerApi,
      { anchor: { templateId: 'ecomap', path: ['ties', itemId, 'note'], itemId }, body: 'Catatan' },
      ecomapWorkspace,
    )
    expect(field.status).toBe(201)
    const badField = await post(
      lecturerApi,
      { anchor: { templateId: 'ecomap', path: ['ties', itemId, 'nope'] }, body: 'x' },
      ecomapWorkspace,
    )
    expect(badField.status).toBe(400)
    const mismatch = await post(
      lecturerApi,
      { anchor: { templateId: 'ecomap', path: ['ties', itemId], itemId: 'other' }, body: 'x' },
      ecomapWorkspace,
    )
    expect(mismatch.status).toBe(400)
  })

  it('a comment anchored to a passage stays on the same words after text is inserted before it', async () => {
    const writer = await connectSynced(server.wsUrl, ws(), s.students[0]![0]!.token)
    const other = await connectSynced(server.wsUrl, ws(), s.students[0]![1]!.token)
    clients.push(writer, other)
    notesOf(writer.doc).insert(0, 'Anggota saling mendukung satu sama lain.')
    await waitForText(other.doc, 'Anggota saling mendukung satu sama lain.')
    const text = notesOf(writer.doc)
    const start = text.toString().indexOf('saling mendukung')
    const range = {
      start: toBase64(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, start))),
      end: toBase64(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, start + 16))),
    }
    const anchor = { templateId: 'fiveC', path: ['context', 'notes'], range, quote: 'saling mendukung' }
    const created = await post(student(), { anchor, body: 'Buktinya?' })
    expect(created.status).toBe(201)

    notesOf(other.doc).insert(0, 'Pada pertemuan pertama, ')
    await waitForText(writer.doc, (t) => t.startsWith('Pada pertemuan pertama, '))

    const listed = await lecturer().request<CommentThread[]>('GET', `/api/workspaces/${ws()}/comments`)
    const stored = listed.body.find((t) => t.id === created.body.id)!.anchor.range!
    const resolve = (b64: string) =>
      Y.createAbsolutePositionFromRelativePosition(Y.decodeRelativePosition(fromBase64(b64)), writer.doc)!
        .index
    const passage = notesOf(writer.doc).toString().slice(resolve(stored.start), resolve(stored.end))
    expect(passage).toBe('saling mendukung')
  })
})

describe('comment limits', () => {
  let server: TestServer
  let s: ClassSetup
  beforeAll(async () => {
    server = await startTestServer()
    s = await setupClassWithTeams(server.url, { teams: 2, studentsPerTeam: 1 })
  })
  afterAll(async () => {
    await server.dispose()
  })

  it(`refuses thread ${COMMENT_LIMITS.threadsPerWorkspace + 1} of a workspace with 413 and a clear message`, async () => {
    const api = s.lecturer.api
    const path = `/api/workspaces/${s.workspaceIds[0]}/comments`
    for (let i = 0; i < COMMENT_LIMITS.threadsPerWorkspace; i += 25) {
      const batch = Array.from({ length: 25 }, (_, j) =>
        api.request('POST', path, { anchor: fieldAnchor, body: `#${i + j}` }),
      )
      expect((await Promise.all(batch)).map((r) => r.status)).toEqual(Array(25).fill(201))
    }
    const refused = await api.request<{ error: { code: string; message: string } }>('POST', path, {
      anchor: fieldAnchor,
      body: 'one more',
    })
    expect(refused.status).toBe(413)
    expect(refused.body.error.message).toMatch(/at most 500 comment threads/)
    expect((await api.request<CommentThread[]>('GET', path)).body).toHaveLength(
      COMMENT_LIMITS.threadsPerWorkspace,
    )
  }, 60_000)

  it('refuses a change that would take a workspace’s comments past 2,000,000 characters, keeping what is stored', async () => {
    const api = s.lecturer.api
    const path = `/api/workspaces/${s.workspaceIds[1]}/comments`
    const body = 'k'.repeat(COMMENT_LIMITS.body)
    let stored = 0
    let refused: { status: number; body: { error: { message: string } } } | undefined
    while (!refused) {
      const batch = await Promise.all(
        Array.from({ length: 20 }, () =>
          api.request<{ error: { message: string } }>('POST', path, { anchor: fieldAnchor, body }),
        ),
      )
      stored += batch.filter((r) => r.status === 201).length
      refused = batch.find((r) => r.status !== 201)
      expect(stored).toBeLessThan(COMMENT_LIMITS.threadsPerWorkspace)
    }
    expect(refused.status).toBe(413)
    expect(refused.body.error.message).toMatch(/comments are full/)
    const listed = (await api.request<CommentThread[]>('GET', path)).body
    expect(listed).toHaveLength(stored)
    expect(JSON.stringify(listed).length).toBeLessThanOrEqual(COMMENT_LIMITS.charactersPerWorkspace)
  }, 60_000)
})
