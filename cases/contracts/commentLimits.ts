/**
 * Limits of comments, shared by the server's checks and the client's form. In their own file without zod, so the
 * workspace page can read them without carrying zod (re-exported by ./comments).
 */
export const COMMENT_LIMITS = {
  /** Characters of a comment or reply body (plain text, never HTML). */
  body: 4000,
  /** Characters of the passage quoted when a comment is anchored to a range. */
  quote: 500,
  /** Threads per workspace. */
  threadsPerWorkspace: 500,
  /** Replies per thread. */
  repliesPerThread: 200,
  /** Characters of a workspace's whole comment file (its JSON): every change rewrites it, so it stays small. */
  charactersPerWorkspace: 2_000_000,
} as const
