import path from 'node:path'
import type { CaseStore, ClassRecord, Storage } from '../types'
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
import { prepareDir, readJson, readRecords } from './files'
import { LowdbSnapshotStore } from './history'
import { openReviewStores } from './reviews'
import { LowdbSelfCheckStore } from './selfChecks'
import { probeWrite } from './probeWrite'
import { restoreMarker } from './restoreMarker'
import { UpdateLog } from './updateLog'
import { LowdbVersionStore } from './versions'

/**
 * lowdb JSON files under `dataDir`: lecturers.json, sessions.json, classes/<id>.json, cases/<id>.json,
 * workspaces/<id>.json (+ <id>.analysis.json), log/<log id>.<position>.log (the update log of every workspace),
 * versions/<workspaceId>/v<n>.json (+ v<n>.yjs), comments/<workspaceId>.json, rubrics/<assignmentId>.json,
 * grades/<workspaceId>.json, contributions/<workspaceId>.json,
 * history/<workspaceId>/<snapshotId>.yjs (+ index.json), selfchecks/<workspaceId>.json, restored.json (when the
 * data was last restored from a backup). Small collections are loaded into memory here, once;
 * workspace documents are read only when a workspace is opened.
 */
export async function openLowdbStorage(dataDir: string): Promise<Storage> {
  const queue = new FileQueue()
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
  const [lecturers, sessions, classes, cases] = await Promise.all([
    readJson<LecturersFile>(lecturersPath),
    readJson<SessionsFile>(sessionsPath),
    readRecords<ClassRecord>(dirs.classes, classNames),
    readRecords<Parameters<CaseStore['put']>[0]>(dirs.cases, caseNames),
  ])
  const now = new Date().toISOString()
  const liveSessions = (sessions?.sessions ?? []).filter((s) => s.expiresAt > now)
  const reviews = await openReviewStores(queue, dataDir)
  const contributions = await LowdbContributionStore.open(queue, path.join(dataDir, 'contributions'))
  const selfChecks = await LowdbSelfCheckStore.open(queue, path.join(dataDir, 'selfchecks'))
  const log = await UpdateLog.open(path.join(dataDir, 'log'))
  const documents = new LowdbDocumentStore(queue, dirs.workspaces, log)

  return {
    lecturers: new LowdbLecturerStore(queue, lecturersPath, lecturers?.lecturers ?? []),
    sessions: new LowdbSessionStore(queue, sessionsPath, liveSessions),
    classes: new LowdbClassStore(queue, dirs.classes, classes),
    cases: new LowdbCaseStore(queue, dirs.cases, cases),
    documents,
    versions: new LowdbVersionStore(queue, dirs.versions),
    ...reviews,
    contributions,
    history: new LowdbSnapshotStore(queue, path.join(dataDir, 'history')),
    selfChecks,
    restore: restoreMarker(path.join(dataDir, 'restored.json')),
    probeWrite: () => probeWrite(dataDir),
    close: async () => {
      await queue.drain()
      await log.close()
    },
  }
}
