import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SessionResponse } from '../../cases/contracts/http'
import { createApi, unique } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer()
})
afterAll(async () => {
  await server.dispose()
})

describe('GET /api/session: who is signed in, never an error', () => {
  it('answers 200 {user: null} without a session or with an unknown token; /api/me keeps its 401', async () => {
    const anon = createApi(server.url)
    for (const api of [anon, anon.as('not-a-real-token')]) {
      const res = await api.request<SessionResponse>('GET', '/api/session')
      expect(res.status).toBe(200)
      expect(res.body).toEqual({ user: null })
      expect(res.headers.get('cache-control')).toBe('no-store')
      const me = await api.request<{ error: { code: string } }>('GET', '/api/me')
      expect(me.status).toBe(401)
      expect(me.body.error.code).toBe('unauthenticated')
    }
  })

  it('answers the signed-in user (by bearer token or by the session cookie) as /api/me does', async () => {
    const anon = createApi(server.url)
    const email = `${unique('dosen')}@example.test`
    const auth = await anon.registerLecturer({ name: 'Dosen Sesi', email, password: 'kata-sandi-rahasia' })
    const byBearer = await anon.as(auth.token).request<SessionResponse>('GET', '/api/session')
    expect(byBearer.body).toEqual({ user: { id: auth.user.id, name: 'Dosen Sesi', email, role: 'lecturer' } })
    const me = await anon.as(auth.token).request<SessionResponse>('GET', '/api/me')
    expect(byBearer.body).toEqual(me.body)
    const byCookie = await anon.request<SessionResponse>('GET', '/api/session', undefined, {
      cookie: `rk_session=${auth.token}`,
    })
    expect(byCookie.body.user?.id).toBe(auth.user.id)

    // Signed out: null again.
    await anon.as(auth.token).request('POST', '/api/auth/logout')
    expect((await anon.as(auth.token).request<SessionResponse>('GET', '/api/session')).body).toEqual({
      user: null,
    })
  })
})
