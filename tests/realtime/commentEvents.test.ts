import { describe, expect, it } from 'vitest'
import type { CommentChangedEvent, CommentThread } from '../../cases/contracts/comments'
import { useTwoClasses } from '../helpers/fixtures'
import { nextEvent, record as recordEvents, type ClientSocket } from '../helpers/sockets'

const anchor = { templateId: 'fiveC', path: ['competence', 'knowledgeAndSkills'] }

describe('comment:changed over socket.io', () => {
  const fx = useTwoClasses()
  const { connect } = fx

  /** Every comment:changed this socket receives. */
  const record = (socket: ClientSocket) => recordEvents(socket, 'comment:changed')
  /** Resolve with the next comment:changed of this action. */
  const next = (socket: ClientSocket, action: CommentChangedEvent['action']) =>
    nextEvent(socket, 'comment:changed', (event) => event.action === action)

  it('reaches the team and the class’s lecturers, and never another team or another class', async () => {
    const teammate = await connect(fx.mine.students[0]![1]!.token)
    const lecturer = await connect(fx.mine.lecturer.token)
    const otherTeam = await connect(fx.mine.students[1]![0]!.token)
    const otherLecturer = await connect(fx.theirs.lecturer.token)
    const otherTeamGot = record(otherTeam)
    const otherLecturerGot = record(otherLecturer)

    const toTeammate = next(teammate, 'created')
    const toLecturer = next(lecturer, 'created')
    const created = await fx.mine.students[0]![0]!.api.request<CommentThread>(
      'POST',
      `/api/workspaces/${fx.mine.workspaceIds[0]}/comments`,
      { anchor, body: 'Apa kompetensi khasnya?' },
    )
    expect(created.status).toBe(201)
    for (const event of [await toTeammate, await toLecturer]) {
      expect(event).toEqual({
        workspaceId: fx.mine.workspaceIds[0],
        threadId: created.body.id,
        action: 'created',
        thread: created.body,
      })
    }

    const replied = next(teammate, 'replied')
    await fx.mine.lecturer.api.request('POST', `/api/comments/${created.body.id}/replies`, {
      body: 'Lihat halaman 2.',
    })
    expect((await replied).thread?.replies.map((r) => r.body)).toEqual(['Lihat halaman 2.'])

    const resolved = next(lecturer, 'resolved')
    await fx.mine.students[0]![1]!.api.request('POST', `/api/comments/${created.body.id}/resolve`)
    expect((await resolved).thread?.status).toBe('resolved')

    const deleted = next(teammate, 'deleted')
    await fx.mine.lecturer.api.request('DELETE', `/api/comments/${created.body.id}`)
    expect(await deleted).toMatchObject({ threadId: created.body.id, thread: null })

    // The other team's own comment reaches it after ours would have: so ours would have arrived first.
    const own = next(otherTeam, 'created')
    await fx.mine.students[1]![0]!.api.request(
      'POST',
      `/api/workspaces/${fx.mine.workspaceIds[1]}/comments`,
      {
        anchor,
        body: 'Milik kami',
      },
    )
    expect((await own).workspaceId).toBe(fx.mine.workspaceIds[1])
    expect(otherTeamGot.map((e) => e.workspaceId)).toEqual([fx.mine.workspaceIds[1]])
    // The other class's lecturer: their own class's comment arrives; nothing of ours came before it.
    const theirs = next(otherLecturer, 'created')
    await fx.theirs.students[0]![0]!.api.request(
      'POST',
      `/api/workspaces/${fx.theirs.workspaceIds[0]}/comments`,
      {
        anchor,
        body: 'x',
      },
    )
    await theirs
    expect(otherLecturerGot.map((e) => e.workspaceId)).toEqual([fx.theirs.workspaceIds[0]])
  })

  it('a refused change sends nothing', async () => {
    const lecturer = await connect(fx.mine.lecturer.token)
    const got = record(lecturer)
    const announced = next(lecturer, 'created')
    const created = await fx.mine.lecturer.api.request<CommentThread>(
      'POST',
      `/api/workspaces/${fx.mine.workspaceIds[0]}/comments`,
      {
        anchor,
        body: 'Dosen',
      },
    )
    await announced
    const refused = await fx.mine.students[0]![0]!.api.request('PATCH', `/api/comments/${created.body.id}`, {
      body: 'ubah',
    })
    expect(refused.status).toBe(403)
    // A later change arrives alone: the refused edit produced no event in between.
    const later = next(lecturer, 'resolved')
    await fx.mine.lecturer.api.request('POST', `/api/comments/${created.body.id}/resolve`)
    await later
    expect(got.filter((e) => e.threadId === created.body.id).map((e) => e.action)).toEqual([
      'created',
      'resolved',
    ])
  })
})
