import { useId, useState } from 'react'
import type { FieldDiff, SnapshotSummary } from '../../../../cases/contracts/history'
import type { Lang } from '../../../../cases/i18n/bilingual'
import { ErrorMessage } from '../../components/ErrorMessage'
import { formatZoned } from '../../components/zonedTime'
import { getDiff } from './api'
import type { HistoryT } from './i18n'
import { reasonText } from './reason'
import { textFields } from './textFields'

interface Props {
  workspaceId: string
  templates: string[]
  snapshots: SnapshotSummary[]
  lang: Lang
  t: HistoryT
}

/** Pick a text field and two moments (snapshots or now) and see the word diff between them. */
export function DiffView({ workspaceId, templates, snapshots, lang, t }: Props) {
  const id = useId()
  const fields = textFields(templates)
  const [field, setField] = useState(fields[0]?.path ?? '')
  const [from, setFrom] = useState(snapshots[0]?.id ?? 'current')
  const [to, setTo] = useState('current')
  const [diff, setDiff] = useState<FieldDiff | null>(null)
  const [error, setError] = useState<unknown>(null)
  const moments = [
    { id: 'current', text: t('current') },
    ...snapshots.map((s) => ({ id: s.id, text: `${formatZoned(s.takenAt, lang)} · ${reasonText(s, t)}` })),
  ]
  const show = async () => {
    setError(null)
    try {
      setDiff(await getDiff(workspaceId, from, to, field))
    } catch (e) {
      setDiff(null)
      setError(e)
    }
  }
  const select = (label: string, key: string, value: string, set: (v: string) => void) => (
    <span>
      <label htmlFor={`${id}-${key}`}>{label}</label>{' '}
      <select id={`${id}-${key}`} value={value} onChange={(e) => set(e.target.value)}>
        {moments.map((m) => (
          <option key={m.id} value={m.id}>
            {m.text}
          </option>
        ))}
      </select>
    </span>
  )
  const pick = (text: { id: string; en: string }) => text[lang] || text.id
  return (
    <section className="history-diff" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('diffHeading')}</h3>
      <div className="history-diff-controls">
        <span>
          <label htmlFor={`${id}-field`}>{t('diffField')}</label>{' '}
          <select id={`${id}-field`} value={field} onChange={(e) => setField(e.target.value)}>
            {fields.map((f) => (
              <option key={f.path} value={f.path}>
                {`${pick(f.template)} › ${pick(f.section)} › ${pick(f.label)}`}
              </option>
            ))}
          </select>
        </span>
        {select(t('diffFrom'), 'from', from, setFrom)}
        {select(t('diffTo'), 'to', to, setTo)}
        <button type="button" onClick={() => void show()} disabled={!field}>
          {t('diffShow')}
        </button>
      </div>
      <ErrorMessage error={error} />
      {diff && <DiffText diff={diff} t={t} />}
    </section>
  )
}

/**
 * The diff as running text: insertions underlined in <ins>, deletions struck through in <del>, each also announced
 * in words (hidden brackets for screen readers and print), so nothing depends on colour.
 */
function DiffText({ diff, t }: { diff: FieldDiff; t: HistoryT }) {
  const changed = diff.changes.some((c) => c.op !== 'equal')
  return (
    <div className="history-diff-result" data-testid="history-diff">
      <p className="muted small">{changed ? t('diffLegend') : t('diffNone')}</p>
      <p className="history-diff-text">
        {diff.changes.map((change, i) => {
          if (change.op === 'equal') return <span key={i}>{change.text}</span>
          const Tag = change.op === 'insert' ? 'ins' : 'del'
          return (
            <Tag key={i} title={change.op === 'insert' ? t('inserted') : t('deleted')}>
              <span className="visually-hidden">
                {change.op === 'insert' ? t('insertStart') : t('deleteStart')}
              </span>
              {change.text}
              <span className="visually-hidden">{t('markEnd')}</span>
            </Tag>
          )
        })}
      </p>
    </div>
  )
}
