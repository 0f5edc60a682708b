import path from 'node:path'
import { z } from 'zod'

const bool = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'])
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v))

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  SEED_DEMO: bool.default(true),
  /** Password of the seeded demo lecturer; printed at start when the demo is seeded. */
  DEMO_PASSWORD: z.string().min(8).default('demo-dosen-2026'),
  /** Extra origins (comma-separated) allowed to use the session cookie, e.g. a dev server. */
  ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((s) =>
      s
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url())),
  /** Trust X-Forwarded-For from a reverse proxy (for rate limits by address). */
  TRUST_PROXY: bool.default(false),
  SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** `open`: anyone registers as a lecturer; `invite`: only with an invitation link (a lecturer's or the CLI's). */
  REGISTRATION: z.enum(['open', 'invite']).default('open'),
  WS_MAX_MESSAGE_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(64 * 1024 * 1024)
    .default(2 * 1024 * 1024),
  /**
   * Pace of snapshots (the update log's compaction): debounce and maximum wait. Every update is durable in the
   * log before it is relayed; these only bound how much log a restart replays.
   */
  SAVE_DEBOUNCE_MS: z.coerce.number().int().min(0).max(3_600_000).default(2_000),
  SAVE_MAX_WAIT_MS: z.coerce.number().int().min(50).max(3_600_000).default(10_000),
  /** Group commit: the update log is flushed (written and synced) at most once per this many milliseconds. */
  LOG_FLUSH_TICK_MS: z.coerce.number().int().min(1).max(1_000).default(4),
  /**
   * After a restore from a backup, devices may hold newer work under client ids the restored data gives to
   * another member: for this many days it is merged (credited to nobody) instead of refused with 4409.
   */
  RESTORE_GRACE_DAYS: z.coerce.number().min(0).max(365).default(14),
  /** A document with no connections is unloaded from memory after this long. */
  IDLE_UNLOAD_MS: z.coerce.number().int().min(0).default(30_000),
  /**
   * Soft size limit of a workspace's document (its Yjs state): the app's client refuses typing and pasting past it;
   * the server refuses any update (and any restore) that would take the document past twice this (the hard limit).
   */
  DOCUMENT_SOFT_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(64 * 1024)
    .max(256 * 1024 * 1024)
    .default(4 * 1024 * 1024),
  /** A periodic history snapshot is taken at a save when the last snapshot is older than this (0: none). */
  HISTORY_INTERVAL_MS: z.coerce.number().int().min(0).default(600_000),
  /** Serve the built client from this folder (empty: API only). */
  CLIENT_DIR: z.string().default('dist/client'),
  LOG_LEVEL: z.enum(['silent', 'error', 'warn', 'info', 'debug']).default('info'),
  /**
   * The server secret (32 random bytes, 0600, created on first start) that keys the stored return codes' HMAC.
   * Default: `<DATA_DIR>.secret`, beside the data folder and never inside it, so a backup holds no key.
   */
  SECRET_FILE: z.string().min(1).optional(),
  /**
   * scrypt's cost as log2(N) for new password hashes (r = 8, p = 1; 17 = 128 MiB per hash). Lower it only on a
   * small test machine: hashes made at a lower cost are upgraded at the next login once it is raised again.
   */
  SCRYPT_COST_LOG2: z.coerce.number().int().min(10).max(17).default(17),
})

/** The server's configuration, parsed once at start. */
export type Config = z.infer<typeof envSchema> & {
  dataDir: string
  clientDir: string | null
  secretFile: string
}

/** Thrown when the environment is invalid; `problems` has one line per problem. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
  }
}

/** Parse and validate the configuration from environment variables (or overrides in tests). */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // An empty variable means "unset", except CLIENT_DIR where empty means "serve no client".
  const keepEmpty = new Set(['CLIENT_DIR'])
  const input = Object.fromEntries(
    Object.keys(envSchema.shape).map((key) => [
      key,
      env[key] === '' && !keepEmpty.has(key) ? undefined : env[key],
    ]),
  )
  const parsed = envSchema.safeParse(input)
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`))
  }
  const value = parsed.data
  if (value.SAVE_DEBOUNCE_MS > value.SAVE_MAX_WAIT_MS) {
    throw new ConfigError(['SAVE_DEBOUNCE_MS: must not exceed SAVE_MAX_WAIT_MS'])
  }
  const dataDir = path.resolve(value.DATA_DIR)
  const secretFile = path.resolve(value.SECRET_FILE ?? `${dataDir}.secret`)
  if (secretFile === dataDir || secretFile.startsWith(`${dataDir}${path.sep}`)) {
    throw new ConfigError(['SECRET_FILE: must be outside DATA_DIR, so that a copy of the data holds no key'])
  }
  return {
    ...value,
    dataDir,
    secretFile,
    clientDir: value.CLIENT_DIR ? path.resolve(value.CLIENT_DIR) : null,
  }
}
