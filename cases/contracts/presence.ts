/**
 * The presence (awareness) state a workspace client publishes, and the one rule both the server and the
 * client apply to it: only the fields the app reads, each of the shape the app writes. Whatever else a
 * client puts in its state is dropped; a field of the wrong shape is dropped on its own (the rest stays).
 *
 * Checked by hand rather than with zod: it runs for every awareness message on the server and in the
 * browser, and zod's object parser probes `new Function`, which the page's CSP reports as a violation.
 */

/** Largest awareness state (its JSON) a client may publish; larger entries are dropped. */
export const MAX_PRESENCE_STATE_CHARS = 2048

/** A presence colour: `#rrggbb` or `#rrggbbaa`, nothing else (it ends up in a `style` attribute). */
export const PRESENCE_COLOR = /^#[0-9a-f]{6}(?:[0-9a-f]{2})?$/i

/** Whether a value is a colour that may be written into a style (see PRESENCE_COLOR). */
export const isPresenceColor = (value: unknown): value is string =>
  typeof value === 'string' && PRESENCE_COLOR.test(value)

/** The field one is in: "templateId.sectionKey.fieldKey", "….itemId.fieldKey", "ecomap.systems.<id>". */
const FIELD_PATH = /^[A-Za-z0-9_-]{1,64}(?:\.[A-Za-z0-9_-]{1,64}){0,5}$/
/** A root type's name in a relative position. */
const TYPE_NAME = /^[A-Za-z0-9_-]{1,64}$/
const MAX_USER_ID = 100
const MAX_USER_NAME = 200

/** A Yjs struct id as JSON. */
export interface YIdJson {
  client: number
  clock: number
}

/** A `Y.RelativePosition` as JSON, every key present (y-codemirror.next reads it without normalising). */
export interface RelativePositionJson {
  type: YIdJson | null
  tname: string | null
  item: YIdJson | null
  assoc: number
}

/** A presence state as it is relayed: only the fields the app uses, each valid. */
export interface PresenceState {
  user?: {
    id?: string
    name?: string
    role?: 'lecturer' | 'student'
    color?: string
    colorLight?: string
  }
  /** The field one is in (null: none). */
  field?: string | null
  /** The CodeMirror caret or selection (y-codemirror.next), null when the editor lost focus. */
  cursor?: { anchor: RelativePositionJson; head: RelativePositionJson } | null
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0

const isBoundedString = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length <= max

/** null for none, undefined when invalid. */
function yId(value: unknown): YIdJson | null | undefined {
  if (value == null) return null
  if (!isRecord(value) || !isCount(value.client) || !isCount(value.clock)) return undefined
  return { client: value.client, clock: value.clock }
}

/** One of item, type or tname must be set: Yjs throws on a position with none. Undefined when invalid. */
function relativePosition(value: unknown): RelativePositionJson | undefined {
  if (!isRecord(value)) return undefined
  const type = yId(value.type)
  const item = yId(value.item)
  const tname = value.tname == null ? null : typeof value.tname === 'string' ? value.tname : undefined
  const assoc = value.assoc == null ? 0 : value.assoc
  if (type === undefined || item === undefined || tname === undefined) return undefined
  if (tname !== null && !TYPE_NAME.test(tname)) return undefined
  if (assoc !== -1 && assoc !== 0 && assoc !== 1) return undefined
  if (type === null && item === null && tname === null) return undefined
  return { type, tname, item, assoc }
}

function cursor(value: unknown): PresenceState['cursor'] | undefined {
  if (value === null) return null
  if (!isRecord(value)) return undefined
  const anchor = relativePosition(value.anchor)
  const head = relativePosition(value.head)
  return anchor && head ? { anchor, head } : undefined
}

function user(value: unknown): PresenceState['user'] | undefined {
  if (!isRecord(value)) return undefined
  const kept: NonNullable<PresenceState['user']> = {}
  if (isBoundedString(value.id, MAX_USER_ID)) kept.id = value.id
  if (isBoundedString(value.name, MAX_USER_NAME)) kept.name = value.name
  if (value.role === 'lecturer' || value.role === 'student') kept.role = value.role
  if (isPresenceColor(value.color)) kept.color = value.color
  if (isPresenceColor(value.colorLight)) kept.colorLight = value.colorLight
  return kept
}

/**
 * Keep only the presence fields the app uses, each of the shape it writes (unknown keys anywhere are
 * dropped; a field of the wrong shape is dropped alone). Returns null when the state is not an object.
 * Pure and cheap: it runs for every awareness message.
 */
export function sanitizePresenceState(state: unknown): PresenceState | null {
  if (!isRecord(state)) return null
  const kept: PresenceState = {}
  const who = user(state.user)
  if (who) kept.user = who
  const field = state.field
  if (field === null || (typeof field === 'string' && FIELD_PATH.test(field))) kept.field = field
  const caret = cursor(state.cursor)
  if (caret !== undefined) kept.cursor = caret
  return kept
}
