import type { PublicUser, WorkspaceDetail } from '../../../../cases/contracts/http'
import { useBilingual } from '../../i18n/useBilingual'
import { useServerEvents } from '../../realtime/useServerEvents'
import { useCommentThreads } from '../comments/useCommentThreads'
import { AssignmentInstructions } from '../submission/AssignmentInstructions'
import { ConfirmationsContext, useConfirmations } from '../submission/useConfirmations'
import { useSubmissionState } from '../submission/useSubmissionState'
import { CaseText } from './CaseText'
import { WorkspaceEditor } from './WorkspaceEditor'

interface Props {
  detail: WorkspaceDetail
  user: PublicUser
  back: string
}

/** The loaded workspace: its live submission and exercise state, comment threads, the case text and the forms. */
export function WorkspaceBody({ detail, user, back }: Props) {
  const bi = useBilingual()
  const submission = useSubmissionState(detail)
  const threads = useCommentThreads(detail.id)
  const confirmations = useConfirmations(detail)
  useServerEvents({
    'workspace:status': (event) => {
      submission.onEvent(event)
      // A submission or a return clears the confirmations on the server.
      if (event.workspaceId === detail.id) void confirmations.refresh()
    },
    'workspace:confirmations': confirmations.onEvent,
    'comment:changed': threads.onEvent,
    // A paused exercise makes the workspace read-only; a resume or an end lifts it (the end also submits).
    'exercise:paused': submission.onExercise,
    'exercise:resumed': submission.onExercise,
    'exercise:extended': submission.onExercise,
    'exercise:ended': submission.onExercise,
    connected: () => {
      void submission.refresh()
      void threads.reload()
      void confirmations.refresh()
    },
  })
  return (
    <ConfirmationsContext.Provider value={confirmations}>
      <h1>
        {bi(detail.title)} <span className="muted">· {detail.teamName}</span>
      </h1>
      <AssignmentInstructions instructions={detail.instructions} />
      <div className="workspace-columns">
        <CaseText caseStudy={detail.case} />
        <WorkspaceEditor
          workspace={detail}
          user={user}
          back={back}
          submission={submission}
          threads={threads}
        />
      </div>
    </ConfirmationsContext.Provider>
  )
}
