import { useState, type FormEvent, type InputHTMLAttributes } from 'react'
import { ErrorMessage } from './ErrorMessage'
import { Field } from './Field'
import { useAction } from './useAction'

/** One required input of a FieldsForm; its `name` is also the key its value is read by. */
export type FormField<K extends string> = { name: K; label: string } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'name' | 'value' | 'onChange' | 'required'
>

interface Props<K extends string> {
  fields: readonly FormField<K>[]
  submitLabel: string
  /** Sends the form, given a reader of its values; what it throws is shown above the button. */
  onSubmit: (value: (name: K) => string) => Promise<unknown>
}

/** A form of labelled required inputs, the error of the last attempt and a primary submit button, off while busy. */
export function FieldsForm<K extends string>({ fields, submitLabel, onSubmit }: Props<K>) {
  const [values, setValues] = useState<Partial<Record<K, string>>>({})
  const value = (name: K) => values[name] ?? ''
  const action = useAction(() => onSubmit(value))

  const submit = (e: FormEvent) => {
    e.preventDefault()
    void action.run()
  }

  return (
    <form onSubmit={submit}>
      {fields.map(({ name, label, ...input }) => (
        <Field
          key={name}
          label={label}
          {...input}
          name={name}
          value={value(name)}
          onChange={(e) => setValues((old) => ({ ...old, [name]: e.target.value }))}
          required
        />
      ))}
      <ErrorMessage error={action.error} />
      <button type="submit" className="primary" disabled={action.busy}>
        {submitLabel}
      </button>
    </form>
  )
}
