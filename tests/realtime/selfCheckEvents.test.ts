import { describe, expect, it } from 'vitest'
import { useTwoClasses } from '../helpers/fixtures'
import { nextEvent, record } from '../helpers/sockets'

const ANSWER = { stage: 'norming', indicators: ['taskFocus'] }

describe('stage self-check changes over socket.io', () => {
  const fx = useTwoClasses()
  const { connect } = fx

  it("the team and the class's lecturers hear selfcheck:changed; another team and another class do not", async () => {
    const [answering, teammate] = fx.mine.students[0]!
    const mateSocket = await connect(teammate!.token)
    const lecturerSocket = await connect(fx.mine.lecturer.token)
    const otherTeam = await connect(fx.mine.students[1]![0]!.token)
    const otherClass = await connect(fx.theirs.students[0]![0]!.token)
    const otherLecturer = await connect(fx.theirs.lecturer.token)
    const heardByOthers = [otherTeam, otherClass, otherLecturer].map((s) => record(s, 'selfcheck:changed'))
    const workspaceId = fx.mine.workspaceIds[0]!

    const mateHears = nextEvent(mateSocket, 'selfcheck:changed')
    const lecturerHears = nextEvent(lecturerSocket, 'selfcheck:changed')
    const res = await answering!.api.request('PUT', `/api/workspaces/${workspaceId}/self-check`, ANSWER)
    expect(res.status).toBe(200)
    expect(await mateHears).toEqual({ workspaceId })
    expect(await lecturerHears).toEqual({ workspaceId })

    // The other team's own answer is sent after ours was, so ours would have reached them first.
    const otherWorkspace = fx.mine.workspaceIds[1]!
    const theirsArrives = nextEvent(otherTeam, 'selfcheck:changed')
    await fx.mine.students[1]![0]!.api.request('PUT', `/api/workspaces/${otherWorkspace}/self-check`, ANSWER)
    await theirsArrives
    expect(heardByOthers[0]).toEqual([{ workspaceId: otherWorkspace }])
    expect(heardByOthers[1]).toEqual([])
    expect(heardByOthers[2]).toEqual([])
  })

  it('a refused answer (a lecturer, another team) sends nothing', async () => {
    const workspaceId = fx.mine.workspaceIds[0]!
    const socket = await connect(fx.mine.students[0]![1]!.token)
    const heard = record(socket, 'selfcheck:changed')
    const path = `/api/workspaces/${workspaceId}/self-check`
    expect((await fx.mine.lecturer.api.request('PUT', path, ANSWER)).status).toBe(403)
    expect((await fx.mine.students[1]![1]!.api.request('PUT', path, ANSWER)).status).toBe(403)
    expect(
      (await fx.mine.students[0]![0]!.api.request('PUT', path, { stage: 'x', indicators: [] })).status,
    ).toBe(400)

    const next = nextEvent(socket, 'selfcheck:changed')
    await fx.mine.students[0]![0]!.api.request('PUT', path, ANSWER)
    expect(await next).toEqual({ workspaceId })
    expect(heard).toEqual([{ workspaceId }])
  })
})
