import { SELF_CHECK_CAVEAT } from '../../../../cases/selfCheck/prompts'
import { TUCKMAN_STAGE_INDICATORS } from '../../../../cases/selfCheck/stages'
import { useBilingual, useLang } from '../../i18n/useBilingual'
import { useSelfCheckT } from './i18n'
import { SelfCheckSummary } from './SelfCheckSummary'
import { useSelfCheck } from './useSelfCheck'
import './selfCheck.css'

const STAGE_LABELS = new Map(TUCKMAN_STAGE_INDICATORS.map((s) => [s.stage, s.label]))
const INDICATOR_LABELS = new Map(
  TUCKMAN_STAGE_INDICATORS.flatMap((s) => s.indicators.map((i) => [i.value, i.label])),
)

/** For the class's lecturers: each member's stage self-check with their name, and the team's aggregate; live. */
export function SelfCheckAnswers({ workspaceId }: { workspaceId: string }) {
  const t = useSelfCheckT()
  const pick = useBilingual()
  const lang = useLang()
  const { view, failed } = useSelfCheck(workspaceId)
  if (failed && !view) return null
  return (
    <section
      className="panel self-check"
      aria-labelledby="self-check-answers-heading"
      data-testid="self-check-answers"
    >
      <h2 id="self-check-answers-heading">{t('lecturerHeading')}</h2>
      <p className="notice">{pick(SELF_CHECK_CAVEAT)}</p>
      {!view ? (
        <p className="muted">{t('loading')}</p>
      ) : (
        <>
          <ul className="self-check-answers">
            {(view.answers ?? []).map((a) => (
              <li key={a.userId} data-testid="self-check-answer">
                <strong>{a.name}</strong>: {pick(STAGE_LABELS.get(a.stage))}{' '}
                <span className="muted">
                  ({t('answeredAt', { time: new Date(a.answeredAt).toLocaleString(lang) })})
                </span>
                <br />
                {a.indicators.length > 0
                  ? a.indicators.map((key) => pick(INDICATOR_LABELS.get(key))).join('; ')
                  : t('noIndicators')}
                <br />
                <em>{a.note || t('noNote')}</em>
              </li>
            ))}
          </ul>
          <SelfCheckSummary team={view.team} />
        </>
      )}
    </section>
  )
}
