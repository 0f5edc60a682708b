import type os from 'node:os'
import { describe, expect, it } from 'vitest'
import { lanAddresses, studentAccessLine, studentAddresses } from '../../server/seed/demo'

/** A machine with a loopback interface and one Wi-Fi address. */
const INTERFACES = {
  lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }],
  wlan0: [
    { address: '192.168.1.20', family: 'IPv4', internal: false },
    { address: 'fe80::1', family: 'IPv6', internal: false },
  ],
} as unknown as ReturnType<typeof os.networkInterfaces>

describe('the start-up message: how students reach this laptop', () => {
  const lan = lanAddresses(INTERFACES)

  it('finds the non-internal IPv4 addresses', () => {
    expect(lan).toEqual(['192.168.1.20'])
  })

  it('offers no LAN address when HOST is loopback (students could not connect), and says how to open it up', () => {
    for (const host of ['127.0.0.1', 'localhost', '::1', '127.0.1.1']) {
      expect(studentAddresses(host, lan)).toEqual([])
      const line = studentAccessLine(host, 3000, lan)
      expect(line).not.toContain('192.168.1.20')
      expect(line).toContain('HOST=0.0.0.0')
    }
  })

  it('offers every LAN address when listening on all interfaces', () => {
    expect(studentAccessLine('0.0.0.0', 3000, lan)).toContain('http://192.168.1.20:3000')
    expect(studentAddresses('::', lan)).toEqual(['192.168.1.20'])
  })

  it('offers only HOST itself when it names one address', () => {
    expect(studentAddresses('10.0.0.5', lan)).toEqual(['10.0.0.5'])
    expect(studentAccessLine('10.0.0.5', 3000, lan)).toContain('http://10.0.0.5:3000')
  })

  it('says when no network address is found', () => {
    expect(studentAccessLine('0.0.0.0', 3000, [])).toContain('No network address found')
  })
})
