import { useCallback, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'
import type { MultiChoiceField } from '../../../cases/templates/types'
import { useBilingual } from '../i18n/useBilingual'
import { useFormContext } from './formContext'
import { useFieldFocus } from './useFieldFocus'
import { useLocalEdit } from './useLocalEdit'

interface Props {
  chosen: Y.Map<unknown>
  field: MultiChoiceField
  path: string
}

/** The chosen values as one sorted string, so React can compare snapshots by value. */
function readChosen(map: Y.Map<unknown>): string {
  return JSON.stringify(
    [...map.entries()]
      .filter(([, on]) => on === true)
      .map(([value]) => value)
      .sort(),
  )
}

/** Several values from a list: checkboxes over the field's Y.Map of value → true. */
export function MultiChoiceInput({ chosen, field, path }: Props) {
  const bi = useBilingual()
  const { readOnly } = useFormContext()
  const edit = useLocalEdit()
  const focus = useFieldFocus(path)
  const subscribe = useCallback(
    (onChange: () => void) => {
      chosen.observe(onChange)
      return () => chosen.unobserve(onChange)
    },
    [chosen],
  )
  const values = new Set(JSON.parse(useSyncExternalStore(subscribe, () => readChosen(chosen))) as string[])

  const toggle = (value: string, on: boolean) =>
    edit(() => (on ? chosen.set(value, true) : chosen.delete(value)))

  return (
    <div className="checks" role="group" aria-label={bi(field.label)} {...focus}>
      {field.options.map((o) => (
        <label key={o.value} className="check">
          <input
            type="checkbox"
            value={o.value}
            checked={values.has(o.value)}
            disabled={readOnly}
            onChange={(e) => toggle(o.value, e.target.checked)}
          />
          <span>{bi(o.label)}</span>
        </label>
      ))}
    </div>
  )
}
