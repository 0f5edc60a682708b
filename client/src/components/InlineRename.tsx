import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorMessage } from './ErrorMessage'
import { useAction } from './useAction'

interface Props {
  name: string
  /** Accessible label of the rename button and the text box. */
  label: string
  onRename(name: string): Promise<unknown>
  /** How the name is shown when not editing. */
  children: ReactNode
}

/** A name with a "rename" button that turns it into a small form. */
export function InlineRename({ name, label, onRename, children }: Props) {
  const { t } = useTranslation()
  const [editing, setEditing] = useState(false)
  const [value, setValue] = useState(name)
  const rename = useAction(async () => {
    await onRename(value)
    setEditing(false)
  })

  if (!editing) {
    return (
      <>
        {children}{' '}
        <button
          type="button"
          className="link"
          aria-label={label}
          onClick={() => {
            setValue(name)
            setEditing(true)
          }}
        >
          {t('teams.rename')}
        </button>
      </>
    )
  }
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault()
        void rename.run()
      }}
    >
      <input aria-label={label} value={value} onChange={(e) => setValue(e.target.value)} required />
      <button type="submit" disabled={rename.busy}>
        {t('common.save')}
      </button>
      <button type="button" onClick={() => setEditing(false)}>
        {t('common.cancel')}
      </button>
      <ErrorMessage error={rename.error} />
    </form>
  )
}
