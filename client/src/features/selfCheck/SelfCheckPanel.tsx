import { SELF_CHECK_CAVEAT } from '../../../../cases/selfCheck/prompts'
import { useBilingual } from '../../i18n/useBilingual'
import { useSelfCheckT } from './i18n'
import { SelfCheckForm } from './SelfCheckForm'
import { SelfCheckSummary } from './SelfCheckSummary'
import { useSelfCheck } from './useSelfCheck'
import './selfCheck.css'

/** The student's "team stage check": their private answer and the team's aggregate, live. A reflection, not graded. */
export function SelfCheckPanel({ workspaceId }: { workspaceId: string }) {
  const t = useSelfCheckT()
  const pick = useBilingual()
  const { view, failed, setView } = useSelfCheck(workspaceId)
  return (
    <section className="panel self-check" aria-labelledby="self-check-heading" data-testid="self-check">
      <h2 id="self-check-heading">{t('heading')}</h2>
      <p className="notice">{pick(SELF_CHECK_CAVEAT)}</p>
      {!view ? (
        <p className="muted">{failed ? t('loadFailed') : t('loading')}</p>
      ) : (
        <>
          {/* A new own answer (saved here or in another tab) starts the form from it; others' answers never do. */}
          <SelfCheckForm
            key={view.mine?.answeredAt ?? 'none'}
            workspaceId={workspaceId}
            mine={view.mine}
            onSaved={setView}
          />
          <SelfCheckSummary team={view.team} />
        </>
      )}
    </section>
  )
}
