import { z } from 'zod'
import type { Bilingual } from '../i18n/bilingual'
import type { FieldJson, FieldKind } from '../templates/types'
import type { CollectionJson } from '../ydoc/read'
import type { WorkspaceStatus } from './http'

/** Where compared answers come from: the live documents, or each team's latest submitted version. */
export const COMPARE_SOURCES = ['live', 'submitted'] as const

/** The query of GET /api/assignments/:assignmentId/compare. */
export const compareQuery = z.object({
  /** `<templateId>.<sectionKey>.<fieldKey>`, or `<templateId>.<sectionKey>` for a whole collection section. */
  field: z.string().min(1).max(200),
  source: z.enum(COMPARE_SOURCES).default('live'),
})

/** The field being compared. */
export interface ComparedField {
  templateId: string
  sectionKey: string
  /** null when the whole collection section is compared. */
  fieldKey: string | null
  label: Bilingual
  /** The field's kind, or `collection` for a whole collection section. */
  kind: FieldKind | 'collection'
  /** True for a field of a collection's items: each team's value is the array of that field over its items. */
  inCollection: boolean
}

/** A compared value: a field's export value, an item field's values over the items, or a collection's items. */
export type ComparedValue = FieldJson | FieldJson[] | CollectionJson

/** One team's answer. */
export interface ComparedTeam {
  teamId: string
  teamName: string
  workspaceId: string
  status: WorkspaceStatus
  /** The submitted version the value comes from (`source=submitted` only, when the team has submitted). */
  version?: number
  /** null when `source=submitted` and the team has not submitted yet. */
  value: ComparedValue | null
}

/** GET /api/assignments/:assignmentId/compare */
export interface FieldComparison {
  assignmentId: string
  source: (typeof COMPARE_SOURCES)[number]
  field: ComparedField
  /** In the class's team order; teams without a workspace for the assignment are left out. */
  teams: ComparedTeam[]
}
