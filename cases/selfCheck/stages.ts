import type { Bilingual } from '../i18n/bilingual'
import { TUCKMAN_STAGE_OPTIONS, tuckman } from '../templates/tuckman'
import type { OptionDef } from '../templates/types'

/** The module's four stages of group development, in order (Tabel 2; no fifth stage). */
export const TUCKMAN_STAGES = ['forming', 'storming', 'norming', 'performing'] as const

/** One of the four stages. */
export type TuckmanStage = (typeof TUCKMAN_STAGES)[number]

/** A stage with its label and the module's characteristics (indicators) of a group at that stage. */
export interface StageIndicators {
  stage: TuckmanStage
  label: Bilingual
  indicators: OptionDef[]
}

function indicatorsOf(stage: TuckmanStage): OptionDef[] {
  const section = tuckman.sections.find((s) => s.key === stage)
  const field = section?.fields.find((f) => f.key === 'indicators')
  return field?.kind === 'multiChoice' ? field.options : []
}

function labelOf(stage: TuckmanStage): Bilingual {
  return TUCKMAN_STAGE_OPTIONS.find((o) => o.value === stage)?.label ?? { id: stage, en: stage }
}

/**
 * Each stage with its indicators, read from the Tuckman template so the self-check and the case analysis share one
 * wording of the module's Tabel 2.
 */
export const TUCKMAN_STAGE_INDICATORS: readonly StageIndicators[] = TUCKMAN_STAGES.map((stage) => ({
  stage,
  label: labelOf(stage),
  indicators: indicatorsOf(stage),
}))

/** Every indicator key of every stage (the keys are unique across stages). */
export const TUCKMAN_INDICATOR_KEYS: readonly string[] = TUCKMAN_STAGE_INDICATORS.flatMap((s) =>
  s.indicators.map((i) => i.value),
)

/** The stage an indicator key belongs to, or undefined for an unknown key. */
export function stageOfIndicator(key: string): TuckmanStage | undefined {
  return TUCKMAN_STAGE_INDICATORS.find((s) => s.indicators.some((i) => i.value === key))?.stage
}
