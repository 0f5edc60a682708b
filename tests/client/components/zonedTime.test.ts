import { describe, expect, it } from 'vitest'
import { formatZoned, zoneAbbreviation } from '../../../client/src/components/zonedTime'

const AT = '2026-11-29T06:05:00Z'

describe('times in the viewer’s zone', () => {
  it('shows a UTC time in WIB, WITA and WIT with the local hour', () => {
    expect(formatZoned(AT, 'id', 'Asia/Jakarta')).toMatch(/13[.:]05 WIB$/)
    expect(formatZoned(AT, 'id', 'Asia/Makassar')).toMatch(/14[.:]05 WITA$/)
    expect(formatZoned(AT, 'en', 'Asia/Jayapura')).toMatch(/15[.:]05 WIT$/)
    expect(formatZoned(AT, 'id', 'Asia/Pontianak')).toMatch(/WIB$/)
  })

  it('keeps the browser’s own short name outside Indonesia, and an unreadable time as it was', () => {
    expect(zoneAbbreviation(new Date(AT), 'UTC', 'en')).toBe('UTC')
    expect(formatZoned(AT, 'en', 'UTC')).toMatch(/06:05 UTC$/)
    expect(formatZoned('not a time', 'id', 'Asia/Jakarta')).toBe('not a time')
  })
})
