/**
 * Limits of a lecturer's own case, in characters per language (or items): the server enforces them through
 * `caseBody` (http.ts) and the client shows them. A file of its own so the client can import it without zod.
 */
export const CASE_LIMITS = {
  title: 160,
  summary: 600,
  scenario: 12000,
  prompt: 600,
  prompts: 20,
  contentNote: 600,
  templates: 20,
  source: 300,
} as const
