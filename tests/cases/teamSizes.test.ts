import { describe, expect, it } from 'vitest'
import { teamSizes } from '../../cases/exercises/teamSizes'

describe('teamSizes: how students without a team are split into teams of N', () => {
  it('makes full teams; the last takes the remainder; a lone remainder joins the last team', () => {
    expect(teamSizes(3, 2)).toEqual([3])
    expect(teamSizes(4, 2)).toEqual([2, 2])
    expect(teamSizes(7, 3)).toEqual([3, 4])
    expect(teamSizes(8, 3)).toEqual([3, 3, 2])
    expect(teamSizes(1, 4)).toEqual([1])
    expect(teamSizes(2, 4)).toEqual([2])
    expect(teamSizes(3, 1)).toEqual([1, 1, 1])
    expect(teamSizes(0, 3)).toEqual([])
  })

  it('places every student exactly once', () => {
    for (let count = 0; count <= 30; count++)
      for (let size = 1; size <= 8; size++) {
        const sizes = teamSizes(count, size)
        expect(sizes.reduce((a, b) => a + b, 0)).toBe(count)
        if (size > 1 && count > 1) expect(sizes.every((s) => s > 1)).toBe(true)
      }
  })
})
