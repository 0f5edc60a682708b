import { createContext, useCallback, useContext, useState } from 'react'
import type {
  ConfirmingMember,
  SubmitConfirmations,
  WorkspaceConfirmationsEvent,
} from '../../../../cases/contracts/confirmations'
import type { WorkspaceDetail } from '../../../../cases/contracts/http'
import { getWorkspace } from '../../api/workspaces'

const NONE: SubmitConfirmations = { required: false, confirmed: [], pending: [] }

/**
 * Who has confirmed the submission and who still has to, from the page's detail, kept current by the
 * `workspace:confirmations` event, the answers to one's own confirm/withdraw, and a refetch (after a reconnect or
 * a status change, which clears them on the server).
 */
export function useConfirmations(workspace: WorkspaceDetail) {
  const [state, setState] = useState<SubmitConfirmations>(workspace.confirmations ?? NONE)
  const id = workspace.id

  const refresh = useCallback(async () => {
    try {
      setState((await getWorkspace(id)).confirmations ?? NONE)
    } catch {
      // Offline: the next connection refetches.
    }
  }, [id])

  const onEvent = useCallback(
    ({ workspaceId, ...next }: WorkspaceConfirmationsEvent) => {
      if (workspaceId === id) setState(next)
    },
    [id],
  )

  /** The server recorded this member's confirmation and names who is still pending. */
  const confirmedBy = useCallback((me: ConfirmingMember, pending: ConfirmingMember[]) => {
    setState((s) => ({
      required: true,
      confirmed: [...s.confirmed.filter((m) => m.id !== me.id), me],
      pending,
    }))
  }, [])

  return { state, set: setState, refresh, onEvent, confirmedBy }
}

/** The confirmations of the open workspace, as `useConfirmations` keeps them. */
export type Confirmations = ReturnType<typeof useConfirmations>

/** Provided by the workspace body (which holds the page's one event socket), read by the submit dialog. */
export const ConfirmationsContext = createContext<Confirmations | null>(null)

/** The workspace's confirmations, or null outside a workspace page. */
export const useConfirmationsContext = () => useContext(ConfirmationsContext)
