import type { PutGradeBody, WorkspaceGrade } from '../../../../cases/contracts/grades'

/** The grading form's state: a level and comment per criterion, feedback, and per-member overrides as typed. */
export interface GradeDraft {
  levels: Record<string, string>
  comments: Record<string, string>
  feedback: string
  adjustments: Record<string, { points: string; reason: string }>
}

/** The form filled from a stored grade (or empty). */
export function draftFromGrade(grade: WorkspaceGrade | undefined): GradeDraft {
  const draft: GradeDraft = { levels: {}, comments: {}, feedback: grade?.feedback ?? '', adjustments: {} }
  for (const score of grade?.scores ?? []) {
    if (score.levelId) draft.levels[score.criterionId] = score.levelId
    draft.comments[score.criterionId] = score.comment
  }
  for (const adj of grade?.adjustments ?? []) {
    // A delta adjustment (made through the API) is shown as the score it gives, and saved as that score.
    const points = adj.points ?? grade?.members.find((m) => m.id === adj.studentId)?.adjustedScore ?? null
    draft.adjustments[adj.studentId] = { points: points === null ? '' : String(points), reason: adj.reason }
  }
  return draft
}

/**
 * The PUT body from the form: only scored criteria, adjustments only where a score was typed.
 * Returns the name of a member whose adjustment lacks a reason instead, so the form can say so.
 */
export function bodyFromDraft(
  draft: GradeDraft,
  members: { id: string; name: string }[],
): { body: PutGradeBody } | { missingReason: string } {
  const scores = Object.entries(draft.levels).map(([criterionId, levelId]) => ({
    criterionId,
    levelId,
    comment: (draft.comments[criterionId] ?? '').trim(),
  }))
  const adjustments: PutGradeBody['adjustments'] = []
  for (const member of members) {
    const typed = draft.adjustments[member.id]
    if (!typed || typed.points.trim() === '') continue
    if (typed.reason.trim() === '') return { missingReason: member.name }
    adjustments.push({ studentId: member.id, points: Number(typed.points), reason: typed.reason.trim() })
  }
  return { body: { scores, feedback: draft.feedback.trim(), adjustments } }
}
