import type { TeamMove } from '../../cases/contracts/http'
import type { ClassRecord, StudentRecord } from '../storage/types'

/** Moves kept per class: the class page lists the recent ones; older ones fall off. */
export const TEAM_MOVES_KEPT = 200

/**
 * Whether students who already have a team may move to another one. Classes created before this setting
 * existed keep their behaviour (open); new classes start closed.
 */
export function teamMovesOpen(record: ClassRecord): boolean {
  return record.teamMovesOpen ?? true
}

/** Note a student's move from one team to another in the class's bounded log (a first pick is no move). */
export function recordTeamMove(
  record: ClassRecord,
  student: StudentRecord,
  fromTeamId: string | null,
  by: TeamMove['by'],
): void {
  if (fromTeamId === null || student.teamId === null || fromTeamId === student.teamId) return
  const teamName = (id: string) => record.teams.find((t) => t.id === id)?.name ?? ''
  const move: TeamMove = {
    studentId: student.id,
    studentName: student.name,
    fromTeamId,
    fromTeamName: teamName(fromTeamId),
    toTeamId: student.teamId,
    toTeamName: teamName(student.teamId),
    by,
    at: new Date().toISOString(),
  }
  record.teamMoves = [...(record.teamMoves ?? []), move].slice(-TEAM_MOVES_KEPT)
}

/** The class's team moves, newest first. */
export function recentTeamMoves(record: ClassRecord): TeamMove[] {
  return [...(record.teamMoves ?? [])].reverse()
}
