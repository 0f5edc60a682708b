import type { ReactNode } from 'react'
import type { MemberContribution, WorkspaceContributions } from '../../../../cases/contributions/figures'
import { useBilingual } from '../../i18n/useBilingual'
import { ContributionBars } from './ContributionBars'

interface Props {
  figures: WorkspaceContributions
  /** The section's classes, e.g. "panel contribution-mirror". */
  className: string
  /** Names the section by its heading when given. */
  headingId?: string
  heading: string
  /** The line that says these are indicators, not grades. */
  note: string
  /** One member's figures as a sentence. */
  memberLine: (member: MemberContribution) => string
  /** What the bars show (each member's share of the team's contribution). */
  barsCaption: string
  /** The balance index (already formatted) as a sentence, or the sentence for no work yet (null). */
  balanceLine: (value: string | null) => string
  /** Said instead of the balance and indicators while the evidence thresholds are not met. */
  waitingLine: string
  /** Shown after the indicators (e.g. a refresh button). */
  children?: ReactNode
}

/**
 * A team's contribution report: per member a bar of their share and what reached the shared document, the balance index and the indicators
 * with their explanations (the balance only once there is enough evidence; before, a line saying so). The student's mirror and the lecturer's grading page word it each in their own way.
 */
export function ContributionReport({
  figures,
  className,
  headingId,
  heading,
  note,
  memberLine,
  barsCaption,
  balanceLine,
  waitingLine,
  children,
}: Props) {
  const pick = useBilingual()
  return (
    <section className={className} aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <p className="notice">{note}</p>
      <ContributionBars members={figures.members} caption={barsCaption} memberLine={memberLine} />
      {/* Mirrors stored with versions before issue 12 lack enoughEvidence: shown as they were. */}
      {figures.enoughEvidence === false ? (
        <p>{waitingLine}</p>
      ) : (
        <p>{balanceLine(figures.balance === null ? null : figures.balance.toFixed(2))}</p>
      )}
      {figures.indicators.length > 0 && (
        <ul>
          {figures.indicators.map((indicator) => (
            <li key={`${indicator.kind}-${indicator.userIds.join('-')}`}>
              <strong>{pick(indicator.label)}</strong>: {pick(indicator.explanation)}
            </li>
          ))}
        </ul>
      )}
      {children}
    </section>
  )
}
