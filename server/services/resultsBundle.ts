import {
  RESULTS_BUNDLE_FORMAT,
  type ResultsInclude,
  type ResultsManifest,
  type ResultsManifestFile,
} from '../../cases/contracts/results'
import { inCurrentWords } from '../../cases/contributions/indicators'
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
import { writeZip, type ZipEntry, type ZipSink } from './zipArchive'

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

/** A workspace's files, one at a time: every stored version as stored, then its live export when `include` asks. */
async function* workspaceFiles(
  ctx: ServiceContext,
  record: ClassRecord,
  target: Target,
  include: ResultsInclude,
  now: Date,
): AsyncGenerator<BundleFile> {
  const { id } = target.workspace
  for (const summary of await ctx.storage.versions.list(id)) {
    const v = await ctx.storage.versions.get(id, summary.version)
    if (!v) continue
    const { contributions } = v.result
    const result = contributions ? { ...v.result, contributions: inCurrentWords(contributions) } : v.result
    yield bundleFile(target, `v${v.version}.json`, jsonBytes(result), new Date(v.submittedAt), v)
  }
  const open = (target.workspace.status ?? 'open') === 'open'
  if (include === 'live' || (include === 'open' && open)) {
    const build = exportBuilder(record, target.workspace)
    let data: Uint8Array
    try {
      data = await ctx.documents.read(id, (doc) => jsonBytes(build(doc, now)))
    } catch (error) {
      // Damaged with no good version (reported on /healthz): no live.json for it; the rest of the zip is served.
      if (!(error instanceof DocumentUnavailableError)) throw error
      return
    }
    yield bundleFile(target, 'live.json', data, now, null)
  }
}

/** A class's results bundle, authorised and named, ready to be written. */
export interface ResultsBundle {
  fileName: string
  /** Write the zip to the sink, workspace by workspace; rejects (after a partial archive) when reading fails. */
  write(sink: ZipSink): Promise<void>
}

/**
 * The class's results as a zip, for its lecturers (403 for everyone else, before anything is written): per assignment
 * and team `v<n>.json` (each stored result, byte for byte as stored) plus `live.json` as `include` says, and last
 * `manifest.json`. Streamed: one file is read at a time and written before the next is read, so a large class
 * has no size bound.
 */
export async function classResultsZip(
  ctx: ServiceContext,
  user: AuthUser,
  classId: string,
  include: ResultsInclude,
): Promise<ResultsBundle> {
  const record = await lecturerClass(ctx, user, classId)
  const now = new Date()
  async function* entries(): AsyncGenerator<ZipEntry> {
    const rows: ResultsManifestFile[] = []
    for (const target of targets(record)) {
      for await (const file of workspaceFiles(ctx, record, target, include, now)) {
        rows.push(file.row)
        yield file.entry
      }
    }
    const manifest: ResultsManifest = {
      format: RESULTS_BUNDLE_FORMAT,
      class: { id: record.id, name: record.name },
      exportedAt: now.toISOString(),
      include,
      files: rows,
    }
    yield { path: 'manifest.json', data: jsonBytes(manifest), modifiedAt: now }
  }
  return {
    fileName: `${slugify(record.name, 'kelas')}-results.zip`,
    write: (sink) => writeZip(entries(), sink),
  }
}
