import { useTranslation } from 'react-i18next'
import type { TemplateSummary } from '../../../../cases/contracts/http'
import { useBilingual } from '../../i18n/useBilingual'

interface Props {
  templates: TemplateSummary[]
  value: string[]
  onChange(ids: string[]): void
}

/** Choose the templates the teams fill (GET /api/templates). */
export function TemplatePicker({ templates, value, onChange }: Props) {
  const { t } = useTranslation()
  const bi = useBilingual()
  const toggle = (id: string, on: boolean) => onChange(on ? [...value, id] : value.filter((v) => v !== id))
  return (
    <fieldset>
      <legend>{t('assign.templates')}</legend>
      {templates.map((tpl) => (
        <label key={tpl.id} className="choice-card">
          <input
            type="checkbox"
            value={tpl.id}
            checked={value.includes(tpl.id)}
            onChange={(e) => toggle(tpl.id, e.target.checked)}
          />
          <span>
            <strong>{bi(tpl.title)}</strong>
            <br />
            <span className="muted">{bi(tpl.summary)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  )
}
