/**
 * Hand a load's outcome to `onValue` or `onError`, unless the returned cancel ran first. Return it from an effect
 * so a load that finishes after the component moved on (another id, unmounted) changes nothing.
 */
export function settleUnlessCancelled<T>(
  load: Promise<T>,
  onValue: (value: T) => void,
  onError: (error: unknown) => void,
): () => void {
  let cancelled = false
  load.then(
    (value) => {
      if (!cancelled) onValue(value)
    },
    (error: unknown) => {
      if (!cancelled) onError(error)
    },
  )
  return () => {
    cancelled = true
  }
}
