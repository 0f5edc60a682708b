import type { Dispatch, SetStateAction } from 'react'
import type { GradeDraft } from './gradeDraft'
import { useReviewT } from './i18n'

interface Props {
  members: { id: string; name: string }[]
  draft: GradeDraft
  setDraft: Dispatch<SetStateAction<GradeDraft>>
}

/** One row per member: an overriding score and its reason (both empty: the member gets the team's score). */
export function MemberAdjustments({ members, draft, setDraft }: Props) {
  const t = useReviewT()
  if (members.length === 0) return null
  const set = (id: string, key: 'points' | 'reason', value: string) =>
    setDraft((d) => {
      const current = d.adjustments[id] ?? { points: '', reason: '' }
      return { ...d, adjustments: { ...d.adjustments, [id]: { ...current, [key]: value } } }
    })
  return (
    <fieldset className="review-adjustments">
      <legend>{t('adjustmentsHeading')}</legend>
      <p className="muted small">{t('adjustmentsHelp')}</p>
      {members.map((m) => (
        <div key={m.id} className="review-adjustment">
          <label className="field">
            <span>{t('adjustedPoints', { name: m.name })}</span>
            <input
              type="number"
              min={0}
              step="any"
              inputMode="decimal"
              value={draft.adjustments[m.id]?.points ?? ''}
              onChange={(e) => set(m.id, 'points', e.target.value)}
            />
          </label>
          <label className="field">
            <span>{t('adjustmentReason', { name: m.name })}</span>
            <input
              value={draft.adjustments[m.id]?.reason ?? ''}
              onChange={(e) => set(m.id, 'reason', e.target.value)}
            />
          </label>
        </div>
      ))}
    </fieldset>
  )
}
