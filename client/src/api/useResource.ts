import { useCallback, useEffect, useRef, useState } from 'react'
import { settleUnlessCancelled } from './settleUnlessCancelled'

/** Data loaded from the API, with its error and a way to load it again. */
export interface Resource<T> {
  data: T | undefined
  error: unknown
  reload(): Promise<void>
}

/** Load `load()` on mount and whenever `key` changes; `reload` fetches again (e.g. on a socket event). */
export function useResource<T>(load: () => Promise<T>, key: string): Resource<T> {
  const [data, setData] = useState<T | undefined>(undefined)
  const [error, setError] = useState<unknown>(null)
  const latest = useRef(load)
  useEffect(() => {
    latest.current = load
  })

  useEffect(
    () =>
      settleUnlessCancelled(
        latest.current(),
        (value) => {
          setData(value)
          setError(null)
        },
        setError,
      ),
    [key],
  )

  const reload = useCallback(async () => {
    try {
      setData(await latest.current())
      setError(null)
    } catch (e) {
      setError(e)
    }
  }, [])

  return { data, error, reload }
}
