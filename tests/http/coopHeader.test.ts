import http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer, type TestServer } from '../helpers/startTestServer'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer()
})
afterAll(async () => {
  await server.dispose()
})

/** GET a path of the test server as a browser that typed `host` in its address bar would. */
function headersFor(host: string, pathName = '/healthz'): Promise<http.IncomingHttpHeaders> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      { host: '127.0.0.1', port: server.port, path: pathName, headers: { Host: host } },
      (res) => {
        res.resume()
        res.on('end', () => resolve(res.headers))
      },
    )
    request.on('error', reject)
  })
}

describe('Cross-Origin-Opener-Policy only where the browser applies it (a secure context)', () => {
  it('is sent to loopback origins (localhost, 127.0.0.1, [::1])', async () => {
    for (const host of [`localhost:${server.port}`, `127.0.0.1:${server.port}`, `[::1]:${server.port}`]) {
      expect((await headersFor(host))['cross-origin-opener-policy']).toBe('same-origin')
    }
  })

  it('is left out over plain http on a LAN address or name (the browser would log an error), other headers stay', async () => {
    for (const host of [`192.168.1.20:${server.port}`, `ruangkasus.test:${server.port}`]) {
      const headers = await headersFor(host)
      expect(headers['cross-origin-opener-policy']).toBeUndefined()
      expect(headers['x-frame-options']).toBe('DENY')
      expect(headers['cross-origin-resource-policy']).toBe('same-origin')
    }
  })
})
