import type { Lang } from '../../../../cases/i18n/bilingual'
import { useResource } from '../../api/useResource'
import { ErrorMessage } from '../../components/ErrorMessage'
import { formatZoned } from '../../components/zonedTime'
import { PrintTemplates } from '../print/PrintTemplates'
import { getSnapshot } from './api'
import type { HistoryT } from './i18n'
import { reasonText } from './reason'

interface Props {
  workspaceId: string
  snapshotId: string
  lang: Lang
  t: HistoryT
  onClose(): void
  /** The restore control, when the viewer may restore. */
  restore?: React.ReactNode
}

/** One snapshot shown read-only: every template's fields as text (and the ecomap drawn), as it was then. */
export function SnapshotReadOnly({ workspaceId, snapshotId, lang, t, onClose, restore }: Props) {
  const { data, error } = useResource(
    () => getSnapshot(workspaceId, snapshotId),
    `${workspaceId}/${snapshotId}`,
  )
  if (error) return <ErrorMessage error={error} />
  if (!data) return <p className="muted">{t('loading')}</p>
  const time = formatZoned(data.snapshot.takenAt, lang)
  return (
    <section className="history-snapshot" data-testid="history-snapshot" data-snapshot={snapshotId}>
      <div className="history-snapshot-head">
        <h3>{t('viewing', { time, reason: reasonText(data.snapshot, t) })}</h3>
        <button type="button" className="link" onClick={onClose}>
          {t('close')}
        </button>
      </div>
      {restore}
      <PrintTemplates result={data} />
    </section>
  )
}
