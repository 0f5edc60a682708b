import * as Y from 'yjs'
import { wordDiff } from '../../cases/history/wordDiff'
import type { FieldDef, FieldJson, SectionDef, TemplateDef } from '../../cases/templates/types'
import { buildItem, ORDER_KEY } from '../../cases/ydoc/collections'
import { readField } from '../../cases/ydoc/read'

function mapAt(parent: Y.Map<unknown> | undefined, key: string): Y.Map<unknown> | undefined {
  const value = parent?.get(key)
  return value instanceof Y.Map ? (value as Y.Map<unknown>) : undefined
}

/** A plain value as stored (shared types never count as one). */
function plain(value: unknown): FieldJson {
  if (value === undefined || value === null || value instanceof Y.AbstractType) return null
  return value as FieldJson
}

/**
 * Turn a Y.Text into `target` with a word-level diff: only the words that differ are deleted or inserted, so typing
 * elsewhere in the text at the same moment, and comments anchored to unchanged words, stay where they are.
 */
export function setTextMinimally(text: Y.Text, target: string): void {
  let index = 0
  for (const change of wordDiff(text.toString(), target)) {
    if (change.op === 'delete') {
      text.delete(index, change.text.length)
    } else {
      if (change.op === 'insert') text.insert(index, change.text)
      index += change.text.length
    }
  }
}

/** Give a multiple-choice Y.Map exactly the chosen values of the snapshot's. */
function setChoices(live: Y.Map<unknown>, snapshot: Y.Map<unknown> | undefined): void {
  const chosen = new Set([...(snapshot?.entries() ?? [])].filter(([, on]) => on === true).map(([v]) => v))
  for (const [value, on] of [...live.entries()]) if (on !== true || !chosen.has(value)) live.delete(value)
  for (const value of chosen) if (live.get(value) !== true) live.set(value, true)
}

/** Set a plain value when it differs (a field missing on both sides stays missing). */
function setPlain(live: Y.Map<unknown>, key: string, target: FieldJson): void {
  if (plain(live.get(key)) === target) return
  if (target === null && !live.has(key)) return
  live.set(key, target)
}

/** Reconcile the fields of a section (or a collection item) with the snapshot's. */
function restoreFields(
  live: Y.Map<unknown>,
  snapshot: Y.Map<unknown> | undefined,
  fields: readonly FieldDef[],
) {
  for (const field of fields) {
    const current = live.get(field.key)
    if (field.kind === 'text') {
      // The server created this Y.Text; it is never replaced, only edited (a missing one is left for the upgrade).
      if (current instanceof Y.Text) setTextMinimally(current, readField(snapshot, field) as string)
    } else if (field.kind === 'multiChoice') {
      if (current instanceof Y.Map) setChoices(current as Y.Map<unknown>, mapAt(snapshot, field.key))
    } else {
      setPlain(live, field.key, plain(snapshot?.get(field.key)))
    }
  }
}

/** The snapshot item's values in the export's JSON types, for re-adding it. */
function itemValues(item: Y.Map<unknown>, fields: readonly FieldDef[]): Record<string, FieldJson> {
  return Object.fromEntries(fields.map((f) => [f.key, readField(item, f)]))
}

/**
 * Reconcile a collection: items the snapshot lacks are removed, items it has that are gone now come back under
 * their own ids (so comments and ties naming them find them again), and the fields of items on both sides are
 * reconciled one by one.
 */
function restoreCollection(live: Y.Map<unknown>, snapshot: Y.Map<unknown> | undefined, fields: FieldDef[]) {
  for (const id of [...live.keys()]) if (!mapAt(snapshot, id)) live.delete(id)
  for (const [id, value] of snapshot?.entries() ?? []) {
    if (!(value instanceof Y.Map)) continue
    const item = value as Y.Map<unknown>
    const order = plain(item.get(ORDER_KEY))
    const existing = mapAt(live, id)
    if (!existing) {
      live.set(id, buildItem(fields, itemValues(item, fields), typeof order === 'number' ? order : 0))
      continue
    }
    restoreFields(existing, item, fields)
    if (typeof order === 'number') setPlain(existing, ORDER_KEY, order)
  }
}

function restoreSection(live: Y.Doc, snapshot: Y.Doc, template: TemplateDef, section: SectionDef): void {
  const liveSection = mapAt(live.getMap<unknown>(template.id), section.key)
  // The structure is the server's to create; a section missing here is added by the next upgrade, not by a restore.
  if (!liveSection) return
  const snapSection = mapAt(snapshot.getMap<unknown>(template.id), section.key)
  if (section.collection) restoreCollection(liveSection, snapSection, section.collection.itemFields)
  else restoreFields(liveSection, snapSection, section.fields)
}

/**
 * Make the live document hold a snapshot's content, as ONE new edit under `origin`: every field of the given
 * templates is set to its value in the snapshot with the smallest change that gets there. History is never
 * rewritten: connected clients receive this as an ordinary update.
 */
export function restoreSnapshot(
  live: Y.Doc,
  snapshot: Y.Doc,
  templates: readonly TemplateDef[],
  origin: unknown,
): void {
  live.transact(() => {
    for (const template of templates) {
      for (const section of template.sections) restoreSection(live, snapshot, template, section)
    }
  }, origin)
}
