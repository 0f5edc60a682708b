import { describe, expect, it } from 'vitest'
import { useTwoClasses } from '../helpers/fixtures'
import { nextEvent, record } from '../helpers/sockets'

const SCORES = { scores: [{ criterionId: 'fiveC-condition', levelId: 'good' }] }

describe('grade releases over socket.io', () => {
  const fx = useTwoClasses()
  const { connect } = fx

  const post = (path: string) => fx.mine.lecturer.api.request('POST', path)

  it('the team and the class’s lecturers hear a release, an edit and the withdrawal; nobody else hears any', async () => {
    const [own, teammate] = [fx.mine.students[0]![0]!, fx.mine.students[0]![1]!]
    const ownSocket = await connect(own.token)
    const mateSocket = await connect(teammate.token)
    const otherTeam = await connect(fx.mine.students[1]![0]!.token)
    const otherClass = await connect(fx.theirs.students[0]![0]!.token)
    const lecturer = await connect(fx.mine.lecturer.token)
    const otherLecturer = await connect(fx.theirs.lecturer.token)
    const heard = record(ownSocket, 'grade:released')
    const otherTeamHeard = record(otherTeam, 'grade:released')
    const otherClassHeard = record(otherClass, 'grade:released')
    const lecturerHeard = record(lecturer, 'grade:released')
    const otherLecturerHeard = record(otherLecturer, 'grade:released')
    const workspaceId = fx.mine.workspaceIds[0]!

    // Grading before release tells the students nothing: they cannot see it yet.
    await fx.mine.lecturer.api.putGrade(workspaceId, SCORES)
    const mateHears = nextEvent(mateSocket, 'grade:released')
    const released = nextEvent(ownSocket, 'grade:released')
    expect((await post(`/api/workspaces/${workspaceId}/grade/release`)).status).toBe(200)
    expect(await released).toEqual({ workspaceId, released: true })
    expect(await mateHears).toEqual({ workspaceId, released: true })

    const edited = nextEvent(ownSocket, 'grade:released')
    await fx.mine.lecturer.api.putGrade(workspaceId, { ...SCORES, feedback: 'Lebih rinci lagi.' })
    expect(await edited).toEqual({ workspaceId, released: true })

    const withdrawn = nextEvent(ownSocket, 'grade:released')
    expect((await post(`/api/workspaces/${workspaceId}/grade/unrelease`)).status).toBe(200)
    expect(await withdrawn).toEqual({ workspaceId, released: false })

    // The other team's own release arrives after ours were sent, so ours would have arrived first.
    const otherWorkspace = fx.mine.workspaceIds[1]!
    await fx.mine.lecturer.api.putGrade(otherWorkspace, SCORES)
    const theirsArrives = nextEvent(otherTeam, 'grade:released')
    const lecturerHearsTheirs = nextEvent(lecturer, 'grade:released')
    await post(`/api/workspaces/${otherWorkspace}/grade/release`)
    expect(await theirsArrives).toEqual({ workspaceId: otherWorkspace, released: true })
    expect(await lecturerHearsTheirs).toEqual({ workspaceId: otherWorkspace, released: true })
    expect(otherTeamHeard).toEqual([{ workspaceId: otherWorkspace, released: true }])
    expect(heard).toEqual([
      { workspaceId, released: true },
      { workspaceId, released: true },
      { workspaceId, released: false },
    ])

    // Likewise in the other class: only its own release reaches its student.
    const outsiderWorkspace = fx.theirs.workspaceIds[0]!
    await fx.theirs.lecturer.api.putGrade(outsiderWorkspace, SCORES)
    const outsiderArrives = nextEvent(otherClass, 'grade:released')
    const outsiderLecturerHears = nextEvent(otherLecturer, 'grade:released')
    await fx.theirs.lecturer.api.request('POST', `/api/workspaces/${outsiderWorkspace}/grade/release`)
    await outsiderArrives
    expect(await outsiderLecturerHears).toEqual({ workspaceId: outsiderWorkspace, released: true })
    expect(otherClassHeard).toEqual([{ workspaceId: outsiderWorkspace, released: true }])
    // The class's lecturers' pages follow every change of their own class, and nothing of the other class.
    expect(lecturerHeard).toEqual([
      { workspaceId, released: true },
      { workspaceId, released: true },
      { workspaceId, released: false },
      { workspaceId: otherWorkspace, released: true },
    ])
    expect(otherLecturerHeard).toEqual([{ workspaceId: outsiderWorkspace, released: true }])
  })

  it('a refused release (another class’s lecturer, or a student) sends nothing and changes nothing', async () => {
    const workspaceId = fx.mine.workspaceIds[0]!
    const student = fx.mine.students[0]![0]!
    const socket = await connect(student.token)
    const heard = record(socket, 'grade:released')
    const path = `/api/workspaces/${workspaceId}/grade/release`
    expect((await fx.theirs.lecturer.api.request('POST', path)).status).toBe(403)
    expect((await student.api.request('POST', path)).status).toBe(403)
    expect((await student.api.getGrade(workspaceId)).released).toBe(false)

    // The class's lecturer's release is sent after the refused ones would have been.
    const next = nextEvent(socket, 'grade:released')
    await post(path)
    expect(await next).toEqual({ workspaceId, released: true })
    expect(heard).toEqual([{ workspaceId, released: true }])
  })
})
