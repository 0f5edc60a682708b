import type { TemplateSummary } from '../../../../cases/contracts/http'
import { useBilingual } from '../../i18n/useBilingual'
import { useCasesT } from './i18n'

interface Props {
  templates: TemplateSummary[]
  value: string[]
  onChange(ids: string[]): void
}

/** Which templates the case suits (GET /api/templates), as a checklist. */
export function TemplateChecklist({ templates, value, onChange }: Props) {
  const t = useCasesT()
  const bi = useBilingual()
  const toggle = (id: string, on: boolean) => onChange(on ? [...value, id] : value.filter((v) => v !== id))
  return (
    <fieldset>
      <legend>{t('fieldTemplates')}</legend>
      {templates.map((tpl) => (
        <label key={tpl.id} className="check">
          <input
            type="checkbox"
            value={tpl.id}
            checked={value.includes(tpl.id)}
            onChange={(e) => toggle(tpl.id, e.target.checked)}
          />
          <span>{bi(tpl.title)}</span>
        </label>
      ))}
    </fieldset>
  )
}
