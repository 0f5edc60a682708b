import type { z } from 'zod'
import { invalid } from '../services/errors'

/** Parse a request body with a contract schema; 400 naming the first bad field ("email: Invalid email address"). */
export function validate<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body ?? {})
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : 'body'
  throw invalid(field, issue?.message ?? 'invalid')
}
