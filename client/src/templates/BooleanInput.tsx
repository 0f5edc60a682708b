import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import type { BooleanField } from '../../../cases/templates/types'
import { useBilingual } from '../i18n/useBilingual'
import { useFormContext } from './formContext'
import { useFieldFocus } from './useFieldFocus'
import { useLocalEdit } from './useLocalEdit'
import { useYMapValue } from './useYMapValue'

interface Props {
  section: Y.Map<unknown>
  field: BooleanField
  path: string
}

/** Yes / no (or not answered yet), a plain boolean on the section's Y.Map. */
export function BooleanInput({ section, field, path }: Props) {
  const { t } = useTranslation()
  const bi = useBilingual()
  const { readOnly } = useFormContext()
  const edit = useLocalEdit()
  const focus = useFieldFocus(path)
  const raw = useYMapValue(section, field.key)
  const value = typeof raw === 'boolean' ? raw : null
  const set = (next: boolean | null) => edit(() => section.set(field.key, next))

  return (
    <div className="radios inline" role="radiogroup" aria-label={bi(field.label)} {...focus}>
      <label className="check">
        <input
          type="radio"
          name={path}
          checked={value === true}
          disabled={readOnly}
          onChange={() => set(true)}
        />
        {t('form.yes')}
      </label>
      <label className="check">
        <input
          type="radio"
          name={path}
          checked={value === false}
          disabled={readOnly}
          onChange={() => set(false)}
        />
        {t('form.no')}
      </label>
      {value !== null && !readOnly && (
        <button type="button" className="link" onClick={() => set(null)}>
          {t('form.clearChoice')}
        </button>
      )}
    </div>
  )
}
