import { randomInt } from 'node:crypto'
import type { ExerciseEvent, FormedTeam } from '../../cases/contracts/exercises'
import { teamSizes } from '../../cases/exercises/teamSizes'
import type { ClassRecord } from '../storage/types'
import { changeLecturerClass, type ServiceContext } from './context'
import { clockOf, recipientsOf } from './exerciseState'
import type { AuthUser } from './ports'
import { newId } from './secrets'
import { sameName } from './views'
import { giveTeamItsWorkspaces } from './workspaceRecords'

/** "A".."Z", "AA", "AB"…: the letter label of the n-th team (0-based). */
function letters(n: number): string {
  let label = ''
  for (let i = n + 1; i > 0; i = Math.floor((i - 1) / 26))
    label = String.fromCharCode(65 + ((i - 1) % 26)) + label
  return label
}

/** The next free team names "Tim A", "Tim B"…, skipping names the class already uses. */
function freeNames(record: ClassRecord, count: number): string[] {
  const names: string[] = []
  for (let n = 0; names.length < count; n++) {
    const name = `Tim ${letters(n)}`
    if (!record.teams.some((t) => sameName(t.name, name))) names.push(name)
  }
  return names
}

/** Fisher–Yates with a cryptographic source (fair, not predictable by students). */
function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomInt(i + 1)
    ;[items[i], items[j]] = [items[j] as T, items[i] as T]
  }
  return items
}

/**
 * Form teams on the spot: the students who joined and have no team, shuffled, in teams of `teamSize` split by
 * `teamSizes` (the last team takes the remainder; a remainder of one joins the previous team).
 * Each new team gets its workspace for every assignment the class already has. Returns who moved where.
 * `guard` runs first under the class lock and may refuse (e.g. 409 once the exercise has ended).
 */
export async function formTeams(
  ctx: ServiceContext,
  user: AuthUser,
  classId: string,
  teamSize: number,
  guard: (record: ClassRecord) => void = () => undefined,
): Promise<{ userId: string; teamId: string }[]> {
  const moved = await changeLecturerClass(ctx, user, classId, async (record) => {
    guard(record)
    const waiting = shuffle(record.students.filter((s) => s.teamId === null))
    let start = 0
    const groups = teamSizes(waiting.length, teamSize).map((size) => waiting.slice(start, (start += size)))
    const names = freeNames(record, groups.length)
    const result: { userId: string; teamId: string }[] = []
    for (const [i, group] of groups.entries()) {
      const team = { id: newId(), name: names[i] ?? `Tim ${newId()}`, createdAt: new Date().toISOString() }
      record.teams.push(team)
      for (const student of group) {
        student.teamId = team.id
        result.push({ userId: student.id, teamId: team.id })
      }
      await giveTeamItsWorkspaces(ctx, record, team.id)
    }
    return result
  })
  for (const { userId, teamId } of moved) ctx.events.emit('membership:changed', { classId, userId, teamId })
  if (moved.length > 0) ctx.events.emit('class:updated', { classId })
  return moved
}

/** The formed teams as answered: each team's workspace in the assignment and its members' names. */
export function formedTeams(
  record: ClassRecord,
  assignmentId: string,
  moved: { userId: string; teamId: string }[],
): FormedTeam[] {
  const teamIds = [...new Set(moved.map((m) => m.teamId))]
  return teamIds.flatMap((teamId) => {
    const workspace = record.workspaces.find((w) => w.teamId === teamId && w.assignmentId === assignmentId)
    if (!workspace) return []
    const members = record.students
      .filter((s) => s.teamId === teamId)
      .map((s) => ({ id: s.id, name: s.name }))
    return [{ teamId, workspaceId: workspace.id, members }]
  })
}

/** The clock of the newest exercise of the class not ended in which the student's team has a workspace. */
export function placementOf(record: ClassRecord, userId: string): ExerciseEvent | undefined {
  const live = record.assignments.filter((a) => a.exercise && a.exercise.status !== 'ended')
  for (const assignment of live.reverse()) {
    const mine = recipientsOf(record, assignment).find((r) => r.userId === userId)
    if (mine && assignment.exercise) return { ...clockOf(assignment.exercise), workspaceId: mine.workspaceId }
  }
  return undefined
}
