import { useCallback, useEffect, useState } from 'react'
import type { CommentChangedEvent, CommentThread } from '../../../../cases/contracts/comments'
import { listComments } from '../../api/comments'
import { settleUnlessCancelled } from '../../api/settleUnlessCancelled'

/** A workspace's comment threads, oldest first, kept current by `comment:changed` and one's own answers. */
export function useCommentThreads(workspaceId: string) {
  const [threads, setThreads] = useState<CommentThread[]>([])
  const [error, setError] = useState<unknown>(null)

  const reload = useCallback(async () => {
    try {
      setThreads(await listComments(workspaceId))
      setError(null)
    } catch (e) {
      setError(e)
    }
  }, [workspaceId])

  useEffect(() => settleUnlessCancelled(listComments(workspaceId), setThreads, setError), [workspaceId])

  /** Put a thread as the server answered it (replace by id, or add). */
  const upsert = useCallback((thread: CommentThread) => {
    setThreads((all) =>
      all.some((t) => t.id === thread.id)
        ? all.map((t) => (t.id === thread.id ? thread : t))
        : [...all, thread],
    )
  }, [])

  const remove = useCallback((threadId: string) => {
    setThreads((all) => all.filter((t) => t.id !== threadId))
  }, [])

  /** socket.io `comment:changed`: the thread as it is now, or null when deleted. */
  const onEvent = useCallback(
    (event: CommentChangedEvent) => {
      if (event.workspaceId !== workspaceId) return
      if (event.thread) upsert(event.thread)
      else remove(event.threadId)
    },
    [workspaceId, upsert, remove],
  )

  return { threads, error, reload, upsert, remove, onEvent }
}

/** What the comment panel and its threads can do with the list. */
export type CommentThreads = ReturnType<typeof useCommentThreads>
