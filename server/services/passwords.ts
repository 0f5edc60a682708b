import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'
import { Semaphore } from './semaphore'

const KEY_LENGTH = 32
/** The cost of new hashes by default: N = 2^17, r = 8, p = 1, i.e. 128 MiB of memory per hash. */
export const DEFAULT_COST_LOG2 = 17
const BLOCK_SIZE = 8
/** scrypt needs 128 · N · r bytes; twice that leaves room for its other buffers. */
const MAX_MEMORY = 2 * 128 * 2 ** DEFAULT_COST_LOG2 * BLOCK_SIZE

/**
 * At most this many hashes at once in the whole process: each takes 128 MiB, so a burst of logins or
 * registrations waits its turn instead of taking the machine's memory.
 */
export const CONCURRENT_HASHES = 2
const hashing = new Semaphore(CONCURRENT_HASHES)

/** How many hashes run now, how many wait, and the most that ever ran at once (for diagnostics and tests). */
export function hashingLoad(): { running: number; waiting: number; peak: number } {
  return hashing.load()
}

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return hashing.run(
    () =>
      new Promise<Buffer>((resolve, reject) => {
        scrypt(
          password.normalize('NFKC'),
          salt,
          KEY_LENGTH,
          { ...options, maxmem: MAX_MEMORY },
          (error, key) => (error ? reject(error) : resolve(key)),
        )
      }),
  )
}

/** A stored hash `scrypt$N$r$p$salt$hash`, parsed; null when malformed or beyond what this server verifies. */
function parse(stored: string): { N: number; r: number; p: number; salt: Buffer; hash: Buffer } | null {
  const [scheme, n, r, p, salt, hash] = stored.split('$')
  if (scheme !== 'scrypt' || !salt || !hash) return null
  const params = { N: Number(n), r: Number(r), p: Number(p) }
  if (![params.N, params.r, params.p].every((v) => Number.isInteger(v) && v > 0)) return null
  // Never more memory than new hashes take: a stored hash must not make a login allocate gigabytes.
  if (128 * params.N * params.r > MAX_MEMORY / 2 || params.p > 4) return null
  return { ...params, salt: Buffer.from(salt, 'base64'), hash: Buffer.from(hash, 'base64') }
}

/** Whether a password matched, and whether its stored hash is weaker than new ones (rehash it then). */
export interface PasswordCheck {
  ok: boolean
  outdated: boolean
}

/** Password hashing with scrypt at N = 2^costLog2 (r = 8, p = 1); see SCRYPT_COST_LOG2 in server/config.ts. */
export function createPasswordHasher(costLog2 = DEFAULT_COST_LOG2) {
  const params = { N: 2 ** costLog2, r: BLOCK_SIZE, p: 1 }
  let dummy: Promise<string> | null = null

  /** Hash a password as `scrypt$N$r$p$salt$hash` (salt and hash base64). */
  async function hash(password: string): Promise<string> {
    const salt = randomBytes(16)
    const key = await derive(password, salt, params)
    return ['scrypt', params.N, params.r, params.p, salt.toString('base64'), key.toString('base64')].join('$')
  }

  /** Whether `password` matches a stored hash (constant-time compare); a malformed hash never matches. */
  async function verify(password: string, stored: string): Promise<PasswordCheck> {
    const parsed = parse(stored)
    if (!parsed) return { ok: false, outdated: false }
    const actual = await derive(password, parsed.salt, { N: parsed.N, r: parsed.r, p: parsed.p })
    const ok = actual.length === parsed.hash.length && timingSafeEqual(actual, parsed.hash)
    return { ok, outdated: parsed.N < params.N || parsed.r !== params.r || parsed.p !== params.p }
  }

  /** Spend the same time as a real check when the account does not exist, so timing reveals nothing. */
  async function verifyAgainstNothing(password: string): Promise<false> {
    dummy ??= hash('not-a-real-password')
    await verify(password, await dummy)
    return false
  }

  return { hash, verify, verifyAgainstNothing }
}

/** Hashes and checks passwords at one cost. */
export type PasswordHasher = ReturnType<typeof createPasswordHasher>
