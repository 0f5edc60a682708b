import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SubmittedResult } from '../../../../cases/contracts/http'
import { SYSTEM_SUBMITTER_ID } from '../../../../cases/contracts/submitter'
import { getVersion, listVersions } from '../../api/submissions'
import { useResource } from '../../api/useResource'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useAction } from '../../components/useAction'
import { formatZoned } from '../../components/zonedTime'
import { useLang } from '../../i18n/useBilingual'
import { VersionView } from './VersionView'

/** The team's submitted versions with their times; one opened read-only at a time. */
export function VersionsPanel({ workspaceId, latest }: { workspaceId: string; latest: number }) {
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
              who: v.submittedBy.id === SYSTEM_SUBMITTER_ID ? t('submission.dueLock') : v.submittedBy.name,
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
