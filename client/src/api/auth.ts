import type {
  AuthResponse,
  JoinBody,
  JoinResponse,
  LoginBody,
  PublicUser,
  RegisterBody,
  RejoinBody,
  SessionResponse,
} from '../../../cases/contracts/http'
import { request } from './client'

/** POST /api/auth/register */
export const register = (body: RegisterBody) => request<AuthResponse>('POST', '/api/auth/register', body)

/** POST /api/auth/login */
export const login = (body: LoginBody) => request<AuthResponse>('POST', '/api/auth/login', body)

/** POST /api/auth/logout */
export const logout = () => request<unknown>('POST', '/api/auth/logout')

/** POST /api/join */
export const join = (body: JoinBody) => request<JoinResponse>('POST', '/api/join', body)

/** POST /api/rejoin */
export const rejoin = (body: RejoinBody) => request<AuthResponse>('POST', '/api/rejoin', body)

function isUser(value: unknown): value is PublicUser {
  return typeof value === 'object' && value !== null && 'id' in value && 'role' in value
}

/** GET /api/session: the signed-in user, or null without a session (always 200, so no error is logged). */
export async function fetchSession(): Promise<PublicUser | null> {
  const body = await request<SessionResponse>('GET', '/api/session')
  return isUser(body.user) ? body.user : null
}
