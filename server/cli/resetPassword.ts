/**
 * Reset a lecturer's password from the server's command line (there is no e-mail):
 *   npm run reset-password -- --email dosen@kampus.ac.id [--password new-password]
 * Without --password a random one is generated and printed. Every session of the lecturer ends.
 * Stop the server first: it keeps accounts in memory and would overwrite the change on its next write, so the
 * command refuses (exit 1, naming the server's pid) while a process holds the data folder's lock.
 */
import { randomBytes } from 'node:crypto'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { createPasswordHasher } from '../services/passwords'
import { openStorage } from '../storage'
import { cliConfig } from './arguments'

const USAGE =
  'Usage: npm run reset-password -- --email <lecturer e-mail> [--password <new password, 8+ characters>]'

/** Parse arguments, set the new password, end the lecturer's sessions; returns the exit code. */
async function resetPassword(argv: string[], out = process.stdout, err = process.stderr): Promise<number> {
  let args
  try {
    args = parseArgs({
      args: argv,
      options: { email: { type: 'string' }, password: { type: 'string' } },
    }).values
  } catch (error) {
    err.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`)
    return 2
  }
  const email = z.email().safeParse(args.email?.trim().toLowerCase())
  if (!email.success) {
    err.write(`--email: a lecturer's e-mail address is required\n${USAGE}\n`)
    return 2
  }
  const password = args.password ?? randomBytes(9).toString('base64url')
  if (password.length < 8 || password.length > 200) {
    err.write(`--password: must be 8 to 200 characters\n${USAGE}\n`)
    return 2
  }

  const config = cliConfig(err)
  if (!config) return 2
  const storage = await openStorage(config)
  try {
    const lecturer = await storage.lecturers.findByEmail(email.data)
    if (!lecturer) {
      err.write(`No lecturer is registered with ${email.data} (data folder: ${config.dataDir}).\n`)
      return 1
    }
    await storage.lecturers.put({
      ...lecturer,
      passwordHash: await createPasswordHasher(config.SCRYPT_COST_LOG2).hash(password),
    })
    await storage.sessions.deleteForUser(lecturer.id)
    out.write(`Password of ${lecturer.name} <${lecturer.email}> reset; their sessions have ended.\n`)
    if (!args.password) out.write(`New password: ${password}\n`)
    return 0
  } finally {
    await storage.close()
  }
}

resetPassword(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`Reset failed: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  },
)
