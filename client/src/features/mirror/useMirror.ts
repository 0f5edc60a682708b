import { useCallback, useEffect, useState } from 'react'
import type { WorkspaceContributions } from '../../../../cases/contributions/figures'
import { ApiError, request } from '../../api/client'
import { settleUnlessCancelled } from '../../api/settleUnlessCancelled'

/**
 * The team's contribution figures when the server lets this viewer see them (GET /api/workspaces/:id/contributions);
 * null while loading, when the lecturer has not allowed it (403) or on any other failure — the mirror is optional,
 * so it never shows an error. `reload` fetches again.
 */
export function useMirror(workspaceId: string, refreshKey: string) {
  const [figures, setFigures] = useState<WorkspaceContributions | null>(null)
  const load = useCallback(async () => {
    try {
      return await request<WorkspaceContributions>(
        'GET',
        `/api/workspaces/${encodeURIComponent(workspaceId)}/contributions`,
      )
    } catch (e) {
      if (e instanceof ApiError) return null
      throw e
    }
  }, [workspaceId])

  useEffect(
    () => settleUnlessCancelled(load(), setFigures, () => setFigures(null)),
    // refreshKey is not read: a new one is the reason to load again.
    [load, refreshKey],
  )

  const reload = useCallback(async () => setFigures(await load().catch(() => null)), [load])
  return { figures, reload }
}
