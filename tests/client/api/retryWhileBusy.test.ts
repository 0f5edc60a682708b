import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '../../../client/src/api/client'
import { retryWhileBusy } from '../../../client/src/api/retryWhileBusy'

const busy = (seconds: number) => new ApiError(429, 'too_many_joins', 'busy', seconds)

afterEach(() => {
  vi.useRealTimers()
})

describe('retrying while the server is busy', () => {
  it('waits the seconds Retry-After names, counting down, then tries again', async () => {
    vi.useFakeTimers()
    const answers = [busy(2), busy(1)]
    const send = vi.fn(async () => {
      const next = answers.shift()
      if (next) throw next
      return 'masuk'
    })
    const heard: (number | null)[] = []
    const result = retryWhileBusy(send, 'too_many_joins', (s) => heard.push(s))
    await vi.runAllTimersAsync()
    expect(await result).toBe('masuk')
    expect(send).toHaveBeenCalledTimes(3)
    expect(heard).toEqual([2, 1, 1, null])
  })

  it('passes any other error on at once, and stops when cancelled', async () => {
    const wrong = new ApiError(401, 'invalid_credentials', 'wrong')
    await expect(
      retryWhileBusy(
        () => Promise.reject(wrong),
        'too_many_joins',
        () => undefined,
      ),
    ).rejects.toBe(wrong)
    const send = vi.fn(() => Promise.reject(busy(5)))
    await expect(
      retryWhileBusy(
        send,
        'too_many_joins',
        () => undefined,
        () => true,
      ),
    ).rejects.toMatchObject({
      code: 'too_many_joins',
    })
    expect(send).toHaveBeenCalledTimes(1)
  })
})
