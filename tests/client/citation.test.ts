import { describe, expect, it } from 'vitest'
import { inBrackets, unbracketed } from '../../client/src/templates/citation'

describe('a citation shown in brackets', () => {
  it('never nests brackets: "(Hartman, 1978; notasi ecomap)"', () => {
    expect(inBrackets('Hartman, 1978 (notasi ecomap)')).toBe('(Hartman, 1978; notasi ecomap)')
    expect(unbracketed('Hartman, 1978 (notasi ecomap)')).toBe('Hartman, 1978; notasi ecomap')
  })
  it('leaves a plain citation as it is', () => {
    expect(inBrackets('Modul Ketiga, hlm. 12')).toBe('(Modul Ketiga, hlm. 12)')
  })
})
