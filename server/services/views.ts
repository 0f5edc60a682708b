import type {
  Assignment,
  AssignmentExercise,
  ClassStudent,
  ClassSummary,
  LecturerUser,
  StudentUser,
  Team,
} from '../../cases/contracts/http'
import type {
  AssignmentRecord,
  ClassRecord,
  ExerciseRecord,
  LecturerRecord,
  StudentRecord,
} from '../storage/types'
import { showJoinCode } from './secrets'
import { teamMovesOpen } from './teamMoves'

/** A lecturer as the API shows them (never the password hash). */
export function lecturerView(record: Pick<LecturerRecord, 'id' | 'name' | 'email'>): LecturerUser {
  return { id: record.id, name: record.name, email: record.email, role: 'lecturer' }
}

/** A student as the API shows them (never the return code hash). */
export function studentView(classId: string, record: StudentRecord): StudentUser {
  return { id: record.id, name: record.name, role: 'student', classId, teamId: record.teamId }
}

/** A class in lists. */
export function classSummary(record: ClassRecord): ClassSummary {
  return {
    id: record.id,
    name: record.name,
    joinCode: showJoinCode(record.joinCode),
    teamChoiceLocked: record.teamChoiceLocked,
    archived: record.archived,
    createdAt: record.createdAt,
    teamMovesOpen: teamMovesOpen(record),
  }
}

/** Teams with their members' names. */
export function teamsWithMembers(
  record: ClassRecord,
): (Team & { members: { id: string; name: string }[] })[] {
  return record.teams.map((team) => ({
    id: team.id,
    name: team.name,
    members: record.students.filter((s) => s.teamId === team.id).map((s) => ({ id: s.id, name: s.name })),
  }))
}

/** A student as lecturers see them. */
export function classStudent(record: StudentRecord): ClassStudent {
  return { id: record.id, name: record.name, teamId: record.teamId, joinedAt: record.joinedAt }
}

/** An assignment with its workspaces. */
export function assignmentView(record: ClassRecord, assignment: AssignmentRecord): Assignment {
  return {
    id: assignment.id,
    classId: record.id,
    caseId: assignment.caseId,
    title: assignment.title,
    templates: assignment.templates,
    dueAt: assignment.dueAt,
    lockAtDue: assignment.lockAtDue ?? false,
    showContributionsToTeam: assignment.showContributionsToTeam ?? false,
    allMustConfirm: assignment.allMustConfirm ?? false,
    ...(assignment.instructions ? { instructions: assignment.instructions } : {}),
    createdAt: assignment.createdAt,
    workspaces: record.workspaces
      .filter((w) => w.assignmentId === assignment.id)
      .map((w) => ({ id: w.id, teamId: w.teamId })),
    ...(assignment.exercise ? { exercise: assignmentExercise(assignment.exercise) } : {}),
  }
}

/** Names are compared trimmed and case-insensitively ("Budi" and " budi " are the same person's name). */
export function sameName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('id') === b.trim().toLocaleLowerCase('id')
}

/** The live exercise an assignment carries, as lists and workspace details show it. */
export function assignmentExercise(exercise: ExerciseRecord): AssignmentExercise {
  return {
    id: exercise.id,
    status: exercise.status,
    ...(exercise.endedBy ? { endedBy: exercise.endedBy } : {}),
  }
}
