import { useTranslation } from 'react-i18next'
import type { CaseSummary } from '../../../../cases/contracts/http'
import { useBilingual } from '../../i18n/useBilingual'

interface Props {
  cases: CaseSummary[]
  value: string
  onChange(caseId: string): void
}

/** Choose one case from the library: title and summary in the current language. */
export function CasePicker({ cases, value, onChange }: Props) {
  const { t } = useTranslation()
  const bi = useBilingual()
  return (
    <fieldset>
      <legend>{t('assign.case')}</legend>
      {cases.map((c) => (
        <label key={c.id} className="choice-card">
          <input
            type="radio"
            name="caseId"
            value={c.id}
            checked={value === c.id}
            onChange={() => onChange(c.id)}
          />
          <span>
            <strong>{bi(c.title)}</strong>
            <br />
            <span className="muted">{bi(c.summary)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  )
}
