import path from 'node:path'
import type { CaseRecord, ClassRecord, Storage } from '../types'
import {
  LowdbCaseStore,
  LowdbClassStore,
  LowdbLecturerStore,
  LowdbSessionStore,
  type LecturersFile,
  type SessionsFile,
} from './collections'
import { LowdbContributionStore } from './contributions'
import { LowdbDocumentStore } from './documents'
import { FileQueue } from './fileQueue'
import { prepareDir, readRecords } from './files'
import { LowdbSnapshotStore } from './history'
import { Quarantine } from './quarantine'
import { readRecord } from './recordFile'
import { openReviewStores } from './reviews'
import { caseSchema, classSchema, lecturersSchema, sessionsSchema } from './schemas'
import { LowdbSelfCheckStore } from './selfChecks'
import { LowdbInvitationStore } from './invitations'
import { probeWrite } from './probeWrite'
import { restoreMarker } from './restoreMarker'
import { UpdateLog } from './updateLog'
import { LowdbVersionStore } from './versions'

/**
 * lowdb JSON files under `dataDir`: lecturers.json, sessions.json, classes/<id>.json, cases/<id>.json,
 * workspaces/<id>.json (+ <id>.analysis.json), log/<log id>.<position>.log (the update log of every workspace),
 * versions/<workspaceId>/v<n>.json (+ v<n>.yjs), comments/<workspaceId>.json, rubrics/<assignmentId>.json,
 * grades/<workspaceId>.json, contributions/<workspaceId>.json,
 * history/<workspaceId>/<snapshotId>.yjs (+ index.json), selfchecks/<workspaceId>.json, invitations.json, restored.json (when the
 * data was last restored from a backup), quarantine/ (damaged files, see Quarantine). Every record file keeps its
 * previous version as `<name>.prev`. Small collections are loaded into memory here, once; workspace documents are
 * read only when a workspace is opened.
 */
export async function openLowdbStorage(dataDir: string): Promise<Storage> {
  const queue = new FileQueue()
  const quarantine = new Quarantine(dataDir)
  const dirs = {
    classes: path.join(dataDir, 'classes'),
    cases: path.join(dataDir, 'cases'),
    workspaces: path.join(dataDir, 'workspaces'),
    versions: path.join(dataDir, 'versions'),
  }
  await prepareDir(dataDir)
  const [classNames, caseNames] = await Promise.all([prepareDir(dirs.classes), prepareDir(dirs.cases)])
  await Promise.all([prepareDir(dirs.workspaces), prepareDir(dirs.versions)])

  const lecturersPath = path.join(dataDir, 'lecturers.json')
  const sessionsPath = path.join(dataDir, 'sessions.json')
  // Every file read here is checked; a damaged one is replaced by its previous version or, with none, left out
  // and reported through problems(): nothing damaged stops the server from starting.
  const [lecturers, sessions, classes, cases] = await Promise.all([
    readRecord<LecturersFile>(quarantine, lecturersPath, lecturersSchema, { what: 'the lecturer accounts' }),
    readRecord<SessionsFile>(quarantine, sessionsPath, sessionsSchema, {
      what: 'the sign-in sessions',
      recovered: 'sessions started since may need to sign in again',
    }),
    readRecords<ClassRecord>(quarantine, dirs.classes, classNames, classSchema, (id) => `class ${id}`),
    readRecords<CaseRecord>(
      quarantine,
      dirs.cases,
      caseNames,
      caseSchema,
      (id) => `the lecturer's case ${id}`,
    ),
  ])
  const now = new Date().toISOString()
  const liveSessions = (sessions.kind === 'ok' ? sessions.value.sessions : []).filter(
    (s) => s.expiresAt > now,
  )
  const reviews = await openReviewStores(queue, dataDir, quarantine)
  const contributions = await LowdbContributionStore.open(
    queue,
    path.join(dataDir, 'contributions'),
    quarantine,
  )
  const selfChecks = await LowdbSelfCheckStore.open(queue, path.join(dataDir, 'selfchecks'), quarantine)
  const invitations = await LowdbInvitationStore.open(
    queue,
    path.join(dataDir, 'invitations.json'),
    quarantine,
  )
  const log = await UpdateLog.open(path.join(dataDir, 'log'), quarantine)
  const documents = new LowdbDocumentStore(queue, dirs.workspaces, log, quarantine)

  return {
    lecturers: new LowdbLecturerStore(
      queue,
      lecturersPath,
      lecturers.kind === 'ok' ? lecturers.value.lecturers : [],
    ),
    sessions: new LowdbSessionStore(queue, sessionsPath, liveSessions),
    classes: new LowdbClassStore(queue, dirs.classes, classes),
    cases: new LowdbCaseStore(queue, dirs.cases, cases),
    documents,
    versions: new LowdbVersionStore(queue, dirs.versions, quarantine),
    ...reviews,
    contributions,
    history: new LowdbSnapshotStore(queue, path.join(dataDir, 'history'), quarantine),
    selfChecks,
    invitations,
    restore: restoreMarker(path.join(dataDir, 'restored.json'), quarantine),
    problems: () => quarantine.problems(),
    probeWrite: () => probeWrite(dataDir),
    close: async () => {
      await queue.drain()
      await log.close()
    },
  }
}
