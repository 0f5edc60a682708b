import { useTranslation } from 'react-i18next'
import * as Y from 'yjs'
import type { ChoiceField } from '../../../cases/templates/types'
import { useBilingual } from '../i18n/useBilingual'
import { useFormContext } from './formContext'
import { useFieldFocus } from './useFieldFocus'
import { useLocalEdit } from './useLocalEdit'
import { useYMapValue } from './useYMapValue'

interface Props {
  section: Y.Map<unknown>
  field: ChoiceField
  path: string
}

/** One value from a list: radio buttons for short lists with help, a select otherwise. */
export function ChoiceInput({ section, field, path }: Props) {
  const { t } = useTranslation()
  const bi = useBilingual()
  const { readOnly } = useFormContext()
  const edit = useLocalEdit()
  const focus = useFieldFocus(path)
  const raw = useYMapValue(section, field.key)
  const value = typeof raw === 'string' ? raw : ''
  const set = (next: string) => edit(() => section.set(field.key, next || null))

  if (field.options.length <= 4) {
    return (
      <div className="radios" role="radiogroup" aria-label={bi(field.label)} {...focus}>
        {field.options.map((o) => (
          <label key={o.value} className="check">
            <input
              type="radio"
              name={path}
              value={o.value}
              checked={value === o.value}
              disabled={readOnly}
              onChange={() => set(o.value)}
            />
            <span>
              {bi(o.label)}
              {o.help && <small className="muted"> — {bi(o.help)}</small>}
            </span>
          </label>
        ))}
        {value && !readOnly && (
          <button type="button" className="link" onClick={() => set('')}>
            {t('form.clearChoice')}
          </button>
        )}
      </div>
    )
  }

  return (
    <select id={path} value={value} disabled={readOnly} onChange={(e) => set(e.target.value)} {...focus}>
      <option value="">{t('form.choose')}</option>
      {field.options.map((o) => (
        <option key={o.value} value={o.value}>
          {bi(o.label)}
        </option>
      ))}
    </select>
  )
}
