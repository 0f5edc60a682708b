import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApi, unique } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer()
})
afterAll(async () => {
  await server.dispose()
})

const password = 'kata-sandi-rahasia'
const newEmail = () => `${unique('dosen')}@example.test`

/** The session cookie a response set, as `rk_session=<value>`. */
function sessionCookie(headers: Headers): string {
  const cookie = headers.getSetCookie().find((c) => c.startsWith('rk_session='))
  if (!cookie) throw new Error('no session cookie')
  return cookie.split(';')[0]!
}

describe('lecturer accounts', () => {
  it('registers a lecturer and returns the user and a token that works as a Bearer token', async () => {
    const api = createApi(server.url)
    const email = newEmail()
    const res = await api.request<{ user: unknown; token: string }>('POST', '/api/auth/register', {
      name: 'Dosen Satu',
      email: email.toUpperCase(),
      password,
    })
    expect(res.status).toBe(201)
    expect(res.body.user).toEqual({ id: expect.any(String), name: 'Dosen Satu', email, role: 'lecturer' })
    expect(res.body.token).toMatch(/^[A-Za-z0-9_-]{40,}$/)
    const me = await api.as(res.body.token).request('GET', '/api/me')
    expect(me.status).toBe(200)
    expect(me.body).toEqual({ user: res.body.user })
  })

  it('refuses a second registration of the same e-mail address with 409', async () => {
    const api = createApi(server.url)
    const email = newEmail()
    await api.registerLecturer({ name: 'A', email, password })
    const res = await api.request('POST', '/api/auth/register', { name: 'B', email, password })
    expect(res.status).toBe(409)
    expect(res.body).toEqual({
      error: { code: 'conflict', reason: 'email_taken', message: expect.stringMatching(/^email: /) },
    })
  })

  it('names the bad field in validation errors', async () => {
    const api = createApi(server.url)
    const bad = await api.request('POST', '/api/auth/register', {
      name: 'A',
      email: 'not-an-email',
      password,
    })
    expect(bad.status).toBe(400)
    expect(bad.body).toEqual({
      error: { code: 'validation', message: 'email: Invalid email address', field: 'email' },
    })
    const short = await api.request<{ error: { message: string } }>('POST', '/api/auth/register', {
      name: 'A',
      email: newEmail(),
      password: 'short',
    })
    expect(short.status).toBe(400)
    expect(short.body.error.message).toMatch(/^password: /)
    const missing = await api.request<{ error: { message: string } }>('POST', '/api/auth/register', {})
    expect(missing.body.error.message).toMatch(/^name: /)
  })

  it('logs in with an httpOnly SameSite=Lax session cookie that authenticates requests', async () => {
    const api = createApi(server.url)
    const email = newEmail()
    await api.registerLecturer({ name: 'Dosen', email, password })
    const res = await api.request<{ user: { email: string }; token: string }>('POST', '/api/auth/login', {
      email,
      password,
    })
    expect(res.status).toBe(200)
    expect(res.body.user.email).toBe(email)
    const raw = res.headers.getSetCookie().find((c) => c.startsWith('rk_session='))!
    expect(raw).toMatch(/HttpOnly/i)
    expect(raw).toMatch(/SameSite=Lax/i)
    expect(raw).toMatch(/Path=\//)
    expect(raw).not.toMatch(/Secure/i)
    expect(sessionCookie(res.headers)).toBe(`rk_session=${res.body.token}`)
    const me = await api.request('GET', '/api/me', undefined, { cookie: sessionCookie(res.headers) })
    expect(me.status).toBe(200)
  })

  it('answers a wrong password and an unknown e-mail with the same generic 401', async () => {
    const api = createApi(server.url)
    const email = newEmail()
    await api.registerLecturer({ name: 'Dosen', email, password })
    const wrong = await api.request('POST', '/api/auth/login', { email, password: 'wrong-password' })
    const unknown = await api.request('POST', '/api/auth/login', { email: newEmail(), password })
    expect(wrong.status).toBe(401)
    expect(unknown.status).toBe(401)
    expect(wrong.body).toEqual(unknown.body)
    expect(wrong.body).toMatchObject({ error: { code: 'invalid_credentials' } })
  })

  it('logs out: the session ends and the cookie is cleared', async () => {
    const api = createApi(server.url)
    const { token } = await api.registerLecturer({ name: 'Dosen', email: newEmail(), password })
    const out = await api.as(token).request('POST', '/api/auth/logout')
    expect(out.status).toBe(200)
    expect(out.headers.getSetCookie().some((c) => /^rk_session=;/.test(c))).toBe(true)
    const me = await api.as(token).request('GET', '/api/me')
    expect(me.status).toBe(401)
    expect(me.body).toMatchObject({ error: { code: 'unauthenticated' } })
  })

  it('answers 401 without a token and with an unknown token', async () => {
    const api = createApi(server.url)
    expect((await api.request('GET', '/api/me')).status).toBe(401)
    expect((await api.as('not-a-real-token').request('GET', '/api/me')).status).toBe(401)
    expect((await api.request('GET', '/api/classes')).status).toBe(401)
  })
})
