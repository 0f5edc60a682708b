import type { InputHTMLAttributes } from 'react'

/** A labelled input on its own line. */
export function Field({ label, ...input }: { label: string } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <label className="field">
      <span>{label}</span>
      <input {...input} />
    </label>
  )
}
