import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { SelfCheckAnswer, SelfCheckView } from '../../../../cases/contracts/selfCheck'
import { SELF_CHECK_NOTE_MAX } from '../../../../cases/selfCheck/limits'
import { TUCKMAN_STAGE_INDICATORS, type TuckmanStage } from '../../../../cases/selfCheck/stages'
import { errorText } from '../../components/errorText'
import { useBilingual, useLang } from '../../i18n/useBilingual'
import { putSelfCheck } from './api'
import { useSelfCheckT } from './i18n'

interface Props {
  workspaceId: string
  mine: SelfCheckAnswer | null
  onSaved: (view: SelfCheckView) => void
}

/** One member's private answer: the stage, the characteristics observed (grouped by stage) and a short note. */
export function SelfCheckForm({ workspaceId, mine, onSaved }: Props) {
  const t = useSelfCheckT()
  const { t: tApp } = useTranslation()
  const pick = useBilingual()
  const lang = useLang()
  const [stage, setStage] = useState<TuckmanStage | null>(mine?.stage ?? null)
  const [ticked, setTicked] = useState<Set<string>>(new Set(mine?.indicators ?? []))
  const [note, setNote] = useState(mine?.note ?? '')
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const toggle = (key: string) =>
    setTicked((old) => {
      const next = new Set(old)
      if (!next.delete(key)) next.add(key)
      return next
    })

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!stage) return
    setSaving(true)
    setError(null)
    try {
      const indicators = TUCKMAN_STAGE_INDICATORS.flatMap((s) => s.indicators.map((i) => i.value)).filter(
        (key) => ticked.has(key),
      )
      onSaved(await putSelfCheck(workspaceId, { stage, indicators, note }))
    } catch (e) {
      setError(t('saveFailed', { message: errorText(tApp, e) }))
    } finally {
      setSaving(false)
    }
  }

  return (
    <form className="self-check-form" onSubmit={(e) => void submit(e)}>
      <p>
        <strong>{t('question')}</strong>
      </p>
      <p className="muted">{t('privateNote')}</p>
      <fieldset>
        <legend>{t('stageLegend')}</legend>
        {TUCKMAN_STAGE_INDICATORS.map((s) => (
          <label key={s.stage} className="self-check-choice">
            <input
              type="radio"
              name="self-check-stage"
              value={s.stage}
              checked={stage === s.stage}
              onChange={() => setStage(s.stage)}
            />
            {pick(s.label)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('indicatorsLegend')}</legend>
        {TUCKMAN_STAGE_INDICATORS.map((s) => (
          <fieldset key={s.stage} className="self-check-group">
            <legend>{pick(s.label)}</legend>
            {s.indicators.map((i) => (
              <label key={i.value} className="self-check-choice">
                <input
                  type="checkbox"
                  value={i.value}
                  checked={ticked.has(i.value)}
                  onChange={() => toggle(i.value)}
                />
                {pick(i.label)}
              </label>
            ))}
          </fieldset>
        ))}
      </fieldset>
      <label className="self-check-note">
        {t('noteLabel')}
        <textarea
          value={note}
          maxLength={SELF_CHECK_NOTE_MAX}
          rows={2}
          onChange={(e) => setNote(e.target.value)}
        />
        <span className="muted">{t('noteCount', { n: note.length, max: SELF_CHECK_NOTE_MAX })}</span>
      </label>
      <button type="submit" disabled={!stage || saving}>
        {saving ? t('saving') : mine ? t('update') : t('save')}
      </button>
      {mine && !error && (
        <p className="muted" role="status">
          {t('saved', { time: new Date(mine.answeredAt).toLocaleString(lang) })}
        </p>
      )}
      {error && <p role="alert">{error}</p>}
    </form>
  )
}
