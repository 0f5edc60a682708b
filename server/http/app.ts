import express, { type Express } from 'express'
import type { Config } from '../config'
import type { Health } from '../health'
import type { StorageFaults } from '../storageFaults'
import type { Logger } from '../logger'
import type { Services } from '../services'
import { authenticate } from './auth'
import { clientPages } from './clientPages'
import { errorHandler, notFoundHandler } from './errors'
import { createLimiters, type Limits } from './limits'
import { assignmentRoutes } from './routes/assignments'
import { authRoutes } from './routes/auth'
import { classRoutes } from './routes/classes'
import { assignmentSettingsRoutes, contributionRoutes } from './routes/contributions'
import { commentRoutes } from './routes/comments'
import { classExerciseRoutes, exerciseRoutes } from './routes/exercises'
import { gradebookRoutes } from './routes/gradebook'
import { gradeRoutes } from './routes/grades'
import { joinRoutes } from './routes/join'
import { libraryRoutes } from './routes/library'
import { memberRoutes } from './routes/members'
import { meRoutes } from './routes/me'
import { overviewRoutes } from './routes/overview'
import { resultsRoutes } from './routes/results'
import { selfCheckRoutes } from './routes/selfCheck'
import { sessionRoutes } from './routes/session'
import { historyRoutes } from './routes/history'
import { invitationRoutes } from './routes/invitations'
import { submissionRoutes } from './routes/submissions'
import { workspaceRoutes } from './routes/workspaces'
import { dropDangerousKeys, securityHeaders } from './security'

/** Largest JSON body accepted; larger ones get 413. */
export const JSON_BODY_LIMIT = '100kb'

/** Build the HTTP app (it never listens; createServer does). */
export function createApp(deps: {
  services: Services
  config: Config
  logger: Logger
  /** Limits of the credential routes (absent: DEFAULT_LIMITS). */
  limits?: Limits
  /** Open problems, shown by /healthz (absent: none). */
  health?: Health
  /** Hears of storage writes that failed (absent: they are only answered 503). */
  faults?: StorageFaults
  /** Counters of the update log's group commit, shown by /healthz?counters (absent: not shown). */
  durability?: () => object
}): Express {
  const { services, config, logger } = deps
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', config.TRUST_PROXY)
  app.use(securityHeaders)

  app.get('/healthz', (req, res) => {
    const problems = deps.health?.problems() ?? []
    res.json({
      status: problems.length > 0 ? 'degraded' : 'ok',
      ...(problems.length > 0 ? { problems } : {}),
      // Counters only on request, so the plain answer stays exactly {"status":"ok"} for scripts.
      ...(req.query.counters !== undefined && deps.durability ? { durability: deps.durability() } : {}),
    })
  })

  const limiters = createLimiters(deps.limits)
  const api = express.Router()
  api.use(express.json({ limit: JSON_BODY_LIMIT, reviver: dropDangerousKeys }))
  api.use(authenticate(services.access, config.ALLOWED_ORIGINS))
  api.use('/auth', authRoutes(services, config, limiters))
  api.use('/me', meRoutes(services))
  api.use('/session', sessionRoutes())
  api.use(joinRoutes(services, config, limiters))
  api.use('/classes', classRoutes(services))
  api.use('/classes', memberRoutes(services))
  api.use('/classes', assignmentRoutes(services))
  api.use('/classes', classExerciseRoutes(services))
  api.use('/exercises', exerciseRoutes(services))
  api.use(libraryRoutes(services))
  api.use('/workspaces', workspaceRoutes(services))
  api.use('/workspaces', submissionRoutes(services))
  api.use('/workspaces', historyRoutes(services))
  api.use('/workspaces', contributionRoutes(services))
  api.use('/workspaces', selfCheckRoutes(services))
  api.use('/assignments', assignmentSettingsRoutes(services))
  api.use('/classes', gradebookRoutes(services))
  api.use('/classes', overviewRoutes(services))
  api.use(commentRoutes(services))
  api.use(gradeRoutes(services))
  api.use(resultsRoutes(services, logger))
  api.use(invitationRoutes(services, config))
  api.use(notFoundHandler)
  app.use('/api', api)

  for (const handler of clientPages(config.clientDir)) app.use(handler)
  app.use(notFoundHandler)
  app.use(errorHandler(logger, deps.faults))
  return app
}
