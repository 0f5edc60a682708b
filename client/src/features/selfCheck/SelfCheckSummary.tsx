import type { SelfCheckTeam } from '../../../../cases/contracts/selfCheck'
import { SELF_CHECK_DISCUSS, SELF_CHECK_STAGE_NOTES } from '../../../../cases/selfCheck/prompts'
import { TUCKMAN_STAGE_INDICATORS } from '../../../../cases/selfCheck/stages'
import { useBilingual } from '../../i18n/useBilingual'
import { useSelfCheckT } from './i18n'

const TOP = 5

/** Indicator key → its bilingual label. */
const LABELS = new Map(TUCKMAN_STAGE_INDICATORS.flatMap((s) => s.indicators.map((i) => [i.value, i.label])))

/** The team's aggregate: how many answered, per stage, the most observed characteristics, and a prompt on a spread. */
export function SelfCheckSummary({ team }: { team: SelfCheckTeam }) {
  const t = useSelfCheckT()
  const pick = useBilingual()
  const top = Object.entries(team.indicators)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .slice(0, TOP)
  return (
    <div className="self-check-summary" data-testid="self-check-summary">
      <h3>{t('teamHeading')}</h3>
      <p data-testid="self-check-answered">{t('answered', { n: team.responses, members: team.members })}</p>
      {team.responses === 0 ? (
        <p className="muted">{t('noAnswers')}</p>
      ) : (
        <>
          <ul className="self-check-stages">
            {TUCKMAN_STAGE_INDICATORS.map((s) => (
              <li key={s.stage}>
                <span>{t('stageCount', { stage: pick(s.label), n: team.byStage[s.stage] })}</span>
                <meter min={0} max={Math.max(team.responses, 1)} value={team.byStage[s.stage]} />
              </li>
            ))}
          </ul>
          {top.length > 0 && (
            <>
              <h4>{t('topIndicators')}</h4>
              <ul>
                {top.map(([key, n]) => (
                  <li key={key}>{t('indicatorCount', { label: pick(LABELS.get(key)), n })}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      {team.spread && (
        <div className="notice self-check-discuss" role="note" data-testid="self-check-discuss">
          <h4>{t('discussHeading')}</h4>
          <p>{pick(SELF_CHECK_DISCUSS)}</p>
          <ul>
            {TUCKMAN_STAGE_INDICATORS.filter((s) => team.byStage[s.stage] > 0).map((s) => (
              <li key={s.stage}>{pick(SELF_CHECK_STAGE_NOTES[s.stage])}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}
