/**
 * An invitation to register as a lecturer (REGISTRATION=invite): single-use, expiring, stored only as the
 * SHA-256 of its token (like sessions), so a leaked data folder holds no usable link.
 */
export interface InvitationRecord {
  id: string
  tokenHash: string
  /** The lecturer who made it; null when an operator made it with `npm run invite`. */
  createdBy: string | null
  createdAt: string
  expiresAt: string
  /** When it was used to register, and by whom (the new lecturer's id); null while unused. */
  usedAt: string | null
  usedBy: string | null
}

/** Invitations, a small collection kept in one file. */
export interface InvitationStore {
  get(id: string): Promise<InvitationRecord | undefined>
  findByTokenHash(tokenHash: string): Promise<InvitationRecord | undefined>
  /** Every invitation this lecturer made, oldest first. */
  listByCreator(lecturerId: string): Promise<InvitationRecord[]>
  put(record: InvitationRecord): Promise<void>
  delete(id: string): Promise<void>
}
