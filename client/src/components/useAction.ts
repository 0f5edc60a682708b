import { useCallback, useState } from 'react'

/** Run an async action from a button or form, tracking whether it is busy and its error. */
export function useAction<A extends unknown[]>(action: (...args: A) => Promise<unknown>) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const run = useCallback(
    async (...args: A): Promise<boolean> => {
      setBusy(true)
      setError(null)
      try {
        await action(...args)
        return true
      } catch (e) {
        setError(e)
        return false
      } finally {
        setBusy(false)
      }
    },
    [action],
  )
  return { run, busy, error }
}
