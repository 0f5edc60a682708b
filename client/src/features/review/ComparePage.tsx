import { useState } from 'react'
import { Link, useParams } from 'react-router'
import { findTemplate } from '../../../../cases/templates'
import type { FieldJson } from '../../../../cases/templates/types'
import { getClass } from '../../api/classes'
import { useResource } from '../../api/useResource'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useBilingual } from '../../i18n/useBilingual'
import { getExport, getOverview, getVersion } from './api'
import { comparableFields } from './compareFields'
import { fieldText, itemNames } from './fieldText'
import { useReviewT } from './i18n'

/** Each workspace's shown result: its latest version, or the live export before any submission. */
async function loadResults(classId: string, assignmentId: string) {
  const overview = await getOverview(classId)
  const rows = overview.workspaces.filter((w) => w.assignmentId === assignmentId)
  return Promise.all(
    rows.map(async (w) => ({
      workspaceId: w.workspaceId,
      teamId: w.teamId,
      version: w.lastSubmission?.version ?? null,
      result: w.lastSubmission
        ? await getVersion(w.workspaceId, w.lastSubmission.version)
        : await getExport(w.workspaceId),
    })),
  )
}

/** /classes/:classId/review/compare/:assignmentId — every team's answer to one chosen field, side by side. */
export function ComparePage() {
  const t = useReviewT()
  const pick = useBilingual()
  const { classId = '', assignmentId = '' } = useParams()
  const cls = useResource(() => getClass(classId), classId)
  const results = useResource(() => loadResults(classId, assignmentId), `${classId}/${assignmentId}`)
  const assignment = cls.data?.assignments.find((a) => a.id === assignmentId)
  const fields = assignment ? comparableFields(assignment.templates, pick) : []
  const [chosen, setChosen] = useState('')
  // Until the lecturer picks one, the first field is shown.
  const field = fields.find((f) => f.key === chosen) ?? fields[0]
  const words = { empty: t('emptyValue'), yes: t('yes'), no: t('no'), pick }

  return (
    <section className="review-page">
      <p>
        <Link to={`/classes/${encodeURIComponent(classId)}/review`}>{t('backToDashboard')}</Link>
      </p>
      <ErrorMessage error={cls.error ?? results.error} />
      {cls.data && !assignment && <p className="error">{t('compareUnknown')}</p>}
      {assignment && (
        <>
          <h1>{t('compareTitle', { title: pick(assignment.title) })}</h1>
          <p className="muted">{t('compareIntro')}</p>
          <label className="field">
            <span>{t('comparePicker')}</span>
            <select value={field?.key ?? ''} onChange={(e) => setChosen(e.target.value)}>
              {fields.map((f) => (
                <option key={f.key} value={f.key}>
                  {f.label}
                </option>
              ))}
            </select>
          </label>
          {!results.data && !results.error && <p className="muted">{t('loading')}</p>}
          {field && results.data && (
            <ul className="review-compare">
              {results.data.map((r) => {
                const team = cls.data?.teams.find((x) => x.id === r.teamId)
                const template = findTemplate(field.templateId)
                const content = r.result.templates[field.templateId] as Record<string, unknown> | undefined
                const section = content?.[field.sectionKey] as Record<string, FieldJson> | undefined
                const names = template ? itemNames(template, content) : new Map<string, string>()
                return (
                  <li key={r.workspaceId} className="panel">
                    <h2>{team?.name ?? r.teamId}</h2>
                    <p className="muted small">
                      {r.version === null ? t('compareLive') : t('version', { n: r.version })}
                    </p>
                    <p className="review-text">
                      {fieldText(field.field, section?.[field.field.key], words, names)}
                    </p>
                  </li>
                )
              })}
            </ul>
          )}
        </>
      )}
    </section>
  )
}
