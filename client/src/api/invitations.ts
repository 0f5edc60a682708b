import type {
  CreatedInvitation,
  InvitationSummary,
  RegistrationInfo,
} from '../../../cases/contracts/invitations'
import { request } from './client'

/** GET /api/registration: open registration, or by invitation only. */
export const getRegistration = () => request<RegistrationInfo>('GET', '/api/registration')

/** POST /api/invitations: a new link (shown only now). */
export const createInvitation = () => request<CreatedInvitation>('POST', '/api/invitations', {})

/** GET /api/invitations: the lecturer's own invitations. */
export const listInvitations = () => request<InvitationSummary[]>('GET', '/api/invitations')

/** DELETE /api/invitations/:id */
export const revokeInvitation = (id: string) =>
  request<unknown>('DELETE', `/api/invitations/${encodeURIComponent(id)}`)
