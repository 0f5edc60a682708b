import type { ClassStudent, NewReturnCode, UpdateStudentBody } from '../../cases/contracts/http'
import type { ClassRecord, StudentRecord } from '../storage/types'
import { changeLecturerClass, type ServiceContext } from './context'
import { AppError, invalid, refused } from './errors'
import type { AuthUser } from './ports'
import type { SessionService } from './sessions'
import { hashReturnCode } from './returnCodes'
import { formatCode, randomCode, RETURN_CODE_LENGTH } from './secrets'
import { recordTeamMove } from './teamMoves'
import { classStudent, sameName } from './views'
import { giveTeamItsWorkspaces } from './workspaceRecords'

/** The message for a name someone in the class already uses. */
export const NAME_TAKEN =
  'name: someone in this class already uses this name; add an initial or a second name (for example "Budi S.")'

/** 409 name_taken when another student of the class has this name (trimmed, case-insensitive). */
export function assertStudentNameFree(record: ClassRecord, name: string, exceptId?: string): void {
  if (record.students.some((s) => s.id !== exceptId && sameName(s.name, name)))
    throw new AppError('name_taken', NAME_TAKEN)
}

/** 400 unless the team belongs to the class. */
export function assertTeamOfClass(record: ClassRecord, teamId: string): void {
  if (!record.teams.some((t) => t.id === teamId))
    throw invalid('teamId', 'no team with this id in this class')
}

function findStudent(record: ClassRecord, studentId: string): StudentRecord {
  const student = record.students.find((s) => s.id === studentId)
  if (!student) throw refused('student_not_found', 'No student with this id in this class.')
  return student
}

/** Students of a class, managed by its lecturers: rename, move to another team, remove. */
export function createStudentService(ctx: ServiceContext, sessions: SessionService) {
  return {
    async update(
      user: AuthUser,
      classId: string,
      studentId: string,
      body: UpdateStudentBody,
    ): Promise<ClassStudent> {
      let moved = false
      const result = await changeLecturerClass(ctx, user, classId, async (record) => {
        const student = findStudent(record, studentId)
        if (body.name !== undefined) {
          assertStudentNameFree(record, body.name, studentId)
          student.name = body.name
        }
        if (body.teamId !== undefined) {
          if (body.teamId !== null) assertTeamOfClass(record, body.teamId)
          const from = student.teamId
          moved = from !== body.teamId
          student.teamId = body.teamId
          recordTeamMove(record, student, from, 'lecturer')
          // The lecturer may move someone during an exercise; an empty team then gets its exercise workspace.
          await giveTeamItsWorkspaces(ctx, record, body.teamId)
        }
        return classStudent(student)
      })
      if (moved) ctx.events.emit('membership:changed', { classId, userId: studentId, teamId: result.teamId })
      ctx.events.emit('class:updated', { classId })
      return result
    },

    /**
     * A new personal return code for a student who lost theirs (or after the server secret was lost): the old
     * code stops working; sessions on devices already signed in stay. Shown once, to the lecturer.
     */
    async newReturnCode(user: AuthUser, classId: string, studentId: string): Promise<NewReturnCode> {
      const code = randomCode(RETURN_CODE_LENGTH)
      await changeLecturerClass(ctx, user, classId, (record) => {
        findStudent(record, studentId).returnCodeHash = hashReturnCode(ctx.secret, code)
      })
      return { returnCode: formatCode(code, 5) }
    },

    /** Remove a student from the class; their sessions end at once. */
    async remove(user: AuthUser, classId: string, studentId: string): Promise<void> {
      await changeLecturerClass(ctx, user, classId, (record) => {
        findStudent(record, studentId)
        record.students = record.students.filter((s) => s.id !== studentId)
      })
      await sessions.revokeUser(studentId, 'removed')
      ctx.events.emit('membership:changed', { classId, userId: studentId, teamId: null, removed: true })
      ctx.events.emit('class:updated', { classId })
    },
  }
}
