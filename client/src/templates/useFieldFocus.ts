import { useFormContext } from './formContext'

/** Focus handlers that tell teammates (awareness `field`) which field one is in. */
export function useFieldFocus(path: string) {
  const { awareness } = useFormContext()
  return {
    onFocus: () => awareness.setLocalStateField('field', path),
    onBlur: () => {
      if (awareness.getLocalState()?.field === path) awareness.setLocalStateField('field', null)
    },
  }
}
