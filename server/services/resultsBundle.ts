import {
  RESULTS_BUNDLE_FORMAT,
  type ResultsInclude,
  type ResultsManifest,
  type ResultsManifestFile,
} from '../../cases/contracts/results'
import {
  DocumentUnavailableError,
  type AssignmentRecord,
  type ClassRecord,
  type TeamRecord,
  type WorkspaceRecord,
} from '../storage/types'
import { lecturerClass, type ServiceContext } from './context'
import { exportBuilder } from './exportEnvelope'
import type { AuthUser } from './ports'
import { slugify, uniqueSlugs } from './slugs'
import { MAX_BUNDLE_BYTES, tooLarge, zipEntries, type ZipEntry } from './zipArchive'

const encoder = new TextEncoder()

/** JSON laid out exactly as the version store writes a result file (2-space indent, final newline). */
function jsonBytes(value: unknown): Uint8Array {
  return encoder.encode(`${JSON.stringify(value, null, 2)}\n`)
}

/** A workspace of the class and the folder its files go in. */
interface Target {
  assignment: AssignmentRecord
  team: TeamRecord
  workspace: WorkspaceRecord
  folder: string
}

/** One file of the bundle and its manifest row. */
interface BundleFile {
  entry: ZipEntry
  row: ResultsManifestFile
}

/** Every workspace of the class with its folder, in assignment then team order; slugs unique per folder. */
function targets(record: ClassRecord): Target[] {
  const assignmentSlug = uniqueSlugs()
  const out: Target[] = []
  for (const assignment of record.assignments) {
    const folder = assignmentSlug(assignment.title.id, 'tugas')
    const teamSlug = uniqueSlugs()
    for (const team of record.teams) {
      const workspace = record.workspaces.find(
        (w) => w.assignmentId === assignment.id && w.teamId === team.id,
      )
      if (workspace)
        out.push({ assignment, team, workspace, folder: `${folder}/${teamSlug(team.name, 'tim')}` })
    }
  }
  return out
}

function bundleFile(
  target: Target,
  name: string,
  data: Uint8Array,
  modifiedAt: Date,
  version: { version: number; submittedAt: string } | null,
): BundleFile {
  const path = `${target.folder}/${name}`
  return {
    entry: { path, data, modifiedAt },
    row: {
      path,
      kind: version ? 'version' : 'live',
      assignment: { id: target.assignment.id, title: target.assignment.title },
      team: { id: target.team.id, name: target.team.name },
      workspaceId: target.workspace.id,
      version: version?.version ?? null,
      submittedAt: version?.submittedAt ?? null,
    },
  }
}

/** A workspace's files: every stored version as stored, then its live export when `include` asks for it. */
async function workspaceFiles(
  ctx: ServiceContext,
  record: ClassRecord,
  target: Target,
  include: ResultsInclude,
  now: Date,
): Promise<BundleFile[]> {
  const { id } = target.workspace
  const summaries = await ctx.storage.versions.list(id)
  const stored = await Promise.all(summaries.map((s) => ctx.storage.versions.get(id, s.version)))
  const files = stored
    .filter((v) => v !== undefined)
    .map((v) => bundleFile(target, `v${v.version}.json`, jsonBytes(v.result), new Date(v.submittedAt), v))
  const open = (target.workspace.status ?? 'open') === 'open'
  if (include === 'live' || (include === 'open' && open)) {
    const build = exportBuilder(record, target.workspace)
    try {
      const data = await ctx.documents.read(id, (doc) => jsonBytes(build(doc, now)))
      files.push(bundleFile(target, 'live.json', data, now, null))
    } catch (error) {
      // Damaged with no good version (reported on /healthz): no live.json for it; the rest of the zip is served.
      if (!(error instanceof DocumentUnavailableError)) throw error
    }
  }
  return files
}

/**
 * The class's results as a zip, for its lecturers (403 for everyone else): `manifest.json`, and per assignment and
 * team `v<n>.json` (each stored result, byte for byte as stored) plus `live.json` as `include` says. 413 when the
 * files together exceed `maxBytes` (checked while reading, so a huge class stops early).
 */
export async function classResultsZip(
  ctx: ServiceContext,
  user: AuthUser,
  classId: string,
  include: ResultsInclude,
  maxBytes = MAX_BUNDLE_BYTES,
): Promise<{ fileName: string; zip: Uint8Array }> {
  const record = await lecturerClass(ctx, user, classId)
  const now = new Date()
  const files: BundleFile[] = []
  let total = 0
  // One workspace at a time: a class is small, and the size cap can stop the reading early.
  for (const target of targets(record)) {
    for (const file of await workspaceFiles(ctx, record, target, include, now)) {
      total += file.entry.data.byteLength
      if (total > maxBytes) throw tooLarge(maxBytes)
      files.push(file)
    }
  }
  const manifest: ResultsManifest = {
    format: RESULTS_BUNDLE_FORMAT,
    class: { id: record.id, name: record.name },
    exportedAt: now.toISOString(),
    include,
    files: files.map((f) => f.row),
  }
  const entries = [
    { path: 'manifest.json', data: jsonBytes(manifest), modifiedAt: now },
    ...files.map((f) => f.entry),
  ]
  return {
    fileName: `${slugify(record.name, 'kelas')}-results.zip`,
    zip: await zipEntries(entries, maxBytes),
  }
}
