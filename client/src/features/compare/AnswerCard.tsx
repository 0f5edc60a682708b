import type { ComparedTeam } from '../../../../cases/contracts/compare'
import type { FieldJson } from '../../../../cases/templates/types'
import { useBilingual } from '../../i18n/useBilingual'
import { valueText, type ValueWords } from '../print/valueText'
import type { FieldOption } from './fieldOptions'
import type { CompareT } from './i18n'

interface Props {
  team: ComparedTeam
  /** The card's title: the team's name, or "Team n" when names are hidden. */
  title: string
  option: FieldOption
  /** Answers come from submitted versions: a team without one has not submitted. */
  submitted: boolean
  t: CompareT
}

/** One team's answer: text as text, choices as labels, collections as lists. */
export function AnswerCard({ team, title, option, submitted, t }: Props) {
  const pick = useBilingual()
  const words: ValueWords = { empty: t('empty'), yes: t('yes'), no: t('no'), pick }
  const status = team.status === 'submitted' ? t('statusSubmitted') : t('statusOpen')
  return (
    <article className="compare-card" data-team={team.teamId}>
      <header>
        <h2>{title}</h2>
        <span className="compare-status">
          {status}
          {team.version !== undefined && ` · ${t('version', { n: team.version })}`}
        </span>
      </header>
      {submitted && team.version === undefined ? (
        <p className="compare-muted">{t('notSubmitted')}</p>
      ) : (
        <Answer value={team.value} option={option} words={words} t={t} />
      )}
    </article>
  )
}

function Answer({
  value,
  option,
  words,
  t,
}: {
  value: ComparedTeam['value']
  option: FieldOption
  words: ValueWords
  t: CompareT
}) {
  const { field } = option
  if (field === null) {
    // A whole collection: one line per item, "label: value" for every item field.
    const items = Array.isArray(value) ? (value as Record<string, FieldJson>[]) : []
    if (items.length === 0) return <p className="compare-muted">{t('noItems')}</p>
    const fields = option.section.collection?.itemFields ?? []
    return (
      <ol className="compare-list">
        {items.map((item, i) => (
          <li key={String(item.id ?? i)}>
            {fields.map((f) => `${words.pick(f.label)}: ${valueText(f, item[f.key], words)}`).join(' · ')}
          </li>
        ))}
      </ol>
    )
  }
  if (option.inCollection) {
    const values = Array.isArray(value) ? (value as FieldJson[]) : []
    if (values.length === 0) return <p className="compare-muted">{t('noItems')}</p>
    return (
      <ol className="compare-list">
        {values.map((v, i) => (
          <li key={i}>{valueText(field, v, words)}</li>
        ))}
      </ol>
    )
  }
  return <p className="compare-text">{valueText(field, value as FieldJson, words)}</p>
}
