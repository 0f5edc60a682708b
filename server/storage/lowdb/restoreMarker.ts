import { z } from 'zod'
import type { RestoreMarker } from '../types'
import { writeFileDurably } from './durableFile'
import { readJson } from './files'

const markerFile = z.object({ restoredAt: z.iso.datetime() })

/** restored.json: `{"restoredAt": "<ISO time>"}`, written by a restore; absent when the data was never restored. */
export function restoreMarker(file: string): RestoreMarker {
  return {
    async get() {
      const raw = await readJson<unknown>(file)
      if (raw === null) return null
      const parsed = markerFile.safeParse(raw)
      if (!parsed.success) throw new Error(`${file} is not a restore marker ({"restoredAt": "<ISO time>"})`)
      return parsed.data.restoredAt
    },
    async mark(at) {
      await writeFileDurably(file, JSON.stringify(markerFile.parse({ restoredAt: at }), null, 2))
    },
  }
}
