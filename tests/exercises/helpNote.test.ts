import { describe, expect, it } from 'vitest'
import { HELP_NOTE_MAX } from '../../cases/contracts/exercises'
import { setupClassWithTeams } from '../helpers/api'
import { disposeAfterEach } from '../helpers/fixtures'
import { connectSocket, nextEvent, record } from '../helpers/sockets'
import { startTestServer } from '../helpers/startTestServer'
import { startExercise } from './helpers'

const { servers, sockets } = disposeAfterEach()

describe("a help request carries the student's name and an optional short note", () => {
  it('reaches the lecturer with the name and the note as sent (plain text); a long or non-text note is refused', async () => {
    const server = await startTestServer()
    servers.push(server)
    const klass = await setupClassWithTeams(server.url, { teams: 2, studentsPerTeam: 1 })
    const [a, b] = [klass.students[0]![0]!, klass.students[1]![0]!]
    const lecturer = await connectSocket(server.url, klass.lecturer.token, sockets)
    const sa = await connectSocket(server.url, a.token, sockets)
    const sb = await connectSocket(server.url, b.token, sockets)
    const created = await startExercise(klass.lecturer.api, klass.classId)
    const heard = record(lecturer, 'help:requested')

    // Counted before any work: too long or not a string is a validation error, nothing is stored or sent.
    for (const message of ['x'.repeat(HELP_NOTE_MAX + 1), 42, { html: '<b>' }]) {
      const refused = await sa.emitWithAck('help:request', { exerciseId: created.id, message } as never)
      expect(refused).toMatchObject({ ok: false, error: { code: 'validation' } })
    }

    const note = '<img src=x onerror=alert(1)> bagian 5C?'
    const requested = nextEvent(lecturer, 'help:requested')
    const ack = await sa.emitWithAck('help:request', { exerciseId: created.id, message: `  ${note}  ` })
    expect(ack).toMatchObject({ ok: true })
    expect(await requested).toMatchObject({ userId: a.id, userName: a.name, message: note })

    // Without a note: the name alone, message null.
    const second = nextEvent(lecturer, 'help:requested')
    expect(await sb.emitWithAck('help:request', { exerciseId: created.id })).toMatchObject({ ok: true })
    expect(await second).toMatchObject({ userId: b.id, userName: b.name, message: null })
    expect(heard).toHaveLength(2)

    // The stored request (the control room opened later) carries them too.
    const overview = await klass.lecturer.api.request<{
      teams: { teamId: string; help: { userName?: string; message: string | null }[] }[]
    }>('GET', `/api/exercises/${created.id}/overview`)
    const teamA = overview.body.teams.find((t) => t.teamId === a.teamId)
    expect(teamA?.help).toMatchObject([{ userName: a.name, message: note }])
  })
})
