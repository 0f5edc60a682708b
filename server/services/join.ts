import type { AuthResponse, JoinResponse, StudentClassView, StudentUser } from '../../cases/contracts/http'
import type { ClassRecord, StudentRecord } from '../storage/types'
import { asStudent, changeClass, changeClassBySystem, type ServiceContext } from './context'
import { AppError, forbidden, refused } from './errors'
import type { AuthUser } from './ports'
import { hashReturnCode, storedFormsOf } from './returnCodes'
import { formatCode, newId, normaliseCode, randomCode, RETURN_CODE_LENGTH } from './secrets'
import type { SessionService } from './sessions'
import { assertStudentNameFree, assertTeamOfClass } from './students'
import { recordTeamMove, teamMovesOpen } from './teamMoves'
import { studentView, teamsWithMembers } from './views'
import { giveTeamItsWorkspaces } from './workspaceRecords'

/** The one answer for a wrong join or return code, so guesses learn nothing. */
const WRONG_CODE = 'This code is not valid. Check it with your lecturer.'
const LOCKED = 'Team choice is locked: your lecturer assigns the teams.'
const MOVES_LOCKED = 'You already have a team; only your lecturer can move you to another one.'
const EXERCISE_LOCKED =
  'A live exercise is on: only your lecturer can move you to another team until it ends.'

/** Whether an exercise of the class is running or paused (team changes by students wait for its end). */
function exerciseLive(record: ClassRecord): boolean {
  return record.assignments.some((a) => a.exercise && a.exercise.status !== 'ended')
}

/** Students: join a class with its code, come back with a return code, pick a team. */
export function createJoinService(ctx: ServiceContext, sessions: SessionService) {
  const { classes } = ctx.storage

  async function openClass(joinCode: string) {
    const record = await classes.findByJoinCode(normaliseCode(joinCode))
    if (!record || record.archived) throw new AppError('invalid_credentials', WRONG_CODE)
    return record
  }

  /** A return code stored by an earlier version as plain SHA-256 becomes an HMAC once its student is back. */
  async function upgradeReturnCode(
    classId: string,
    studentId: string,
    forms: { current: string; legacy: string },
  ): Promise<void> {
    try {
      // By the system: a stored hash's form is not a change to the class, so it is upgraded even while archived.
      await changeClassBySystem(ctx, classId, (record) => {
        const student = record.students.find((s) => s.id === studentId)
        if (student?.returnCodeHash === forms.legacy) student.returnCodeHash = forms.current
      })
    } catch (error) {
      // The student is let in all the same: the upgrade is tried again at their next rejoin.
      ctx.logger.warn(`could not upgrade a return code in class ${classId}`, error)
    }
  }

  return {
    async join(body: { joinCode: string; name: string; teamId?: string | undefined }): Promise<JoinResponse> {
      const { id: classId } = await openClass(body.joinCode)
      const returnCode = randomCode(RETURN_CODE_LENGTH)
      const student = await changeClass(ctx, classId, async (record) => {
        // Checked again under the lock: the code may have been closed or regenerated meanwhile.
        if (record.joinCode !== normaliseCode(body.joinCode) || record.archived) {
          throw new AppError('invalid_credentials', WRONG_CODE)
        }
        assertStudentNameFree(record, body.name)
        if (body.teamId !== undefined) {
          if (record.teamChoiceLocked) throw refused('team_choice_locked', LOCKED)
          assertTeamOfClass(record, body.teamId)
        }
        const created: StudentRecord = {
          id: newId(),
          name: body.name,
          teamId: body.teamId ?? null,
          returnCodeHash: hashReturnCode(ctx.secret, returnCode),
          joinedAt: new Date().toISOString(),
        }
        record.students.push(created)
        await giveTeamItsWorkspaces(ctx, record, created.teamId)
        return created
      })
      ctx.events.emit('class:updated', { classId })
      const token = await sessions.create(student.id, 'student')
      return { user: studentView(classId, student), token, returnCode: formatCode(returnCode, 5) }
    },

    /** Works with the class's current join code or an earlier one, so closing the code never locks anyone out. */
    async rejoin(body: { joinCode: string; returnCode: string }): Promise<AuthResponse> {
      const code = normaliseCode(body.joinCode)
      const forms = storedFormsOf(ctx.secret, normaliseCode(body.returnCode))
      const findIn = (record: ClassRecord | undefined) => {
        const student = record?.students.find(
          (s) => s.returnCodeHash === forms.current || s.returnCodeHash === forms.legacy,
        )
        return record && student ? { record, student } : undefined
      }
      const found =
        findIn(await classes.findByJoinCode(code)) ??
        (await classes.list())
          .filter((c) => c.pastJoinCodes?.includes(code))
          .map(findIn)
          .find((f) => f !== undefined)
      if (!found) throw new AppError('invalid_credentials', WRONG_CODE)
      if (found.student.returnCodeHash === forms.legacy)
        await upgradeReturnCode(found.record.id, found.student.id, forms)
      return {
        user: studentView(found.record.id, found.student),
        token: await sessions.create(found.student.id, 'student'),
      }
    },

    /** A student picks (or changes) their team, unless the lecturer locked team choice. */
    async pickTeam(user: AuthUser, teamId: string): Promise<StudentUser> {
      const me = asStudent(user)
      const result = await changeClass(ctx, me.classId, async (record) => {
        const student = record.students.find((s) => s.id === me.id)
        if (!student) throw forbidden()
        if (record.teamChoiceLocked) throw refused('team_choice_locked', LOCKED)
        assertTeamOfClass(record, teamId)
        const from = student.teamId
        const moved = from !== teamId
        if (moved && from !== null && !teamMovesOpen(record))
          throw new AppError('team_moves_locked', MOVES_LOCKED)
        if (moved && from !== null && exerciseLive(record))
          throw refused('team_locked_during_exercise', EXERCISE_LOCKED)
        student.teamId = teamId
        recordTeamMove(record, student, from, 'student')
        if (moved) await giveTeamItsWorkspaces(ctx, record, teamId)
        return { view: studentView(record.id, student), moved }
      })
      if (result.moved) {
        ctx.events.emit('membership:changed', { classId: me.classId, userId: me.id, teamId })
        ctx.events.emit('class:updated', { classId: me.classId })
      }
      return result.view
    },

    /** What a student sees of their class: teams with member names, and whether they may pick one. */
    async classView(user: AuthUser): Promise<StudentClassView> {
      const me = asStudent(user)
      const record = await classes.get(me.classId)
      if (!record) throw forbidden()
      return {
        id: record.id,
        name: record.name,
        teamChoiceLocked: record.teamChoiceLocked,
        teamMovesOpen: teamMovesOpen(record),
        teams: teamsWithMembers(record),
      }
    },
  }
}
