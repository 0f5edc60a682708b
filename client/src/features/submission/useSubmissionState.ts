import { useCallback, useState } from 'react'
import type { VersionSummary, WorkspaceDetail, WorkspaceStatus } from '../../../../cases/contracts/http'
import type { WorkspaceStatusEvent } from '../../../../cases/contracts/socketEvents'
import { getWorkspace } from '../../api/workspaces'

/** Whether the work is submitted, its latest version, and whether it was just returned for revision. */
export interface SubmissionState {
  status: WorkspaceStatus
  lastSubmission: VersionSummary | null
  /** Returned by the lecturer while this page was open. */
  returned: boolean
}

/**
 * A workspace's submission state, starting from the page's detail and kept current by the `workspace:status` event,
 * the document connection's LOCKED/REOPENED close and a refetch (after a reconnect, events may have been missed).
 */
export function useSubmissionState(workspace: WorkspaceDetail) {
  const [state, setState] = useState<SubmissionState>({
    status: workspace.status,
    lastSubmission: workspace.lastSubmission,
    returned: false,
  })
  const id = workspace.id
  // Counts refetches (reconnects), so what hangs on the state (the released grade) looks again too.
  const [seen, setSeen] = useState(0)

  const set = useCallback((status: WorkspaceStatus, lastSubmission?: VersionSummary | null) => {
    setState((s) => ({
      status,
      lastSubmission: lastSubmission === undefined ? s.lastSubmission : lastSubmission,
      returned: status === 'open' ? s.returned || s.status === 'submitted' : false,
    }))
  }, [])

  const refresh = useCallback(async () => {
    try {
      const detail = await getWorkspace(id)
      set(detail.status, detail.lastSubmission)
      setSeen((n) => n + 1)
    } catch {
      // Offline or gone: the live connection tells the rest.
    }
  }, [id, set])

  const onEvent = useCallback(
    (event: WorkspaceStatusEvent) => {
      if (event.workspaceId === id) set(event.status, event.version)
    },
    [id, set],
  )

  return { state, seen, set, refresh, onEvent }
}
