import { useEffect, useState } from 'react'
import { Link, useLocation, useParams } from 'react-router'
import { SYSTEM_SUBMITTER_ID } from '../../../../cases/contracts/http'
import type { CommentAnchor, CommentThread } from '../../../../cases/contracts/comments'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useBilingual, useLang } from '../../i18n/useBilingual'
import { anchorFieldPath } from '../comments/anchorText'
import { CommentsPanel } from '../comments/CommentsPanel'
import { useCommentThreads } from '../comments/useCommentThreads'
import { useSession } from '../session/sessionContext'
import { SelfCheckAnswers } from '../selfCheck/SelfCheckAnswers'
import { ContributionsPanel } from './ContributionsPanel'
import { useReviewT } from './i18n'
import { anchorKey, ResultView } from './ResultView'
import { ReturnPanel } from './ReturnPanel'
import { RubricForm } from './RubricForm'
import { useGradingData, useShownResult } from './useGradingData'
import { useReviewEvents } from './useReviewEvents'
import { VersionsPanel } from './VersionsPanel'
import { formatZoned } from '../../components/zonedTime'

/** Scroll the shown work to a thread's field (a collection item's comment has no field of its own there). */
function showAnchor(thread: CommentThread) {
  document
    .querySelector(`[data-review-field="${CSS.escape(anchorFieldPath(thread.anchor))}"]`)
    ?.scrollIntoView({ block: 'center' })
}

/** /classes/:classId/review/:workspaceId — the work read-only beside the rubric, comments and versions. */
export function GradingPage() {
  const t = useReviewT()
  const pick = useBilingual()
  const lang = useLang()
  const { classId = '', workspaceId = '' } = useParams()
  const { user } = useSession()
  const { data, error, reload, setGrade } = useGradingData(workspaceId)
  const threads = useCommentThreads(workspaceId)
  // undefined: the latest version (or live when none); a number: that version; null: the live content.
  const [picked, setPicked] = useState<number | null | undefined>(undefined)
  const [draft, setDraft] = useState<CommentAnchor | null>(null)
  useReviewEvents({
    comment: threads.onEvent,
    status: (p) => {
      if (p.workspaceId === workspaceId) void reload()
    },
    grade: (p) => {
      if (p.workspaceId === workspaceId) void reload()
    },
  })
  const { hash } = useLocation()
  const loaded = data !== undefined
  // The dashboard's "versions" link lands on the versions panel once it exists.
  useEffect(() => {
    if (loaded && hash === '#versions') document.getElementById('versions')?.scrollIntoView()
  }, [loaded, hash])
  const latest = data?.versions.at(-1)?.version ?? null
  const shown = picked === undefined ? latest : picked
  const { result, error: resultError } = useShownResult(workspaceId, shown, data !== undefined)
  const shownVersion = data?.versions.find((v) => v.version === shown)
  const openCounts = new Map<string, number>()
  for (const thread of threads.threads) {
    if (thread.status !== 'open') continue
    const key = anchorKey(thread.anchor.templateId, thread.anchor.path)
    openCounts.set(key, (openCounts.get(key) ?? 0) + 1)
  }

  return (
    <section className="review-page">
      <p>
        <Link to={`/classes/${encodeURIComponent(classId)}/review`}>{t('backToDashboard')}</Link>
      </p>
      <ErrorMessage error={error} />
      {!data && !error && <p className="muted">{t('loading')}</p>}
      {data && (
        <>
          <h1>{t('gradingTitle', { team: data.detail.teamName, title: pick(data.detail.title) })}</h1>
          <p className="muted" role="status" data-testid="review-shown">
            {shownVersion
              ? `${t('showingVersion', { n: shownVersion.version, time: formatZoned(shownVersion.submittedAt, lang) })} ${t(
                  'submittedBy',
                  {
                    name:
                      shownVersion.submittedBy.id === SYSTEM_SUBMITTER_ID
                        ? t('systemSubmitter')
                        : shownVersion.submittedBy.name,
                  },
                )}`
              : t('showingLive')}
          </p>
          <details className="panel review-case">
            <summary>{t('caseHeading', { title: pick(data.detail.case.title) })}</summary>
            <p className="review-text">{pick(data.detail.case.scenario)}</p>
          </details>
          <div className="review-columns">
            <div className="review-work">
              <ErrorMessage error={resultError} />
              {result ? (
                <ResultView
                  result={result}
                  templateIds={data.detail.templates}
                  openCounts={openCounts}
                  onComment={(target) => setDraft(target.anchor)}
                />
              ) : (
                <p className="muted">{t('loading')}</p>
              )}
            </div>
            <div className="review-side">
              <RubricForm
                workspaceId={workspaceId}
                rubric={data.rubric}
                grade={data.grade}
                members={data.detail.members}
                onSaved={setGrade}
              />
              {user && (
                <CommentsPanel
                  workspaceId={workspaceId}
                  user={user}
                  threads={threads}
                  draft={draft}
                  clearDraft={() => setDraft(null)}
                  onDraft={setDraft}
                  onShow={showAnchor}
                />
              )}
              <VersionsPanel
                workspaceId={workspaceId}
                versions={data.versions}
                shown={shown}
                onShow={setPicked}
              />
              <ReturnPanel
                workspaceId={workspaceId}
                submitted={data.detail.status === 'submitted'}
                onReturned={() => void reload()}
              />
              {data.contributions && <ContributionsPanel figures={data.contributions} />}
              <SelfCheckAnswers workspaceId={workspaceId} />
              <p>
                <Link to={`/w/${encodeURIComponent(workspaceId)}`}>{t('openWorkspace')}</Link>
              </p>
            </div>
          </div>
        </>
      )}
    </section>
  )
}
