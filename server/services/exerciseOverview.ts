import type { ExerciseOverview, ExerciseTeamProgress } from '../../cases/contracts/exercises'
import type { ProgressTracker, TemplateProgress } from '../exercises/progressTracker'
import { asLecturer, type ServiceContext } from './context'
import { forbidden } from './errors'
import { openHelp } from './exerciseHelp'
import type { ExerciseService } from './exercises'
import { exerciseWorkspaces } from './exerciseState'
import type { AuthUser } from './ports'

/** An exercise found in its class (what `ExerciseService.locate` answers). */
export type LocatedExercise = NonNullable<Awaited<ReturnType<ExerciseService['locate']>>>

/** Where a team's progress figures come from: the tracker while tracked, else the document read once. */
export type ReadProgress = (
  workspaceId: string,
) => Promise<{ progress: TemplateProgress; lastActivity: string | null }>

/**
 * One row per team of the exercise: progress, members online (`online`, 0 when the caller cannot know),
 * last activity and the open help requests. Shared by the live push and the REST overview.
 */
export async function overviewTeams(
  located: LocatedExercise,
  read: ReadProgress,
  online: (workspaceId: string) => number = () => 0,
): Promise<ExerciseTeamProgress[]> {
  const open = openHelp(located.exercise)
  const teams: ExerciseTeamProgress[] = []
  for (const { id, teamId } of exerciseWorkspaces(located.record, located.assignment)) {
    const { progress, lastActivity } = await read(id)
    teams.push({
      teamId,
      workspaceId: id,
      progress,
      online: online(id),
      lastActivity,
      help: open.filter((r) => r.teamId === teamId),
    })
  }
  return teams
}

/** GET /api/exercises/:id/overview: the overview on demand, for a control room opened late or after the end. */
export function createExerciseOverviewService(
  ctx: ServiceContext,
  exercises: ExerciseService,
  progress: ProgressTracker,
) {
  return {
    /** The overview for a lecturer of the class (403 for anyone else); members online are pushed, not counted here. */
    async overview(user: AuthUser, exerciseId: string): Promise<ExerciseOverview> {
      const lecturer = asLecturer(user)
      const located = await exercises.locate(exerciseId)
      if (!located || !located.record.lecturerIds.includes(lecturer.id)) throw forbidden()
      const teams = await overviewTeams(located, (id) => progress.read(id, ctx.documents))
      return { exerciseId: located.exercise.id, teams }
    },
  }
}

/** The overview service. */
export type ExerciseOverviewService = ReturnType<typeof createExerciseOverviewService>
