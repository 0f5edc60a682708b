import type { Bilingual } from '../i18n/bilingual'

/** One option of a choice or multiple-choice field. `value` is stored in the document and the export. */
export interface OptionDef {
  value: string
  label: Bilingual
  help?: Bilingual
}

interface FieldBase {
  /** camelCase key: the key on the section's Y.Map and in the export. */
  key: string
  label: Bilingual
  help?: Bilingual
  /** The module's citation, e.g. "Garvin dkk., 2004". */
  citation?: string
}

/** Free text, stored as a Y.Text so people can type in it together. */
export interface TextField extends FieldBase {
  kind: 'text'
  /** Long answers get a multi-line editor. */
  multiline: boolean
}

/** One value from a list, stored as a plain string (or null) on the section's Y.Map. */
export interface ChoiceField extends FieldBase {
  kind: 'choice'
  options: OptionDef[]
}

/** Several values from a list, stored as a Y.Map of value → true. */
export interface MultiChoiceField extends FieldBase {
  kind: 'multiChoice'
  options: OptionDef[]
}

/** Yes or no, stored as a plain boolean (or null). */
export interface BooleanField extends FieldBase {
  kind: 'boolean'
}

/** A number, stored as a plain number (or null). */
export interface NumberField extends FieldBase {
  kind: 'number'
  min?: number
  max?: number
}

/** A calendar date, stored as a plain "YYYY-MM-DD" string (or null). */
export interface DateField extends FieldBase {
  kind: 'date'
}

/** Every kind of field a template section can hold. */
export type FieldDef = TextField | ChoiceField | MultiChoiceField | BooleanField | NumberField | DateField

/** The kinds of field, as a union of their names. */
export type FieldKind = FieldDef['kind']

/** A section of a template: a nested Y.Map in the document, an object in the export. */
export interface SectionDef {
  key: string
  title: Bilingual
  help?: Bilingual
  citation?: string
  fields: FieldDef[]
}

/** A structured analysis template from the course module, defined once as data. */
export interface TemplateDef {
  /** The top-level Y.Map name and the key under `templates` in the export. */
  id: string
  /** Raised when fields are added; the server upgrades stored workspaces on load. */
  version: number
  title: Bilingual
  summary: Bilingual
  citation: string
  sections: SectionDef[]
}
