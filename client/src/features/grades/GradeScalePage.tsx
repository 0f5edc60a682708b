import { useState, type FormEvent } from 'react'
import { Link, useParams } from 'react-router'
import { DEFAULT_GRADE_SCALE, type GradeScale } from '../../../../cases/grades/scale'
import { getClass } from '../../api/classes'
import { useResource } from '../../api/useResource'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useAction } from '../../components/useAction'
import { getGradeScale, putGradeScale } from './api'
import { useGradesT } from './i18n'

/** A scale row as typed: the bound stays text until saving (so "72," can be typed on the way to "72,5"). */
interface Row {
  letter: string
  min: string
}

const toRows = (scale: GradeScale): Row[] =>
  scale.grades.map((g) => ({ letter: g.letter, min: String(g.min) }))
const fromRows = (rows: readonly Row[]): GradeScale => ({
  grades: rows.map((r) => ({ letter: r.letter.trim(), min: Number(r.min.trim().replace(',', '.')) })),
})

/** /classes/:classId/review/grade-scale — the lecturer edits the class's letters and their lower bounds. */
export function GradeScalePage() {
  const t = useGradesT()
  const { classId = '' } = useParams()
  const cls = useResource(() => getClass(classId), classId)
  const loaded = useResource(() => getGradeScale(classId), classId)
  // The lecturer's edits; until the first edit the form shows the scale as loaded.
  const [edited, setRows] = useState<Row[] | null>(null)
  const [isDefault, setIsDefault] = useState<boolean | null>(null)
  const [saved, setSaved] = useState(false)
  const rows = edited ?? (loaded.data ? toRows(loaded.data) : null)
  const save = useAction(async () => {
    if (!rows) return
    const scale = await putGradeScale(classId, fromRows(rows))
    setRows(toRows(scale))
    setIsDefault(scale.isDefault)
    setSaved(true)
  })
  const change = (next: Row[]) => {
    setSaved(false)
    setRows(next)
  }
  const submit = (e: FormEvent) => {
    e.preventDefault()
    void save.run()
  }

  return (
    <section className="review-page grade-scale-page">
      <p>
        <Link to={`/classes/${encodeURIComponent(classId)}/review`}>{t('scaleBack')}</Link>
      </p>
      <h1>{t('scaleTitle', { className: cls.data?.name ?? '' })}</h1>
      <p className="muted">{t('scaleIntro')}</p>
      <ErrorMessage error={cls.error ?? loaded.error} />
      {!rows && !loaded.error && <p className="muted">{t('loading')}</p>}
      {loaded.data && <p>{(isDefault ?? loaded.data.isDefault) ? t('scaleDefault') : t('scaleCustom')}</p>}
      {rows && (
        <form onSubmit={submit}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('scaleLetter')}</th>
                <th scope="col">{t('scaleMin')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <tr key={i}>
                  <td>
                    <input
                      aria-label={`${t('scaleLetter')} ${i + 1}`}
                      value={row.letter}
                      maxLength={4}
                      size={4}
                      onChange={(e) =>
                        change(rows.map((r, j) => (j === i ? { ...r, letter: e.target.value } : r)))
                      }
                    />
                  </td>
                  <td>
                    <input
                      aria-label={`${t('scaleMin')} ${i + 1}`}
                      inputMode="decimal"
                      value={row.min}
                      size={5}
                      onChange={(e) =>
                        change(rows.map((r, j) => (j === i ? { ...r, min: e.target.value } : r)))
                      }
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      disabled={rows.length <= 2}
                      onClick={() => change(rows.filter((_, j) => j !== i))}
                    >
                      {t('scaleRemove', { n: i + 1 })}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="actions">
            <button type="button" onClick={() => change([...rows, { letter: '', min: '0' }])}>
              {t('scaleAdd')}
            </button>
            <button type="button" onClick={() => change(toRows(DEFAULT_GRADE_SCALE))}>
              {t('scaleUseDefault')}
            </button>
          </p>
          <ErrorMessage error={save.error} />
          {saved && (
            <p role="status" className="notice">
              {t('scaleSaved')}
            </p>
          )}
          <div className="actions">
            <button type="submit" className="primary" disabled={save.busy}>
              {t('scaleSave')}
            </button>
          </div>
        </form>
      )}
    </section>
  )
}
