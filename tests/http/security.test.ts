import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApi, setupClassWithTeams, unique } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'

let server: TestServer
let clientDir: string
beforeAll(async () => {
  clientDir = await mkdtemp(path.join(os.tmpdir(), 'ruang-kasus-client-'))
  await mkdir(path.join(clientDir, 'assets'))
  await writeFile(path.join(clientDir, 'index.html'), '<!doctype html><title>Ruang Kasus</title>')
  await writeFile(path.join(clientDir, 'assets', 'app.js'), 'console.log(1)')
  server = await startTestServer({ CLIENT_DIR: clientDir, ALLOWED_ORIGINS: 'http://dev.example.test:5173' })
})
afterAll(async () => {
  await server.dispose()
  await rm(clientDir, { recursive: true, force: true })
})

const api = () => createApi(server.url)

async function lecturerCookie(): Promise<{ cookie: string; token: string }> {
  const email = `${unique('dosen')}@example.test`
  const res = await api().request<{ token: string }>('POST', '/api/auth/register', {
    name: 'Dosen',
    email,
    password: 'kata-sandi-rahasia',
  })
  return { cookie: `rk_session=${res.body.token}`, token: res.body.token }
}

describe('hygiene headers', () => {
  it('sends a Content-Security-Policy and the other security headers on the page, without X-Powered-By', async () => {
    const res = await fetch(`${server.url}/`)
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('Ruang Kasus')
    const csp = res.headers.get('content-security-policy')
    expect(csp).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' blob:; " +
        "font-src 'self'; connect-src 'self' ws: wss:; object-src 'none'; worker-src 'self'; " +
        "frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
    )
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('referrer-policy')).toBe('same-origin')
    expect(res.headers.get('x-frame-options')).toBe('DENY')
    expect(res.headers.get('x-powered-by')).toBeNull()
  })

  it('sends the same headers on API responses, which are never cached', async () => {
    const res = await api().request('GET', '/api/me')
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('x-powered-by')).toBeNull()
    expect(res.headers.get('cache-control')).toBe('no-store')
  })

  it('serves client routes with the page but never swallows server paths', async () => {
    const page = await fetch(`${server.url}/classes/abc`)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toMatch(/html/)
    const asset = await fetch(`${server.url}/assets/app.js`)
    expect(await asset.text()).toBe('console.log(1)')
    for (const p of ['/api/nope', '/api', '/yjs', '/healthz/x']) {
      const res = await api().request('GET', p)
      expect(res.status, p).toBe(404)
      expect(res.headers.get('content-type'), p).toMatch(/json/)
    }
  })
})

describe('unknown routes and bad bodies', () => {
  it('answers unknown /api routes with a JSON 404', async () => {
    const res = await api().request('POST', '/api/does/not/exist', { a: 1 })
    expect(res.status).toBe(404)
    expect(res.body).toEqual({ error: { code: 'not_found', message: expect.any(String) } })
  })

  it('answers malformed JSON with 400 bad_json and no stack trace', async () => {
    const res = await api().request('POST', '/api/auth/login', '{"email": "x@y.test",', {})
    expect(res.status).toBe(400)
    expect(res.body).toEqual({ error: { code: 'bad_json', message: expect.any(String) } })
    expect(JSON.stringify(res.body)).not.toMatch(/at |node_modules|\/work\//)
  })

  it('answers a malformed %-escape in the path with 400, not 500', async () => {
    const res = await api().request('GET', '/api/workspaces/%E0%A4%A')
    expect(res.status).toBe(400)
    expect(res.body).toMatchObject({ error: { code: 'validation' } })
  })

  it('answers a body over the limit with 413', async () => {
    const res = await api().request('POST', '/api/auth/register', {
      name: 'x'.repeat(200_000),
      email: 'a@b.test',
      password: 'x',
    })
    expect(res.status).toBe(413)
    expect(res.body).toMatchObject({ error: { code: 'payload_too_large' } })
  })

  it('ignores __proto__ and constructor keys: they change nothing', async () => {
    const { token } = await lecturerCookie()
    const body =
      '{"name":"Kelas Aman","__proto__":{"polluted":true,"isAdmin":true},"constructor":{"prototype":{"polluted":true}}}'
    const res = await api().as(token).request<Record<string, unknown>>('POST', '/api/classes', body)
    expect(res.status).toBe(201)
    expect(res.body.name).toBe('Kelas Aman')
    expect(res.body).not.toHaveProperty('isAdmin')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    const patched = await api()
      .as(token)
      .request<Record<string, unknown>>(
        'PATCH',
        `/api/classes/${res.body.id as string}`,
        '{"__proto__":{"archived":true},"constructor":{"archived":true}}',
      )
    expect(patched.status).toBe(200)
    expect(patched.body.archived).toBe(false)
  })
})

describe('origin check for cookie requests', () => {
  it('refuses a cookie-authenticated change from a foreign origin or with no origin at all', async () => {
    const { cookie } = await lecturerCookie()
    const foreign = await api().request(
      'POST',
      '/api/classes',
      { name: 'X' },
      { cookie, origin: 'http://evil.example' },
    )
    expect(foreign.status).toBe(403)
    expect(foreign.body).toMatchObject({ error: { code: 'forbidden' } })
    const foreignReferer = await api().request(
      'POST',
      '/api/classes',
      { name: 'X' },
      { cookie, referer: 'http://evil.example/page' },
    )
    expect(foreignReferer.status).toBe(403)
    const none = await api().request('POST', '/api/classes', { name: 'X' }, { cookie })
    expect(none.status).toBe(403)
  })

  it('accepts a cookie-authenticated change from this host or an allowed origin', async () => {
    const { cookie } = await lecturerCookie()
    const same = await api().request('POST', '/api/classes', { name: 'Sama' }, { cookie, origin: server.url })
    expect(same.status).toBe(201)
    const allowed = await api().request(
      'POST',
      '/api/classes',
      { name: 'Dev' },
      { cookie, origin: 'http://dev.example.test:5173' },
    )
    expect(allowed.status).toBe(201)
    const referer = await api().request(
      'POST',
      '/api/classes',
      { name: 'Ref' },
      { cookie, referer: `${server.url}/classes` },
    )
    expect(referer.status).toBe(201)
  })

  it('lets cookie reads through and exempts Bearer requests from the check', async () => {
    const { cookie, token } = await lecturerCookie()
    expect(
      (await api().request('GET', '/api/classes', undefined, { cookie, origin: 'http://evil.example' }))
        .status,
    ).toBe(200)
    const bearer = await api()
      .as(token)
      .request('POST', '/api/classes', { name: 'Bearer' }, { origin: 'http://evil.example' })
    expect(bearer.status).toBe(201)
  })

  it('refuses a login posted from a foreign page', async () => {
    const res = await api().request(
      'POST',
      '/api/auth/login',
      { email: 'a@b.test', password: 'x' },
      { origin: 'http://evil.example' },
    )
    expect(res.status).toBe(403)
  })

  it('applies to students joining and picking teams with cookies too', async () => {
    const setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 1 })
    const cookie = `rk_session=${setup.students[0]![0]!.token}`
    const res = await api().request(
      'PUT',
      '/api/me/team',
      { teamId: setup.teamIds[0] },
      { cookie, origin: 'http://evil.example' },
    )
    expect(res.status).toBe(403)
    const ok = await api().request(
      'PUT',
      '/api/me/team',
      { teamId: setup.teamIds[0] },
      { cookie, origin: server.url },
    )
    expect(ok.status).toBe(200)
  })
})
