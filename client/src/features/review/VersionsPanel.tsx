import { SYSTEM_SUBMITTER_ID, type VersionSummary } from '../../../../cases/contracts/http'
import { Link } from 'react-router'
import { useLang } from '../../i18n/useBilingual'
import { VersionJsonLink } from './AssignmentTools'
import { useReviewT } from './i18n'
import { formatZoned } from '../../components/zonedTime'

interface Props {
  workspaceId: string
  versions: VersionSummary[]
  /** The version shown, or null for the live content. */
  shown: number | null
  onShow(version: number | null): void
}

/** The submitted versions with their times in the viewer's zone; pick one to show, or the live content; or print either. */
export function VersionsPanel({ workspaceId, versions, shown, onShow }: Props) {
  const t = useReviewT()
  const lang = useLang()
  const print = `/w/${encodeURIComponent(workspaceId)}/print`
  return (
    <section className="panel review-versions" id="versions">
      <h2>{t('versionsHeading')}</h2>
      {versions.length === 0 && <p className="muted">{t('noVersions')}</p>}
      <ul className="review-version-list">
        {[...versions].reverse().map((v) => (
          <li key={v.version}>
            <span>
              {t('versionLine', {
                n: v.version,
                time: formatZoned(v.submittedAt, lang),
                name: v.submittedBy.id === SYSTEM_SUBMITTER_ID ? t('systemSubmitter') : v.submittedBy.name,
              })}
            </span>{' '}
            <button type="button" disabled={shown === v.version} onClick={() => onShow(v.version)}>
              {t('viewVersion', { n: v.version })}
            </button>{' '}
            <Link to={`${print}?version=${v.version}`}>{t('printVersion', { n: v.version })}</Link>{' '}
            <VersionJsonLink workspaceId={workspaceId} version={v.version} />
          </li>
        ))}
      </ul>
      <button type="button" disabled={shown === null} onClick={() => onShow(null)}>
        {t('viewLive')}
      </button>{' '}
      <Link to={print}>{t('printLive')}</Link>
    </section>
  )
}
