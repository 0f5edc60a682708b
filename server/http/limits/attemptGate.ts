import { AppError } from '../../services/errors'
import { AttemptWindow } from './attemptWindow'

/** One window: at most `max` failures within `windowMs`. */
export interface WindowLimit {
  max: number
  windowMs: number
}

/** The windows every credential attempt (login, join, rejoin) is subject to. */
export interface AttemptLimits {
  /** Per client address, whatever it tries: high enough for a class's typos behind one NAT. */
  perAddress: WindowLimit
  /** Per client address and target (an e-mail, or a join code): stops one address guessing one secret. */
  perAddressAndTarget: WindowLimit
  /** Per target across all addresses: a brake on distributed guessing, far above a class's typos. */
  perTarget: WindowLimit
}

/** Waiting attempts one address may have; more are refused at once. */
const MAX_WAITING_PER_ADDRESS = 100
/** Waiting attempts in all. */
const MAX_WAITING = 2_000
/** The longest an attempt waits for a slot before it is refused. */
const MAX_WAIT_MS = 20_000

type Slot = readonly [AttemptWindow, string]

interface Waiter {
  address: string
  slots: Slot[]
  go(): void
  refuse(error: AppError): void
}

const rateLimited = (seconds: number) =>
  new AppError('rate_limited', 'Too many failed attempts. Try again later.', seconds)

/** A wrong password or code: what the limits count. */
const isFailure = (error: unknown) => error instanceof AppError && error.status === 401

/**
 * Counts credential attempts before the work. An attempt takes a slot in each of its windows when it starts; it
 * becomes a failure if the work throws a 401 and is freed otherwise. When failures alone fill a window the attempt
 * is refused with 429 at once; when attempts still in flight fill it, it waits its turn (so 60 students joining at
 * once from one address all get in) and is refused if those attempts turn out to be failures.
 */
export class AttemptGate {
  readonly #byAddress: AttemptWindow
  readonly #byAddressAndTarget: AttemptWindow
  readonly #byTarget: AttemptWindow
  readonly #waiters = new Set<Waiter>()
  readonly #waitingPerAddress = new Map<string, number>()

  constructor(limits: AttemptLimits, now: () => number = Date.now) {
    const window = (l: WindowLimit) => new AttemptWindow(l.max, l.windowMs, now)
    this.#byAddress = window(limits.perAddress)
    this.#byAddressAndTarget = window(limits.perAddressAndTarget)
    this.#byTarget = window(limits.perTarget)
  }

  /** Run `work` as one attempt from `address` at `target` (e.g. `email:…`); a 401 it throws counts as a failure. */
  async run<T>(address: string, target: string, work: () => Promise<T>): Promise<T> {
    const slots: Slot[] = [
      [this.#byAddress, address],
      [this.#byAddressAndTarget, `${address} ${target}`],
      [this.#byTarget, target],
    ]
    await this.#enter(address, slots)
    let failed = false
    try {
      return await work()
    } catch (error) {
      failed = isFailure(error)
      throw error
    } finally {
      for (const [window, key] of slots) window.settle(key, failed)
      this.#wake()
    }
  }

  /** Reserve every slot and answer 'go', or the seconds a refusal should name, or 'wait'. */
  #tryEnter(slots: Slot[]): 'go' | 'wait' | number {
    let blockedFor = 0
    let busy = false
    for (const [window, key] of slots) {
      const verdict = window.verdict(key)
      if (verdict.kind === 'blocked') blockedFor = Math.max(blockedFor, verdict.retryAfter)
      else if (verdict.kind === 'busy') busy = true
    }
    if (blockedFor > 0) return blockedFor
    if (busy) return 'wait'
    for (const [window, key] of slots) window.reserve(key)
    return 'go'
  }

  #enter(address: string, slots: Slot[]): Promise<void> {
    const now = this.#tryEnter(slots)
    if (now === 'go') return Promise.resolve()
    if (typeof now === 'number') return Promise.reject(rateLimited(now))
    const waiting = this.#waitingPerAddress.get(address) ?? 0
    if (waiting >= MAX_WAITING_PER_ADDRESS || this.#waiters.size >= MAX_WAITING)
      return Promise.reject(rateLimited(1))
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#forget(waiter)
        reject(rateLimited(1))
      }, MAX_WAIT_MS)
      const waiter: Waiter = {
        address,
        slots,
        go: () => (clearTimeout(timer), resolve()),
        refuse: (error) => (clearTimeout(timer), reject(error)),
      }
      this.#waiters.add(waiter)
      this.#waitingPerAddress.set(address, waiting + 1)
    })
  }

  /** After an attempt ended: let waiters in, in order of arrival, or refuse those now blocked. */
  #wake(): void {
    for (const waiter of this.#waiters) {
      const now = this.#tryEnter(waiter.slots)
      if (now === 'wait') continue
      this.#forget(waiter)
      if (now === 'go') waiter.go()
      else waiter.refuse(rateLimited(now))
    }
  }

  #forget(waiter: Waiter): void {
    if (!this.#waiters.delete(waiter)) return
    const left = (this.#waitingPerAddress.get(waiter.address) ?? 1) - 1
    if (left > 0) this.#waitingPerAddress.set(waiter.address, left)
    else this.#waitingPerAddress.delete(waiter.address)
  }
}
