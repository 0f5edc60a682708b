import type { RubricCriterion, RubricLevel } from '../contracts/grades'
import { bi, type Bilingual } from '../i18n/bilingual'

/** The default scale of every criterion: 0–4 points, from "not addressed" to "excellent". */
export const DEFAULT_LEVELS: readonly RubricLevel[] = [
  { id: 'excellent', label: bi('Sangat baik', 'Excellent'), points: 4 },
  { id: 'good', label: bi('Baik', 'Good'), points: 3 },
  { id: 'adequate', label: bi('Cukup', 'Adequate'), points: 2 },
  { id: 'developing', label: bi('Kurang', 'Developing'), points: 1 },
  { id: 'missing', label: bi('Tidak ada', 'Not addressed'), points: 0 },
]

/** A criterion of `templateId` on the default scale; its id is `<templateId>-<key>` so templates never clash. */
export function criterion(
  templateId: string,
  key: string,
  title: Bilingual,
  description: Bilingual,
): RubricCriterion {
  return {
    id: `${templateId}-${key}`,
    templateId,
    title,
    description,
    levels: DEFAULT_LEVELS.map((l) => ({ ...l, label: { ...l.label } })),
  }
}
