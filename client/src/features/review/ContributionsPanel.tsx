import type { WorkspaceContributions } from '../../../../cases/contributions/figures'
import { useBilingual } from '../../i18n/useBilingual'
import { useReviewT } from './i18n'

/** The team's contribution mirror, labelled as indicators, not grades. */
export function ContributionsPanel({ figures }: { figures: WorkspaceContributions }) {
  const t = useReviewT()
  const pick = useBilingual()
  return (
    <section className="panel review-contributions">
      <h2>{t('contributionsHeading')}</h2>
      <p className="notice">{t('contributionsNote')}</p>
      <ul>
        {figures.members.map((m) => (
          <li key={m.userId}>
            {t('contributionsMember', {
              name: m.name,
              share: Math.round(m.share * 100),
              added: m.charsAdded,
              removed: m.charsRemoved,
              edits: m.ecomapEdits + m.fieldEdits,
              minutes: m.activeMinutes,
            })}
          </li>
        ))}
      </ul>
      <p>
        {figures.balance === null ? t('balanceNone') : t('balance', { value: figures.balance.toFixed(2) })}
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
    </section>
  )
}
