import { z } from 'zod'

/**
 * The shapes record files must have to be used, checked where they are read: a file that parses but has the wrong
 * shape (or is `null`) is damage, reported naming the file, instead of failing later with "x is not iterable".
 * Only what the storage and services rely on is checked, and every object keeps its other fields (looseObject), so
 * records written by older or newer versions of the server are not mistaken for damage.
 */
const withId = z.looseObject({ id: z.string() })

/** classes/<id>.json */
export const classSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  ownerId: z.string(),
  joinCode: z.string().nullish(),
  pastJoinCodes: z.array(z.string()).optional(),
  lecturerIds: z.array(z.string()),
  teams: z.array(withId),
  students: z.array(z.looseObject({ id: z.string(), teamId: z.string().nullable() })),
  assignments: z.array(z.looseObject({ id: z.string(), templates: z.array(z.string()) })),
  workspaces: z.array(z.looseObject({ id: z.string(), assignmentId: z.string(), teamId: z.string() })),
})

/** lecturers.json */
export const lecturersSchema = z.object({
  lecturers: z.array(z.looseObject({ id: z.string(), email: z.string(), passwordHash: z.string() })),
})

/** sessions.json */
export const sessionsSchema = z.object({
  sessions: z.array(z.looseObject({ tokenHash: z.string(), userId: z.string(), expiresAt: z.string() })),
})

/** cases/<id>.json (a lecturer's own case) */
export const caseSchema = z.looseObject({ id: z.string(), ownerId: z.string() })

/** comments/<workspaceId>.json */
export const commentsSchema = z.looseObject({ workspaceId: z.string(), threads: z.array(withId) })

/** rubrics/<assignmentId>.json */
export const rubricSchema = z.looseObject({ assignmentId: z.string(), criteria: z.array(z.unknown()) })

/** grades/<workspaceId>.json */
export const gradeSchema = z.looseObject({ workspaceId: z.string(), scores: z.array(z.unknown()) })

/** contributions/<workspaceId>.json */
export const contributionSchema = z.looseObject({
  workspaceId: z.string(),
  members: z.record(z.string(), z.unknown()),
})

/** selfchecks/<workspaceId>.json */
export const selfCheckSchema = z.looseObject({
  workspaceId: z.string(),
  answers: z.record(z.string(), z.unknown()),
})

/** history/<workspaceId>/index.json */
export const historyIndexSchema = z.looseObject({
  workspaceId: z.string(),
  snapshots: z.array(z.looseObject({ id: z.string(), takenAt: z.string(), byUserIds: z.array(z.string()) })),
})

/** workspaces/<id>.analysis.json (derived from the snapshot; never read back into a document) */
export const analysisSchema = z.looseObject({ workspaceId: z.string(), updatedAt: z.string() })

/** versions/<workspaceId>/v<n>.json (a submitted result, immutable) */
export const versionSchema = z.looseObject({
  version: z.number().int().min(1),
  submittedAt: z.string(),
  submittedBy: z.unknown(),
})
