import type { RubricCriterion, RubricLevel } from '../../../../cases/contracts/grades'
import type { Bilingual } from '../../../../cases/i18n/bilingual'

/** An id (`prefix` plus a number) not used by any of `taken`; ids must be unique within their list. */
export function freshId(prefix: string, taken: { id: string }[]): string {
  const used = new Set(taken.map((t) => t.id))
  let n = taken.length + 1
  while (used.has(`${prefix}${n}`)) n += 1
  return `${prefix}${n}`
}

/** A new level after the existing ones, one point above the highest. */
export function newLevel(levels: RubricLevel[], label: Bilingual): RubricLevel {
  const top = levels.reduce((max, l) => Math.max(max, l.points), -1)
  return { id: freshId('level', levels), label, points: top + 1 }
}

/** A new criterion for the whole work, with two levels (0 and 1 point) to start from. */
export function newCriterion(
  criteria: RubricCriterion[],
  title: Bilingual,
  levelLabel: Bilingual,
): RubricCriterion {
  const first: RubricLevel = { id: 'level1', label: levelLabel, points: 0 }
  return {
    id: freshId('criterion', criteria),
    templateId: null,
    title,
    description: title,
    weight: 1,
    levels: [first, newLevel([first], levelLabel)],
  }
}

/** `list` with item `index` replaced by `change(item)`. */
export function replaceAt<T>(list: T[], index: number, change: (item: T) => T): T[] {
  return list.map((item, i) => (i === index ? change(item) : item))
}

/** `list` without item `index`. */
export function removeAt<T>(list: T[], index: number): T[] {
  return list.filter((_, i) => i !== index)
}

/**
 * The criteria as they are sent: a level description left blank in both languages is dropped, and one written in a
 * single language stands for both (the server needs both or neither).
 */
export function criteriaForSaving(criteria: RubricCriterion[]): RubricCriterion[] {
  return criteria.map((c) => ({
    ...c,
    levels: c.levels.map(({ description, ...level }) => {
      const id = description?.id.trim() ?? ''
      const en = description?.en.trim() ?? ''
      if (!id && !en) return level
      return { ...level, description: { id: id || en, en: en || id } }
    }),
  }))
}
