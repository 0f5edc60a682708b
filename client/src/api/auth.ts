import type {
  AuthResponse,
  JoinBody,
  JoinResponse,
  LoginBody,
  PublicUser,
  RegisterBody,
  RejoinBody,
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

/** GET /api/me: the signed-in user, or null without a session. Accepts `{user}` or the bare user. */
export async function fetchMe(): Promise<PublicUser | null> {
  try {
    const body = await request<unknown>('GET', '/api/me')
    if (typeof body === 'object' && body !== null && 'user' in body) {
      const user = (body as { user: unknown }).user
      return isUser(user) ? user : null
    }
    return isUser(body) ? body : null
  } catch (error) {
    if (error instanceof Error && 'status' in error && (error as { status: number }).status === 401)
      return null
    throw error
  }
}
