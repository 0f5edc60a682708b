import { ApiError } from './client'

const oneSecond = () => new Promise((resolve) => setTimeout(resolve, 1000))

/**
 * Send until the server stops refusing with 429 `busyCode` (too many at once from one network, not a wrong
 * answer), waiting the seconds its Retry-After names before each retry. `onWait` hears the seconds left, counting
 * down, and null when the wait is over. Any other error, or `cancelled()`, ends the loop with that error.
 */
export async function retryWhileBusy<T>(
  send: () => Promise<T>,
  busyCode: string,
  onWait: (seconds: number | null) => void,
  cancelled: () => boolean = () => false,
): Promise<T> {
  try {
    for (;;) {
      try {
        return await send()
      } catch (error) {
        if (!(error instanceof ApiError) || error.code !== busyCode) throw error
        for (let left = error.retryAfterSeconds ?? 1; left > 0; left -= 1) {
          if (cancelled()) throw error
          onWait(left)
          await oneSecond()
        }
        if (cancelled()) throw error
      }
    }
  } finally {
    onWait(null)
  }
}
