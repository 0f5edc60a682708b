import type { ExerciseOverview, ExerciseTeamProgress } from '../../cases/contracts/exercises'
import type { ProgressTracker, TemplateProgress } from '../exercises/progressTracker'
import type { ServiceContext } from './context'
import { openHelp } from './exerciseHelp'
import type { ExerciseService } from './exercises'
import { exerciseWorkspaces } from './exerciseState'
import type { AuthUser } from './ports'

/** An exercise found in its class (what `ExerciseService.locate` answers). */
export type LocatedExercise = NonNullable<Awaited<ReturnType<ExerciseService['locate']>>>

/** Where a team's progress figures come from: the tracker while tracked, else the document read once. */
export type ReadProgress = (
  workspaceId: string,
) => Promise<{ progress: TemplateProgress; lastActivity: string | null; activeMinutes?: number[] }>

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
    const { progress, lastActivity, activeMinutes = [] } = await read(id)
    teams.push({
      teamId,
      workspaceId: id,
      progress,
      online: online(id),
      lastActivity,
      activeMinutes,
      help: open.filter((r) => r.teamId === teamId),
    })
  }
  return teams
}

/** The start of the last minute any member edited (from the contribution counters), or null. */
async function lastActiveMinute(ctx: ServiceContext, workspaceId: string): Promise<string | null> {
  const { members } = await ctx.contributions.counters(workspaceId)
  const minute = Math.max(0, ...Object.values(members).map((m) => m.lastMinute))
  return minute > 0 ? new Date(minute * 60_000).toISOString() : null
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
      const located = await exercises.locateAsLecturer(user, exerciseId)
      const teams = await overviewTeams(located, async (id) => {
        const figures = await progress.read(id, ctx.documents)
        // Untracked (ended, or before the first edit since a restart): the members' counters still know.
        return figures.lastActivity ? figures : { ...figures, lastActivity: await lastActiveMinute(ctx, id) }
      })
      return { exerciseId: located.exercise.id, teams }
    },
  }
}

/** The overview service. */
export type ExerciseOverviewService = ReturnType<typeof createExerciseOverviewService>
