import { useTranslation } from 'react-i18next'
import { useBilingual } from '../../i18n/useBilingual'
import { useMirror } from './useMirror'

interface Props {
  workspaceId: string
  /** Changes when the figures are worth loading again (e.g. after a submission). */
  refreshKey: string
}

/**
 * The team's own contribution mirror, shown only when the lecturer allows it (otherwise nothing at all):
 * per member what reached the shared document, the balance index and the indicators — indicators, not grades.
 */
export function ContributionMirror({ workspaceId, refreshKey }: Props) {
  const { t } = useTranslation()
  const pick = useBilingual()
  const { figures, reload } = useMirror(workspaceId, refreshKey)
  if (!figures) return null
  return (
    <section className="panel contribution-mirror" aria-labelledby="mirror-heading">
      <h2 id="mirror-heading">{t('mirror.heading')}</h2>
      <p className="notice">{t('mirror.notGrades')}</p>
      <ul>
        {figures.members.map((m) => (
          <li key={m.userId}>
            {t('mirror.member', {
              name: m.name,
              added: m.charsAdded,
              removed: m.charsRemoved,
              present: Math.round(m.textShare * 100),
              ecomap: m.ecomapEdits,
              comments: m.comments,
              minutes: m.activeMinutes,
            })}
          </li>
        ))}
      </ul>
      <p>
        {figures.balance === null
          ? t('mirror.balanceNone')
          : t('mirror.balance', { value: figures.balance.toFixed(2) })}
      </p>
      {figures.indicators.length > 0 && (
        <ul>
          {figures.indicators.map((indicator) => (
            <li key={`${indicator.kind}-${indicator.userIds.join('-')}`}>
              <strong>{pick(indicator.label)}</strong>: {pick(indicator.explanation)}
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="small" onClick={() => void reload()}>
        {t('mirror.refresh')}
      </button>
    </section>
  )
}
