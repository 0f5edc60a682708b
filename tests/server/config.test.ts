import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from '../../server/config'

describe('configuration from environment variables', () => {
  it('uses the documented defaults on an empty environment', () => {
    const config = loadConfig({})
    expect(config.PORT).toBe(3000)
    expect(config.HOST).toBe('0.0.0.0')
    expect(config.dataDir).toBe(path.resolve('./data'))
    expect(config.SEED_DEMO).toBe(true)
    expect(config.WS_MAX_MESSAGE_BYTES).toBe(2 * 1024 * 1024)
    expect(config.SAVE_MAX_WAIT_MS).toBeLessThanOrEqual(10_000)
    expect(config.LOG_FLUSH_TICK_MS).toBeLessThanOrEqual(10)
  })

  it('reads and converts the values it is given', () => {
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: '/tmp/rk',
      SEED_DEMO: 'false',
      CLIENT_DIR: '',
    })
    expect(config).toMatchObject({
      PORT: 0,
      HOST: '127.0.0.1',
      dataDir: '/tmp/rk',
      SEED_DEMO: false,
      clientDir: null,
    })
  })

  it('keeps the server secret beside the data folder by default, never inside it', () => {
    expect(loadConfig({}).secretFile).toBe(path.resolve('./data.secret'))
    expect(loadConfig({}).SCRYPT_COST_LOG2).toBe(17)
    expect(loadConfig({ DATA_DIR: '/srv/rk/data/' }).secretFile).toBe('/srv/rk/data.secret')
    expect(loadConfig({ DATA_DIR: '/srv/rk/data', SECRET_FILE: '/etc/rk/secret' }).secretFile).toBe(
      '/etc/rk/secret',
    )
    expect(() => loadConfig({ DATA_DIR: '/srv/rk/data', SECRET_FILE: '/srv/rk/data/x/secret' })).toThrow(
      'SECRET_FILE: must be outside DATA_DIR',
    )
    expect(() => loadConfig({ SCRYPT_COST_LOG2: '20' })).toThrow(ConfigError)
  })

  it('lists every problem, one line each, naming the variable', () => {
    let caught: unknown
    try {
      loadConfig({ PORT: 'eighty', SEED_DEMO: 'maybe', ALLOWED_ORIGINS: 'not a url' })
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(ConfigError)
    const problems = (caught as ConfigError).problems
    expect(problems).toHaveLength(3)
    expect(problems.some((p) => p.startsWith('PORT:'))).toBe(true)
    expect(problems.some((p) => p.startsWith('SEED_DEMO:'))).toBe(true)
    expect(problems.some((p) => p.startsWith('ALLOWED_ORIGINS'))).toBe(true)
  })

  it('refuses a save debounce longer than the maximum wait', () => {
    expect(() => loadConfig({ SAVE_DEBOUNCE_MS: '1500', SAVE_MAX_WAIT_MS: '1000' })).toThrow(
      /SAVE_DEBOUNCE_MS/,
    )
  })

  it('takes a document soft limit of 4 MiB by default, and refuses one too small or not a whole number', () => {
    expect(loadConfig({}).DOCUMENT_SOFT_LIMIT_BYTES).toBe(4 * 1024 * 1024)
    expect(loadConfig({ DOCUMENT_SOFT_LIMIT_BYTES: '1048576' }).DOCUMENT_SOFT_LIMIT_BYTES).toBe(1024 * 1024)
    for (const value of ['1000', '2500000.5', 'lots'])
      expect(() => loadConfig({ DOCUMENT_SOFT_LIMIT_BYTES: value })).toThrow(/DOCUMENT_SOFT_LIMIT_BYTES/)
  })
})
