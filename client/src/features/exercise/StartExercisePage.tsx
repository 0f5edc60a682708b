import { useState, type FormEvent } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import { getClass } from '../../api/classes'
import { listCases, listTemplates } from '../../api/library'
import { useResource } from '../../api/useResource'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useAction } from '../../components/useAction'
import { useServerEvents } from '../../realtime/useServerEvents'
import { CasePicker } from '../lecturer/CasePicker'
import { TemplatePicker } from '../lecturer/TemplatePicker'
import { startExercise } from './api'
import { ExerciseList } from './ExerciseList'
import { useExerciseT } from './i18n'
import { TeamSizesPreview } from './TeamSizesPreview'

/** /classes/:classId/exercise — choose a case, templates and a duration, and start the exercise at once. */
export function StartExercisePage() {
  const t = useExerciseT()
  const { classId = '' } = useParams()
  const navigate = useNavigate()
  const cases = useResource(listCases, 'cases')
  const templates = useResource(listTemplates, 'templates')
  const cls = useResource(() => getClass(classId), classId)
  // A co-lecturer may start one meanwhile.
  useServerEvents({
    'assignment:created': (p) => {
      if (p.classId === classId) void cls.reload()
    },
  })
  const [caseId, setCaseId] = useState('')
  const [chosen, setChosen] = useState<string[]>(['fiveC'])
  const [minutes, setMinutes] = useState('20')
  const [teamSize, setTeamSize] = useState('')
  const start = useAction(async () => {
    const size = teamSize.trim() ? Number(teamSize) : undefined
    const created = await startExercise(classId, {
      caseId,
      templates: chosen,
      durationMinutes: Number(minutes),
      ...(size ? { teamSize: size } : {}),
    })
    await navigate(`/classes/${encodeURIComponent(classId)}/exercise/${encodeURIComponent(created.id)}`)
  })
  const submit = (e: FormEvent) => {
    e.preventDefault()
    void start.run()
  }
  const valid = caseId !== '' && chosen.length > 0 && Number(minutes) > 0

  return (
    <section className="exercise-page">
      <p>
        <Link to={`/classes/${encodeURIComponent(classId)}`}>{t('backToClass')}</Link>
      </p>
      <h1>{t('title')}</h1>
      <ErrorMessage error={cases.error ?? templates.error} />
      <ExerciseList classId={classId} assignments={cls.data?.assignments ?? []} />
      <h2>{t('newExercise')}</h2>
      <form onSubmit={submit}>
        <CasePicker cases={cases.data ?? []} value={caseId} onChange={setCaseId} />
        <TemplatePicker templates={templates.data ?? []} value={chosen} onChange={setChosen} />
        <label className="field">
          <span>{t('duration')}</span>
          <input
            type="number"
            name="durationMinutes"
            min={1}
            max={600}
            step={1}
            required
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('teamSize')}</span>
          <input
            type="number"
            name="teamSize"
            min={1}
            max={20}
            step={1}
            value={teamSize}
            onChange={(e) => setTeamSize(e.target.value)}
          />
        </label>
        {Number(teamSize) >= 1 && (
          <TeamSizesPreview
            waiting={cls.data?.students.filter((s) => s.teamId === null).length ?? 0}
            teamSize={Math.round(Number(teamSize))}
          />
        )}
        <ErrorMessage error={start.error} />
        <button type="submit" className="primary" disabled={start.busy || !valid}>
          {t('start')}
        </button>
      </form>
    </section>
  )
}
