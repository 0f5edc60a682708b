import { describe, expect, it } from 'vitest'
import type { ExerciseTeamProgress, HelpRequest } from '../../../../cases/contracts/exercises'
import {
  addHelp,
  clearHelp,
  mergeProgress,
  totals,
} from '../../../../client/src/features/exercise/progressMerge'
import { relativeTime } from '../../../../client/src/features/exercise/relativeTime'
import { exerciseTextId } from '../../../../client/src/features/exercise/strings'

const team = (teamId: string, filled: number): ExerciseTeamProgress => ({
  teamId,
  workspaceId: `w-${teamId}`,
  progress: { fiveC: { filled, total: 10 }, ecomap: { filled: 1, total: 5 } },
  online: 2,
  lastActivity: null,
  help: [],
})
const help = (id: string, teamId: string): HelpRequest => ({
  id,
  exerciseId: 'e1',
  teamId,
  userId: 'u1',
  message: null,
  requestedAt: '2026-11-29T07:00:00.000Z',
  acknowledgedAt: null,
})

describe("the lecturer's live overview", () => {
  it('keeps teams a partial progress push leaves out, and replaces the ones it carries', () => {
    const first = mergeProgress(new Map(), [team('a', 1), team('b', 2)])
    const next = mergeProgress(first, [team('b', 5)])
    expect(next.get('a')?.progress.fiveC?.filled).toBe(1)
    expect(next.get('b')?.progress.fiveC?.filled).toBe(5)
    expect(totals(team('a', 3))).toEqual({ filled: 4, total: 15 })
  })

  it('flags a help request once, and clears it when acknowledged', () => {
    let teams = mergeProgress(new Map(), [team('a', 0)])
    teams = addHelp(teams, help('h1', 'a'))
    teams = addHelp(teams, help('h1', 'a'))
    teams = addHelp(teams, help('h2', 'x'))
    expect(teams.get('a')?.help.map((h) => h.id)).toEqual(['h1'])
    expect(teams.get('x')?.help).toHaveLength(1)
    expect(clearHelp(teams, 'a', ['h1']).get('a')?.help).toEqual([])
    expect(clearHelp(teams, 'x').get('x')?.help).toEqual([])
  })

  it('says how long ago a team was active', () => {
    const t = (key: keyof typeof exerciseTextId, vars: Record<string, string | number> = {}) =>
      exerciseTextId[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name]))
    const now = Date.parse('2026-11-29T07:10:00.000Z')
    expect(relativeTime('2026-11-29T07:09:55.000Z', now, t)).toBe('baru saja')
    expect(relativeTime('2026-11-29T07:09:20.000Z', now, t)).toBe('40 dtk lalu')
    expect(relativeTime('2026-11-29T07:08:00.000Z', now, t)).toBe('2 mnt lalu')
    expect(relativeTime('2026-11-29T05:00:00.000Z', now, t)).toBe('2 jam lalu')
  })
})
