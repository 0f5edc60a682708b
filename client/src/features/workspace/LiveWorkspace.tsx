import { useMemo } from 'react'
import { useLeaveGuard } from '../../sync/useLeaveGuard'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import type { PublicUser, WorkspaceDetail } from '../../../../cases/contracts/http'
import type { TemplateDef } from '../../../../cases/templates/types'
import { usePresence } from '../../sync/usePresence'
import { useSaveState } from '../../sync/useSaveState'
import type { WorkspaceSync } from '../../sync/useWorkspaceSync'
import { CommentContext } from '../../templates/commentContext'
import { FormContext } from '../../templates/formContext'
import { PresenceContext } from '../../templates/presenceContext'
import { TemplateForm } from '../../templates/TemplateForm'
import { CommentsPanel } from '../comments/CommentsPanel'
import { useFieldComments } from '../comments/useFieldComments'
import type { CommentThreads } from '../comments/useCommentThreads'
import { ContributionMirror } from '../mirror/ContributionMirror'
import { SelfCheckPanel } from '../selfCheck/SelfCheckPanel'
import { FeedbackPanel } from '../submission/FeedbackPanel'
import { SubmissionBanner } from '../submission/SubmissionBanner'
import { LiveConfirmationStatus } from '../submission/ConfirmationStatus'
import { SubmitButton } from '../submission/SubmitButton'
import type { useSubmissionState } from '../submission/useSubmissionState'
import { VersionsPanel } from '../submission/VersionsPanel'
import { ClosedNotice } from './ClosedNotice'
import { DocumentFullNotice } from './DocumentFullNotice'
import { PresenceBar } from './PresenceBar'
import { holdsLocalEdits, StateLine, type WorkspaceMode } from './StateLine'
import { TemplateSwitcher } from './TemplateSwitcher'
import { UndoButtons } from './UndoButtons'
import { useCompletion } from './useCompletion'

interface Props {
  sync: WorkspaceSync
  workspace: WorkspaceDetail
  templates: TemplateDef[]
  user: PublicUser
  member: boolean
  back: string
  submission: ReturnType<typeof useSubmissionState>
  threads: CommentThreads
}

/** The state line and submission, presence, undo/redo, the template switcher, one form and the comments. */
export function LiveWorkspace({
  sync,
  workspace,
  templates,
  user,
  member,
  back,
  submission,
  threads,
}: Props) {
  const { t } = useTranslation()
  const state = useSaveState(sync.tracker)
  useLeaveGuard(sync.tracker, member)
  const people = usePresence(sync.awareness)
  const { status, lastSubmission, returned, paused, archived } = submission.state
  const mode: WorkspaceMode = !member
    ? 'viewer'
    : archived
      ? 'archived'
      : status === 'submitted'
        ? 'submitted'
        : paused
          ? 'paused'
          : 'edit'
  const readOnly = mode !== 'edit'
  const context = useMemo(
    () => ({ doc: sync.doc, awareness: sync.awareness, undoManager: sync.undoManager, readOnly }),
    [sync, readOnly],
  )
  const completion = useCompletion(sync.doc, templates)
  // The shown template is in the address (?t=breton), so a reload or a shared link opens the same one.
  const [params, setParams] = useSearchParams()
  const current = templates.find((tpl) => tpl.id === params.get('t')) ?? templates[0]
  const select = (id: string) => setParams({ t: id }, { replace: true })
  const comments = useFieldComments(threads.threads, sync.doc, select)

  return (
    <div className="workspace-form">
      <div className="workspace-bar">
        <StateLine state={state} mode={mode} />
        {mode === 'edit' && sync.undoManager && <UndoButtons undoManager={sync.undoManager} />}
      </div>
      {/* Outside the sticky bar, which stays one line on a phone (state and undo). */}
      {mode === 'edit' && (
        <div className="workspace-submit">
          <SubmitButton
            workspaceId={workspace.id}
            me={{ id: user.id, name: user.name }}
            doc={sync.doc}
            templates={templates}
            unsaved={!state.saved}
            onSubmitted={(version) => submission.set('submitted', version)}
            onRefused={() => void submission.refresh()}
          />
        </div>
      )}
      {state.closed && (
        <ClosedNotice
          code={state.closed.code}
          back={back}
          workspaceId={workspace.id}
          assignmentId={workspace.assignmentId}
        />
      )}
      <SubmissionBanner
        submitted={status === 'submitted'}
        lastSubmission={lastSubmission}
        held={holdsLocalEdits(state)}
        returned={returned}
        member={member}
        exerciseEndedBy={submission.state.exerciseEndedBy}
      />
      {status === 'open' && <LiveConfirmationStatus />}
      {mode === 'viewer' && <p className="notice">{t('workspace.readOnly')}</p>}
      {archived && (
        <p className="notice" role="status" data-testid="archived-notice">
          {t('workspace.archived')}
        </p>
      )}
      {mode === 'paused' && (
        <p className="notice" role="status" data-testid="paused-notice">
          {t('workspace.paused')}
        </p>
      )}
      {member && (
        <FeedbackPanel
          workspaceId={workspace.id}
          assignmentId={workspace.assignmentId}
          userId={user.id}
          submittedOnce={lastSubmission !== null}
          refreshKey={`${status}:${lastSubmission?.version ?? 0}:${submission.seen}`}
        />
      )}
      {/* Above the presence bar, whose lines change as teammates move: the tabs stay put under one's finger. */}
      <TemplateSwitcher
        templates={templates}
        completion={completion}
        current={current?.id ?? ''}
        onSelect={select}
      />
      <PresenceBar people={people} templates={templates} />
      <DocumentFullNotice doc={sync.doc} softLimitBytes={workspace.documentSoftLimitBytes} />
      <FormContext.Provider value={context}>
        <PresenceContext.Provider value={people}>
          <CommentContext.Provider value={comments.hooks}>
            {current && <TemplateForm key={current.id} template={current} />}
          </CommentContext.Provider>
        </PresenceContext.Provider>
      </FormContext.Provider>
      <CommentsPanel
        workspaceId={workspace.id}
        user={user}
        threads={threads}
        draft={comments.draft}
        clearDraft={comments.clearDraft}
        onDraft={comments.setDraft}
        onShow={comments.show}
        focus={comments.focus}
        clearFocus={comments.clearFocus}
      />
      <VersionsPanel
        workspaceId={workspace.id}
        latest={lastSubmission?.version ?? 0}
        exerciseEndedBy={submission.state.exerciseEndedBy}
      />
      {/* Asked for only when shared with the team (a student would get 403); lecturers may always see it. */}
      {(workspace.showContributionsToTeam || user.role === 'lecturer') && (
        <ContributionMirror
          workspaceId={workspace.id}
          refreshKey={`${status}:${lastSubmission?.version ?? 0}`}
        />
      )}
      {member && <SelfCheckPanel workspaceId={workspace.id} />}
    </div>
  )
}
