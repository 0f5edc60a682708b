import { z } from 'zod'

/** How long an invitation link works unless said otherwise. */
export const INVITATION_DEFAULT_DAYS = 7
/** The longest an invitation may work. */
export const INVITATION_MAX_DAYS = 30

/** GET /api/registration: whether anyone may register as a lecturer, or only with an invitation. */
export interface RegistrationInfo {
  mode: 'open' | 'invite'
}

/** POST /api/invitations */
export const createInvitationBody = z.object({
  days: z.number().int().min(1).max(INVITATION_MAX_DAYS).optional(),
})
/** The body of POST /api/invitations. */
export type CreateInvitationBody = z.infer<typeof createInvitationBody>

/** 201 of POST /api/invitations: the link is shown only now (the server keeps only a hash of the token). */
export interface CreatedInvitation {
  id: string
  /** `<origin>/register?invite=<token>` */
  url: string
  token: string
  expiresAt: string
}

/** One of the lecturer's invitations, as GET /api/invitations lists them (never the token). */
export interface InvitationSummary {
  id: string
  createdAt: string
  expiresAt: string
  usedAt: string | null
  status: 'open' | 'used' | 'expired'
}

/** The register page's address for an invitation token. */
export const invitationPath = (token: string) => `/register?invite=${encodeURIComponent(token)}`
