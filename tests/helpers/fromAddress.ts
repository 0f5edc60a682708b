import http from 'node:http'
import type { ApiResponse } from './api'

/**
 * POST JSON to a test server from a chosen loopback address: the client socket is bound to `localAddress`
 * (any 127.x.y.z on Linux), so the server sees a different client address without trusting a proxy header.
 */
export function postFrom(
  localAddress: string,
  baseUrl: string,
  path: string,
  body: unknown,
): Promise<ApiResponse<{ error?: { code: string } }>> {
  const payload = JSON.stringify(body)
  return new Promise((resolve, reject) => {
    const req = http.request(
      new URL(path, baseUrl),
      {
        method: 'POST',
        localAddress,
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
      },
      (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (text += chunk))
        res.on('end', () => {
          const headers = new Headers()
          for (const [name, value] of Object.entries(res.headers))
            if (typeof value === 'string') headers.set(name, value)
          const json = (res.headers['content-type'] ?? '').includes('json')
          resolve({ status: res.statusCode ?? 0, body: json ? JSON.parse(text) : text, headers })
        })
      },
    )
    req.on('error', reject)
    req.end(payload)
  })
}

/** How many of `statuses` equal `status`. */
export const countOf = (statuses: number[], status: number) => statuses.filter((s) => s === status).length
