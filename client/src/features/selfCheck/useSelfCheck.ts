import { useCallback, useEffect, useState } from 'react'
import type { SelfCheckView } from '../../../../cases/contracts/selfCheck'
import { settleUnlessCancelled } from '../../api/settleUnlessCancelled'
import { useServerEvents } from '../../realtime/useServerEvents'
import { getSelfCheck } from './api'

/**
 * A workspace's self-check as this viewer may see it, refetched live when `selfcheck:changed` names it, when the
 * class's teams change, and after a reconnect (events sent meanwhile are lost). `failed` when it could not be loaded.
 */
export function useSelfCheck(workspaceId: string) {
  const [view, setView] = useState<SelfCheckView | null>(null)
  const [failed, setFailed] = useState(false)
  const [version, setVersion] = useState(0)
  const reload = useCallback(() => setVersion((v) => v + 1), [])

  useEffect(
    () =>
      settleUnlessCancelled(
        getSelfCheck(workspaceId),
        (next) => {
          setView(next)
          setFailed(false)
        },
        () => setFailed(true),
      ),
    // version is not read: a new one is the reason to load again.
    [workspaceId, version],
  )

  useServerEvents({
    'selfcheck:changed': (payload) => {
      if (payload.workspaceId === workspaceId) reload()
    },
    // Someone joined, left or moved team: the number of members may have changed.
    'class:updated': reload,
    connected: reload,
  })

  return { view, failed, setView }
}
