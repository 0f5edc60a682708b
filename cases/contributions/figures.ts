import { z } from 'zod'
import { bilingualSchema } from '../i18n/bilingual'
import { assignmentInstructions } from '../contracts/confirmations'

/**
 * What the server counts for one member, in total or within one template. Counts only grow; they describe
 * activity, never quality.
 */
export const activityFigures = z.object({
  /** Characters (UTF-16 code units) typed into text fields. */
  charsAdded: z.number().int().nonnegative(),
  /** Characters deleted from text fields (whoever wrote them; text removed with a whole item is not counted). */
  charsRemoved: z.number().int().nonnegative(),
  /**
   * `charsAdded` with each update counting at most PASTE_CAP_CHARS (balance.ts), so a large paste does not count in
   * full. Counters stored before this field existed lack it; readers fall back to `charsAdded`.
   */
  charsCounted: z.number().int().nonnegative(),
  /**
   * Characters of other members' text (or the server's) deleted, each update counting at most PASTE_CAP_CHARS:
   * condensing or editing others' text (may lack, as above; then `charsRemoved` stands in).
   */
  charsRemovedCounted: z.number().int().nonnegative(),
  /** Ecomap things changed: a system, member, tie or centre value added, removed, moved or edited (one per update). */
  ecomapEdits: z.number().int().nonnegative(),
  /** Other field values changed outside the ecomap: choices, checkboxes, short strings, items added or removed. */
  fieldEdits: z.number().int().nonnegative(),
  /** Distinct minutes in which at least one of the member's updates was applied. */
  activeMinutes: z.number().int().nonnegative(),
})

/** Activity counters of one member (or one member within one template). */
export type ActivityFigures = z.infer<typeof activityFigures>

/** Per-template figures as served: the counters plus the share of the template's text still present. */
export const templateContribution = activityFigures.extend({
  /** Characters of this template's text still present that this member wrote. */
  textPresent: z.number().int().nonnegative(),
  /** `textPresent` over all attributed text still present in this template (0 when there is none). */
  textShare: z.number().min(0).max(1),
  /** Comment threads started and replies written (per template: on threads anchored in it). */
  comments: z.number().int().nonnegative(),
})

/** One member's figures within one template. */
export type TemplateContribution = z.infer<typeof templateContribution>

/** One member of the team as GET /api/workspaces/:id/contributions lists them. */
export const memberContribution = templateContribution.extend({
  userId: z.string(),
  name: z.string(),
  /** Share of the team's weighted contribution (balance.ts), on which `balance` and the indicators are computed. */
  share: z.number().min(0).max(1),
  /** The member's weighted contribution in typed-character units (balance.ts `contributionWeight`). */
  weight: z.number().nonnegative(),
  perTemplate: z.record(z.string(), templateContribution),
})

/** One member's figures. */
export type MemberContribution = z.infer<typeof memberContribution>

/**
 * The kinds of indicator (see indicators.ts): `teamCentred` describes the team's pattern and never names anyone;
 * `littleWrittenYet` lists members (lecturers only). The last three were produced before issue 12 and are kept
 * only so mirrors stored with earlier submitted versions still read; they are no longer produced.
 */
export const indicatorKind = z.enum([
  'teamCentred',
  'littleWrittenYet',
  'maypole',
  'possibleSocialLoafing',
  'possibleFreeRiding',
])

/** One kind of indicator. */
export type IndicatorKind = z.infer<typeof indicatorKind>

/** A pattern worth a conversation, with the members it concerns: an indicator, never a grade. */
export const contributionIndicator = z.object({
  kind: indicatorKind,
  userIds: z.array(z.string()),
  label: bilingualSchema,
  explanation: bilingualSchema,
})

/** An indicator as served. */
export type ContributionIndicator = z.infer<typeof contributionIndicator>

/** GET /api/workspaces/:id/contributions */
export const workspaceContributions = z.object({
  members: z.array(memberContribution),
  /** Normalised entropy of the members' shares (balance.ts): 1 even, 0 one person did everything; null before any work. */
  balance: z.number().min(0).max(1).nullable(),
  indicators: z.array(contributionIndicator),
  /** Whether the evidence thresholds (indicators.ts) are met; no indicator is produced before. */
  enoughEvidence: z.boolean(),
})

/** The team's contribution mirror. */
export type WorkspaceContributions = z.infer<typeof workspaceContributions>

/** PUT /api/assignments/:assignmentId/settings */
export const assignmentSettingsBody = z
  .object({
    /** Let the team's students see their own contribution mirror (lecturers always see it). */
    showContributionsToTeam: z.boolean().optional(),
    /** Every member of a team must confirm before its work is submitted (off by default). */
    allMustConfirm: z.boolean().optional(),
    /** The lecturer's instructions, plain text; an empty text removes that language. */
    instructions: assignmentInstructions.optional(),
  })
  .refine((body) => Object.values(body).some((v) => v !== undefined), 'name at least one setting')

/** Body of PUT /api/assignments/:assignmentId/settings. */
export type AssignmentSettingsBody = z.infer<typeof assignmentSettingsBody>

/** Figures that are all zero. */
export function emptyFigures(): ActivityFigures {
  return {
    charsAdded: 0,
    charsRemoved: 0,
    charsCounted: 0,
    charsRemovedCounted: 0,
    ecomapEdits: 0,
    fieldEdits: 0,
    activeMinutes: 0,
  }
}
