import type { Bilingual } from '../i18n/bilingual'
import type {
  BooleanField,
  ChoiceField,
  DateField,
  MultiChoiceField,
  NumberField,
  OptionDef,
  StringField,
  TextField,
} from './types'

/**
 * What every field helper may add: short help, and a citation ONLY when that help restates the module. The client
 * prints the citation after the help, so help that is the app's own instruction ("Nama samaran.", "Tanggal aksi.")
 * passes none; a source outside the module says so ("Hartman, 1978 — di luar modul / outside the module").
 */
export interface FieldExtras {
  help?: Bilingual
  citation?: string
}

/** A multi-line (or, with `multiline: false`, one-line) co-edited text field. */
export const textField = (
  key: string,
  label: Bilingual,
  extras: FieldExtras & { multiline?: boolean } = {},
): TextField => {
  const { multiline = true, ...rest } = extras
  return { key, kind: 'text', multiline, label, ...rest }
}

/** A short plain string field (last writer wins). */
export const stringField = (
  key: string,
  label: Bilingual,
  extras: FieldExtras & { maxLength?: number } = {},
): StringField => ({
  key,
  kind: 'string',
  label,
  ...extras,
})

/** A yes/no field. */
export const booleanField = (key: string, label: Bilingual, extras: FieldExtras = {}): BooleanField => ({
  key,
  kind: 'boolean',
  label,
  ...extras,
})

/** One value from a list. */
export const choiceField = (
  key: string,
  label: Bilingual,
  options: OptionDef[],
  extras: FieldExtras = {},
): ChoiceField => ({
  key,
  kind: 'choice',
  options,
  label,
  ...extras,
})

/** Several values from a list (a checklist). */
export const multiChoiceField = (
  key: string,
  label: Bilingual,
  options: OptionDef[],
  extras: FieldExtras = {},
): MultiChoiceField => ({ key, kind: 'multiChoice', options, label, ...extras })

/** A number. */
export const numberField = (
  key: string,
  label: Bilingual,
  extras: FieldExtras & { min?: number; max?: number } = {},
): NumberField => ({
  key,
  kind: 'number',
  label,
  ...extras,
})

/** A calendar date. */
export const dateField = (key: string, label: Bilingual, extras: FieldExtras = {}): DateField => ({
  key,
  kind: 'date',
  label,
  ...extras,
})

/** An option of a choice or checklist. */
export const option = (value: string, label: Bilingual, help?: Bilingual): OptionDef =>
  help ? { value, label, help } : { value, label }
