import { z } from 'zod'
import type { Bilingual } from '../i18n/bilingual'

/** The `format` of a class results bundle's manifest.json. */
export const RESULTS_BUNDLE_FORMAT = 'ruang-kasus.results/1'

/**
 * What a class bundle holds besides every stored version: `open` (the default) adds a `live.json` export of each
 * workspace open now (never submitted, or returned for revision), `live` adds one for every workspace, `versions`
 * adds none. A submitted workspace's live document is its last version, so `open` already holds everything.
 */
export const RESULTS_INCLUDES = ['open', 'live', 'versions'] as const

/** One of RESULTS_INCLUDES. */
export type ResultsInclude = (typeof RESULTS_INCLUDES)[number]

/** The query of GET /api/classes/:classId/results.zip. */
export const resultsZipQuery = z.object({
  include: z.enum(RESULTS_INCLUDES).default('open'),
})

/** One file of the bundle, as manifest.json lists it. */
export interface ResultsManifestFile {
  /** `<assignment-slug>/<team-slug>/v<n>.json` or `<assignment-slug>/<team-slug>/live.json`. */
  path: string
  /** A stored submitted version, or the live document's export at `exportedAt`. */
  kind: 'version' | 'live'
  assignment: { id: string; title: Bilingual }
  team: { id: string; name: string }
  workspaceId: string
  /** The version number; null for a live export. */
  version: number | null
  /** When the version was submitted; null for a live export. */
  submittedAt: string | null
}

/** manifest.json at the root of a class results bundle. */
export interface ResultsManifest {
  format: typeof RESULTS_BUNDLE_FORMAT
  class: { id: string; name: string }
  exportedAt: string
  include: ResultsInclude
  /** Every other file of the zip, in assignment, team and version order (a live export after the versions). */
  files: ResultsManifestFile[]
}
