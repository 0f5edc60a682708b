import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { CloseCode } from '../../../../cases/contracts/closeCodes'
import type { PublicUser, WorkspaceDetail } from '../../../../cases/contracts/http'
import { findTemplate } from '../../../../cases/templates'
import type { TemplateDef } from '../../../../cases/templates/types'
import { useWorkspaceSync } from '../../sync/useWorkspaceSync'
import type { CommentThreads } from '../comments/useCommentThreads'
import type { useSubmissionState } from '../submission/useSubmissionState'
import { LiveWorkspace } from './LiveWorkspace'

interface Props {
  workspace: WorkspaceDetail
  user: PublicUser
  back: string
  submission: ReturnType<typeof useSubmissionState>
  threads: CommentThreads
}

/** Opens the live document (a team member keeps a local copy) and shows the live workspace once it is there. */
export function WorkspaceEditor({ workspace, user, back, submission, threads }: Props) {
  const { t } = useTranslation()
  // Anyone but a lecturer who may open the workspace is a member of its team.
  const member = user.role === 'student'
  const sync = useWorkspaceSync({
    workspaceId: workspace.id,
    userId: user.id,
    userName: user.name,
    templateIds: workspace.templates,
    member,
    onLockChange: (code) => {
      // The close comes with no version: set the state at once, then fetch the rest. In a live exercise LOCKED is
      // most often a pause, so it reads as paused (never a flash of "submitted") until the refetch decides.
      if (code === CloseCode.ARCHIVED) submission.setArchived(true)
      else if (code === CloseCode.REOPENED) submission.set('open', undefined, false)
      else if (workspace.exercise) submission.setPaused(true)
      else submission.set('submitted')
      void submission.refresh()
    },
  })
  const templates = useMemo(
    () => workspace.templates.map(findTemplate).filter((tpl): tpl is TemplateDef => tpl !== undefined),
    [workspace.templates],
  )
  if (!sync) return <p className="muted">{t('common.loading')}</p>
  return (
    <LiveWorkspace
      sync={sync}
      workspace={workspace}
      templates={templates}
      user={user}
      member={member}
      back={back}
      submission={submission}
      threads={threads}
    />
  )
}
