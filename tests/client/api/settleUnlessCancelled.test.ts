import { describe, expect, it, vi } from 'vitest'
import { settleUnlessCancelled } from '../../../client/src/api/settleUnlessCancelled'

describe('a load handed over unless cancelled', () => {
  it('gives the value or the error to its handler', async () => {
    const onValue = vi.fn()
    const onError = vi.fn()
    settleUnlessCancelled(Promise.resolve(42), onValue, onError)
    settleUnlessCancelled(Promise.reject(new Error('gagal')), onValue, onError)
    await vi.waitFor(() => {
      expect(onValue).toHaveBeenCalledWith(42)
      expect(onError).toHaveBeenCalledWith(new Error('gagal'))
    })
  })

  it('changes nothing once cancelled, whether the load succeeds or fails', async () => {
    const onValue = vi.fn()
    const onError = vi.fn()
    const loads = [Promise.resolve(1), Promise.reject(new Error('x'))]
    for (const load of loads) settleUnlessCancelled(load, onValue, onError)()
    // The handlers were attached first, so they have run once every load has settled.
    await Promise.allSettled(loads)
    expect(onValue).not.toHaveBeenCalled()
    expect(onError).not.toHaveBeenCalled()
  })
})
