import { useState, type FormEvent } from 'react'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useAction } from '../../components/useAction'
import { broadcast } from './api'
import { useExerciseT } from './i18n'

/** A short message to every team of the exercise. */
export function BroadcastForm({ exerciseId }: { exerciseId: string }) {
  const t = useExerciseT()
  const [message, setMessage] = useState('')
  const [sent, setSent] = useState(false)
  const send = useAction(async () => {
    await broadcast(exerciseId, message.trim())
    setMessage('')
    setSent(true)
  })
  const submit = (e: FormEvent) => {
    e.preventDefault()
    void send.run()
  }
  return (
    <form className="exercise-broadcast" onSubmit={submit}>
      <label className="field">
        <span>{t('broadcast')}</span>
        <input
          name="message"
          maxLength={500}
          value={message}
          onChange={(e) => {
            setMessage(e.target.value)
            setSent(false)
          }}
        />
      </label>
      <button type="submit" disabled={send.busy || message.trim() === ''}>
        {t('send')}
      </button>
      {sent && <span className="muted small"> {t('sent')}</span>}
      <ErrorMessage error={send.error} />
    </form>
  )
}
