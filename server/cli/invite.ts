/**
 * Make an invitation link to register as a lecturer (REGISTRATION=invite), from the server's command line:
 *   npm run invite -- [--days N]
 * Prints the link once (only a hash of its token is stored); it works once, for N days (default 7).
 * Stop the server first: it keeps invitations in memory and would not see this one, so the command refuses
 * (exit 1, one line naming the server's pid) while a process holds the data folder's lock. A running server's
 * lecturers make links in the app instead (POST /api/invitations).
 */
import { parseArgs } from 'node:util'
import { INVITATION_DEFAULT_DAYS, INVITATION_MAX_DAYS } from '../../cases/contracts/invitations'
import { issueInvitation } from '../services/invitations'
import { openStorage } from '../storage'
import { cliConfig } from './arguments'
import { oneLine } from './dataCopy'

const USAGE = `Usage: npm run invite -- [--days <1-${INVITATION_MAX_DAYS}, default ${INVITATION_DEFAULT_DAYS}>]
Stop the server first (the command refuses while a server holds the data folder); while it runs, a lecturer
makes invitation links in the app.`

/** Parse arguments, store the invitation, print its link; returns the exit code. */
async function invite(argv: string[], out = process.stdout, err = process.stderr): Promise<number> {
  let args
  try {
    args = parseArgs({ args: argv, options: { days: { type: 'string' }, help: { type: 'boolean' } } }).values
  } catch (error) {
    err.write(`${oneLine(error)}\n${USAGE}\n`)
    return 2
  }
  if (args.help) {
    out.write(`${USAGE}\n`)
    return 0
  }
  const days = args.days === undefined ? INVITATION_DEFAULT_DAYS : Number(args.days)
  if (!Number.isInteger(days) || days < 1 || days > INVITATION_MAX_DAYS) {
    err.write(`--days: a whole number from 1 to ${INVITATION_MAX_DAYS}\n${USAGE}\n`)
    return 2
  }
  const config = cliConfig(err)
  if (!config) return 2
  let storage
  try {
    storage = await openStorage(config)
  } catch (error) {
    err.write(`${oneLine(error)}\n`)
    return 1
  }
  try {
    const { record, path } = await issueInvitation(storage.invitations, null, days)
    const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST
    out.write(`Invitation link (works once, until ${record.expiresAt}):\n`)
    out.write(`http://${host}:${config.PORT}${path}\n`)
    out.write(`(On another address, keep the part from /register on.)\n`)
    if (config.REGISTRATION !== 'invite')
      out.write('Note: REGISTRATION is open; anyone may register anyway.\n')
    return 0
  } finally {
    await storage.close()
  }
}

invite(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`Invite failed: ${oneLine(error)}\n`)
    process.exit(1)
  },
)
