import { useId, useState } from 'react'
import { Link, useParams } from 'react-router'
import { useResource } from '../../api/useResource'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useBilingual } from '../../i18n/useBilingual'
import { AnswerCard } from './AnswerCard'
import { getAssignment, getComparison, type CompareSource } from './api'
import { fieldOptions, type FieldOption } from './fieldOptions'
import { useCompareT, type CompareT } from './i18n'
import './compare.css'

/**
 * `/classes/:classId/assignments/:assignmentId/compare` (lecturers): pick a field of the assignment's templates and
 * see every team's answer side by side, from the live work or the submitted versions; team names can be hidden and
 * the type enlarged for a projector.
 */
export default function ComparePage() {
  const t = useCompareT()
  const pick = useBilingual()
  const { classId = '', assignmentId = '' } = useParams()
  const assignment = useResource(() => getAssignment(classId, assignmentId), `${classId}/${assignmentId}`)
  if (assignment.error) return <ErrorMessage error={assignment.error} />
  if (assignment.data === undefined) return <p className="muted">{t('loading')}</p>
  if (assignment.data === null)
    return (
      <p className="error" role="alert">
        {t('noAssignment')}
      </p>
    )
  return (
    <div className="compare-page">
      <p>
        <Link to={`/classes/${encodeURIComponent(classId)}`}>{t('back')}</Link>
      </p>
      <h1>
        {t('heading')}: {pick(assignment.data.title)}
      </h1>
      <Comparison assignmentId={assignmentId} options={fieldOptions(assignment.data.templates)} t={t} />
    </div>
  )
}

function Comparison({
  assignmentId,
  options,
  t,
}: {
  assignmentId: string
  options: FieldOption[]
  t: CompareT
}) {
  const id = useId()
  const pick = useBilingual()
  const [path, setPath] = useState(
    options.find((o) => o.field?.kind === 'text')?.path ?? options[0]?.path ?? '',
  )
  const [source, setSource] = useState<CompareSource>('live')
  const [hideNames, setHideNames] = useState(false)
  const [large, setLarge] = useState(false)
  const option = options.find((o) => o.path === path)
  const result = useResource(
    () => getComparison(assignmentId, path, source),
    `${assignmentId}/${path}/${source}`,
  )
  const optionLabel = (o: FieldOption) => {
    const section = pick(o.section.title)
    if (o.field === null) return t('wholeCollection', { section })
    if (o.inCollection) return t('itemField', { section, field: pick(o.field.label) })
    return `${section} › ${pick(o.field.label)}`
  }
  const templates = [...new Set(options.map((o) => o.path.split('.')[0] ?? ''))]
  const data = result.data
  // Until the new answer arrives the old one is kept; it is shown only while it matches the chosen field and source.
  const shownPath =
    data && [data.field.templateId, data.field.sectionKey, data.field.fieldKey].filter(Boolean).join('.')
  const current = data !== undefined && shownPath === path && data.source === source
  return (
    <>
      <div className="compare-controls">
        <span>
          <label htmlFor={`${id}-field`}>{t('field')}</label>{' '}
          <select id={`${id}-field`} value={path} onChange={(e) => setPath(e.target.value)}>
            {templates.map((tid) => {
              const group = options.filter((o) => o.path.startsWith(`${tid}.`))
              return (
                <optgroup key={tid} label={pick(group[0]?.template)}>
                  {group.map((o) => (
                    <option key={o.path} value={o.path}>
                      {optionLabel(o)}
                    </option>
                  ))}
                </optgroup>
              )
            })}
          </select>
        </span>
        <span role="group" aria-label={t('source')} className="compare-toggle">
          {(['live', 'submitted'] as const).map((s) => (
            <button key={s} type="button" aria-pressed={source === s} onClick={() => setSource(s)}>
              {s === 'live' ? t('sourceLive') : t('sourceSubmitted')}
            </button>
          ))}
        </span>
        <label>
          <input type="checkbox" checked={hideNames} onChange={(e) => setHideNames(e.target.checked)} />{' '}
          {t('hideNames')}
        </label>
        <label>
          <input type="checkbox" checked={large} onChange={(e) => setLarge(e.target.checked)} />{' '}
          {t('largeType')}
        </label>
      </div>
      <ErrorMessage error={result.error} />
      {!data && !result.error && <p className="muted">{t('loading')}</p>}
      {data && option && current && (
        <section
          className={large ? 'compare-grid compare-large' : 'compare-grid'}
          aria-label={t('answers', { count: data.teams.length })}
          data-testid="compare-grid"
        >
          {data.teams.length === 0 && <p className="muted">{t('noTeams')}</p>}
          {data.teams.map((team, i) => (
            <AnswerCard
              key={team.teamId}
              team={team}
              title={hideNames ? t('team', { n: i + 1 }) : team.teamName}
              option={option}
              submitted={source === 'submitted'}
              t={t}
            />
          ))}
        </section>
      )}
    </>
  )
}
