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
  /**
   * The module's citation of the help text, e.g. "Garvin dkk., 2004" — only when the help restates the module (the
   * client prints it after the help). A source outside the module ends in "— di luar modul / outside the module".
   */
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

/**
 * A short single-line value (a name, a label, who does something), stored as a PLAIN string on its Y.Map: the last
 * writer wins, as for a choice. Use `text` instead for prose people type in together. Exported as a string (`""` when
 * empty); filled when it is not blank.
 */
export interface StringField extends FieldBase {
  kind: 'string'
  /** The form's limit; the export carries whatever string the document holds. */
  maxLength?: number
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
export type FieldDef =
  TextField | StringField | ChoiceField | MultiChoiceField | BooleanField | NumberField | DateField

/** The kinds of field, as a union of their names. */
export type FieldKind = FieldDef['kind']

/** A field's value as plain JSON, the way the export carries it (and the way collection defaults are written). */
export type FieldJson = string | string[] | boolean | number | null

/**
 * A list of items people add to and remove at the same time (ecomap systems and ties, action items, …).
 *
 * Document layout: the section's Y.Map (`doc.getMap(templateId).get(sectionKey)`) is keyed by a generated item id
 * (lib0 `random.uuidv4()`), and each value is a `Y.Map` item holding `itemFields` exactly like a section holds its
 * fields (`text` → `Y.Text`, `multiChoice` → `Y.Map` of value → true, every other kind a plain value), plus a hidden
 * plain number `order` (1 + the highest `order` present when the item was added). Never a Y.Array: concurrent adds,
 * moves and deletes of different items never conflict, and edits to one item's fields merge field by field.
 *
 * Who creates what: the server creates the (empty) section map, and inserts `defaults` only when it first creates the
 * map (never again on later upgrades, so items people deleted stay deleted). Clients add an item with
 * `addCollectionItem` (cases/ydoc/collections.ts), which builds the whole item Y.Map — with its Y.Text and Y.Map
 * fields — before inserting it at a fresh random id in one transaction. That is the one case where a client creates a
 * shared type: the key is unique, so no other client can create a rival at the same key. Clients delete an item with
 * `removeCollectionItem`; they never create or replace an item's `Y.Text`/`Y.Map` fields.
 *
 * Export: the section becomes an ARRAY of plain objects `{ id, ...itemFields }`, ordered by `order`, then by `id` (two
 * items added at the same moment on two devices get the same `order`; the id decides). Completion: the section counts
 * as ONE field, filled when it has at least one item.
 */
export interface CollectionDef {
  /** The fields of every item (keys `id` and `order` are reserved). */
  itemFields: FieldDef[]
  /** Items the server inserts when it first creates the section (values by item-field key; the rest start empty). */
  defaults?: Record<string, FieldJson>[]
  /** What one item is called, e.g. "Sistem" / "System" ("Add system"). */
  itemLabel: Bilingual
}

/** A section of a template: a nested Y.Map in the document, an object (or, for a collection, an array) in the export. */
export interface SectionDef {
  key: string
  title: Bilingual
  help?: Bilingual
  citation?: string
  /** The section's fields; empty for a collection section (its fields are `collection.itemFields`). */
  fields: FieldDef[]
  /** When present, the section is a collection of items, not a set of fields (see CollectionDef). */
  collection?: CollectionDef
}

/**
 * A field an older version of a template had and this one does not (e.g. a checklist that became help text). When
 * the server loads a stored workspace it appends a readable note of what the field held to the end of `noteInto`
 * (a text field of the same section), then deletes the field: nothing the team wrote or ticked is silently lost.
 */
export interface RetiredField {
  /** The section key. */
  section: string
  /** The field as the older version defined it: its label and options make the note readable. */
  field: FieldDef
  /** Key of a `text` field of the same section that receives the note. */
  noteInto: string
  /** The template version that retired the field. */
  since: number
}

/** An option an older version offered: stored choices of `value` become `into` (another option of the field). */
export interface RetiredOption {
  section: string
  /** Key of the choice or multiple-choice field. */
  field: string
  value: string
  into: string
  /** The template version that retired the option. */
  since: number
}

/** A structured analysis template from the course module, defined once as data. */
export interface TemplateDef {
  /** The top-level Y.Map name and the key under `templates` in the export. */
  id: string
  /**
   * Raised when fields or options are added, retired or merged; the server upgrades stored workspaces on load
   * (cases/ydoc/structure.ts): missing fields are created, `retiredFields` and `retiredOptions` are carried over.
   */
  version: number
  title: Bilingual
  summary: Bilingual
  citation: string
  sections: SectionDef[]
  /** Fields older versions had, and where what they held goes. */
  retiredFields?: RetiredField[]
  /** Options older versions had, and the option their stored choices become. */
  retiredOptions?: RetiredOption[]
}
