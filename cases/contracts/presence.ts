import { z } from 'zod'

/**
 * The presence (awareness) state a workspace client publishes, and the one rule both the server and the
 * client apply to it: only the fields the app reads, each of the shape the app writes. Whatever else a
 * client puts in its state is dropped; a field of the wrong shape is dropped on its own (the rest stays).
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

/** A Yjs struct id as JSON (`{client, clock}`). */
const yId = z.object({
  client: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  clock: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
})

/**
 * A `Y.RelativePosition` as JSON, as y-codemirror.next publishes it (it is read back without
 * `createRelativePositionFromJSON`, so every key is normalised to be present). One of item, type or tname
 * must be set: Yjs throws on a position with none.
 */
const relativePosition = z
  .object({
    type: yId.nullish(),
    tname: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/)
      .nullish(),
    item: yId.nullish(),
    assoc: z.number().int().min(-1).max(1).nullish(),
  })
  .refine((p) => p.item != null || p.type != null || p.tname != null)
  .transform((p) => ({
    type: p.type ?? null,
    tname: p.tname ?? null,
    item: p.item ?? null,
    assoc: p.assoc ?? 0,
  }))

/** Drop a field whose value does not fit its schema, keeping the rest of the state. */
const droppedIfInvalid = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined)

const user = z.object({
  id: droppedIfInvalid(z.string().max(100)),
  name: droppedIfInvalid(z.string().max(200)),
  role: droppedIfInvalid(z.enum(['lecturer', 'student'])),
  color: droppedIfInvalid(z.string().regex(PRESENCE_COLOR)),
  colorLight: droppedIfInvalid(z.string().regex(PRESENCE_COLOR)),
})

const presenceState = z.object({
  user: droppedIfInvalid(user),
  /** The field one is in (null: none). */
  field: droppedIfInvalid(z.string().regex(FIELD_PATH).nullable()),
  /** The CodeMirror caret or selection (y-codemirror.next), null when the editor lost focus. */
  cursor: droppedIfInvalid(z.object({ anchor: relativePosition, head: relativePosition }).nullable()),
})

/** A presence state as it is relayed: only known fields, each valid. */
export type PresenceState = z.output<typeof presenceState>

/**
 * Keep only the presence fields the app uses, each of the shape it writes (unknown keys anywhere are
 * dropped; a field of the wrong shape is dropped alone). Returns null when the state is not an object.
 * Pure and cheap: it runs for every awareness message.
 */
export function sanitizePresenceState(state: unknown): PresenceState | null {
  const result = presenceState.safeParse(state)
  return result.success ? result.data : null
}
