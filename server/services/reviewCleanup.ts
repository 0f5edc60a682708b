import type { ServiceContext } from './context'

/**
 * Delete a workspace's comments and grade when the workspace is deleted (its team or assignment went), so no
 * review data outlives its work. Returns the function that stops listening.
 */
export function cleanUpReviews(ctx: ServiceContext): () => void {
  const onDeleted = ({ workspaceId }: { workspaceId: string }) => {
    Promise.all([ctx.storage.comments.deleteAll(workspaceId), ctx.storage.grades.delete(workspaceId)]).catch(
      (error: unknown) => ctx.logger.error(`Deleting the reviews of workspace ${workspaceId} failed`, error),
    )
  }
  ctx.events.on('workspace:deleted', onDeleted)
  return () => ctx.events.off('workspace:deleted', onDeleted)
}

/** Delete the rubric files of assignments that are gone (their class was deleted). */
export async function deleteRubrics(ctx: ServiceContext, assignmentIds: readonly string[]): Promise<void> {
  await Promise.all(assignmentIds.map((id) => ctx.storage.rubrics.delete(id)))
}
