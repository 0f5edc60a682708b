import type { Request } from 'express'
import { AttemptGate, type AttemptLimits } from './attemptGate'
import { SuccessBudget, type BucketLimit } from './successBudget'

const FIFTEEN_MINUTES = 15 * 60_000

/** Every limit of the credential routes (documented in README.md and docs/api.md). */
export interface Limits {
  attempts: AttemptLimits
  /** Successful joins of new students, per address. */
  joins: BucketLimit
  /** Successful lecturer registrations, per address. */
  registrations: BucketLimit
}

/**
 * Defaults. Failures: 30 per address, 10 per address and e-mail or join code, and 200 per e-mail or join code
 * from all addresses together, each within 15 minutes. Joins: 60 at once from one address, then 2 a second
 * (240 within two minutes). Registrations: 20 at once, then 10 a minute.
 */
export const DEFAULT_LIMITS: Limits = {
  attempts: {
    perAddress: { max: 30, windowMs: FIFTEEN_MINUTES },
    perAddressAndTarget: { max: 10, windowMs: FIFTEEN_MINUTES },
    perTarget: { max: 200, windowMs: FIFTEEN_MINUTES },
  },
  joins: { capacity: 60, perSecond: 2 },
  registrations: { capacity: 20, perSecond: 10 / 60 },
}

/** The limiters of one app, shared by its routes. */
export interface Limiters {
  attempts: AttemptGate
  joins: SuccessBudget
  registrations: SuccessBudget
}

/** Make the limiters of one app. */
export function createLimiters(limits: Limits = DEFAULT_LIMITS): Limiters {
  return {
    attempts: new AttemptGate(limits.attempts),
    joins: new SuccessBudget(
      limits.joins,
      'too_many_joins',
      'Many students are joining from this network at once. Try again in a few seconds.',
    ),
    registrations: new SuccessBudget(
      limits.registrations,
      'too_many_signups',
      'Too many accounts were registered from this network. Try again later.',
    ),
  }
}

/** The address limits count by (the proxy's client address when TRUST_PROXY is set). */
export const clientAddress = (req: Request): string => req.ip ?? 'unknown'
