import { useState } from 'react'
import type { RestoreResult } from '../../../../cases/contracts/history'
import type { Lang } from '../../../../cases/i18n/bilingual'
import { useResource } from '../../api/useResource'
import { ConfirmButton } from '../../components/ConfirmButton'
import { ErrorMessage } from '../../components/ErrorMessage'
import { formatZoned } from '../../components/zonedTime'
import { listSnapshots, restoreSnapshot } from './api'
import { DiffView } from './DiffView'
import { useHistoryT } from './i18n'
import { reasonText } from './reason'
import { SnapshotReadOnly } from './SnapshotReadOnly'
import './history.css'

/** Props of the history panel. */
export interface HistoryPanelProps {
  workspaceId: string
  /** The workspace's template ids (the text fields the diff offers). */
  templates: string[]
  /** A student of the team while the workspace is open (the server refuses everyone else). */
  canRestore: boolean
  lang: Lang
}

/**
 * The workspace's history: snapshots with their time in the viewer's zone and reason, one viewed read-only, the
 * word diff of a text field between two moments, and (for the team while open) restoring a snapshot with confirmation.
 */
export function HistoryPanel({ workspaceId, templates, canRestore, lang }: HistoryPanelProps) {
  const t = useHistoryT(lang)
  const list = useResource(() => listSnapshots(workspaceId), workspaceId)
  const [open, setOpen] = useState<string | null>(null)
  const [restored, setRestored] = useState<RestoreResult | null>(null)
  const [error, setError] = useState<unknown>(null)
  const restore = async (snapshotId: string) => {
    setError(null)
    try {
      setRestored(await restoreSnapshot(workspaceId, snapshotId))
      setOpen(null)
      await list.reload()
    } catch (e) {
      setError(e)
    }
  }
  const snapshots = list.data ?? []
  return (
    <section className="history-panel" aria-label={t('heading')}>
      <h2>{t('heading')}</h2>
      <p className="muted small">{t('intro')}</p>
      <ErrorMessage error={list.error ?? error} />
      {restored && (
        <p role="status" className="history-restored">
          {t('restored', { time: formatZoned(restored.before.takenAt, lang) })}
        </p>
      )}
      {!list.data && !list.error && <p className="muted">{t('loading')}</p>}
      {list.data && snapshots.length === 0 && <p className="muted">{t('none')}</p>}
      <ol className="history-list">
        {snapshots.map((s) => (
          <li key={s.id} data-snapshot={s.id} aria-current={open === s.id ? 'true' : undefined}>
            <time dateTime={s.takenAt}>{formatZoned(s.takenAt, lang)}</time> · <span>{reasonText(s, t)}</span>{' '}
            <button type="button" className="link" onClick={() => setOpen(open === s.id ? null : s.id)}>
              {open === s.id ? t('close') : t('view')}
            </button>
          </li>
        ))}
      </ol>
      {open && (
        <SnapshotReadOnly
          workspaceId={workspaceId}
          snapshotId={open}
          lang={lang}
          t={t}
          onClose={() => setOpen(null)}
          restore={
            canRestore ? (
              <ConfirmButton question={t('restoreQuestion')} onConfirm={() => void restore(open)}>
                {t('restore')}
              </ConfirmButton>
            ) : undefined
          }
        />
      )}
      {snapshots.length > 0 && (
        <DiffView
          key={snapshots.map((s) => s.id).join()}
          workspaceId={workspaceId}
          templates={templates}
          snapshots={snapshots}
          lang={lang}
          t={t}
        />
      )}
    </section>
  )
}
