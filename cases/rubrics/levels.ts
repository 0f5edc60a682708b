import type { RubricCriterion, RubricLevel } from '../contracts/grades'
import { bi } from '../i18n/bilingual'

/** The ids of the default scale, best first. */
export type LevelId = 'excellent' | 'good' | 'adequate' | 'developing' | 'missing'

/** The default scale of every criterion: 0–4 points, from "not addressed" to "excellent". */
export const DEFAULT_LEVELS: readonly (Omit<RubricLevel, 'description'> & { id: LevelId })[] = [
  { id: 'excellent', label: bi('Sangat baik', 'Excellent'), points: 4 },
  { id: 'good', label: bi('Baik', 'Good'), points: 3 },
  { id: 'adequate', label: bi('Cukup', 'Adequate'), points: 2 },
  { id: 'developing', label: bi('Kurang', 'Developing'), points: 1 },
  { id: 'missing', label: bi('Tidak ada', 'Not addressed'), points: 0 },
]

/** A text in Indonesian and English, as `[id, en]`. */
export type Pair = readonly [string, string]

/** What a written criterion says: its key, title, description, what work at each level looks like, and its weight. */
export interface CriterionText {
  key: string
  title: Pair
  description: Pair
  /** One description per level of the default scale, 0 ("missing") included. */
  levels: Readonly<Record<LevelId, Pair>>
  /** The criterion's share of `percent`; 1 when omitted. */
  weight?: number
}

/** A criterion of `templateId` on the default scale; its id is `<templateId>-<key>` so templates never clash. */
export function criterion(templateId: string, text: CriterionText): RubricCriterion {
  return {
    id: `${templateId}-${text.key}`,
    templateId,
    title: bi(...text.title),
    description: bi(...text.description),
    weight: text.weight ?? 1,
    levels: DEFAULT_LEVELS.map((l) => ({
      ...l,
      label: { ...l.label },
      description: bi(...text.levels[l.id]),
    })),
  }
}

/** The criteria of a template's written rubric. */
export function writtenRubric(templateId: string, texts: readonly CriterionText[]): RubricCriterion[] {
  return texts.map((text) => criterion(templateId, text))
}
