import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SubmittedResult } from '../../../../cases/contracts/http'
import type { ExerciseEndReason } from '../../../../cases/contracts/exercises'
import { getVersion, listVersions } from '../../api/submissions'
import { useResource } from '../../api/useResource'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useAction } from '../../components/useAction'
import { formatZoned } from '../../components/zonedTime'
import { useLang } from '../../i18n/useBilingual'
import { submitterName } from './submitterName'
import { VersionView } from './VersionView'

/** The team's submitted versions with their times; one opened read-only at a time. */
export function VersionsPanel({
  workspaceId,
  latest,
  exerciseEndedBy,
}: {
  workspaceId: string
  latest: number
  /** Why the workspace's live exercise ended (names the system's submission). */
  exerciseEndedBy?: ExerciseEndReason | null
}) {
  const { t } = useTranslation()
  const lang = useLang()
  // Keyed by the latest version, so a new submission lists itself.
  const versions = useResource(() => listVersions(workspaceId), `${workspaceId}:${latest}`)
  const [open, setOpen] = useState<SubmittedResult | null>(null)
  const load = useAction(async (n: number) => setOpen(await getVersion(workspaceId, n)))
  const list = versions.data ?? []

  return (
    <section className="versions-panel" aria-labelledby="versions-title" data-testid="versions-panel">
      <h2 id="versions-title">{t('submission.versions')}</h2>
      <ErrorMessage error={versions.error ?? load.error} />
      {versions.data && list.length === 0 && <p className="muted">{t('submission.noVersions')}</p>}
      <ul className="versions-list">
        {[...list].reverse().map((v) => (
          <li key={v.version}>
            {t('submission.versionLine', {
              version: v.version,
              time: formatZoned(v.submittedAt, lang),
              who: submitterName(t, v.submittedBy, exerciseEndedBy),
            })}{' '}
            {open?.version === v.version ? (
              <button type="button" className="link-button" onClick={() => setOpen(null)}>
                {t('submission.hide')}
              </button>
            ) : (
              <button
                type="button"
                className="link-button"
                disabled={load.busy}
                onClick={() => void load.run(v.version)}
              >
                {t('submission.view')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {open && <VersionView result={open} />}
    </section>
  )
}
