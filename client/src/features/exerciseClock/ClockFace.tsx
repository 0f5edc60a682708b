import { formatRemaining, remainingAt, type LocalClock } from './skewClock'
import { useNow } from './useNow'

/** The time left of a local clock as "mm:ss", ticking while it runs (shared by the banner and the control room). */
export function ClockFace({
  clock,
  label,
  className,
}: {
  clock: LocalClock
  label: string
  className?: string
}) {
  const now = useNow(clock.status === 'running')
  return (
    <time
      className={className}
      aria-label={label}
      data-exercise-clock={clock.status}
      dateTime={`PT${Math.ceil(remainingAt(clock, now) / 1000)}S`}
    >
      {formatRemaining(remainingAt(clock, now))}
    </time>
  )
}
