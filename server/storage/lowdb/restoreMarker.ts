import { z } from 'zod'
import type { RestoreMarker } from '../types'
import { writeFileDurably } from './durableFile'
import path from 'node:path'
import { Quarantine } from './quarantine'
import { readRecord } from './recordFile'

const markerFile = z.object({ restoredAt: z.iso.datetime() })

/**
 * restored.json: `{"restoredAt": "<ISO time>"}`, written by a restore; absent when the data was never restored. A
 * damaged one is quarantined (in the quarantine of the data folder holding it, unless one is given) and reported.
 */
export function restoreMarker(
  file: string,
  quarantine: Quarantine = new Quarantine(path.dirname(file)),
): RestoreMarker {
  return {
    async get() {
      const read = await readRecord<z.infer<typeof markerFile>>(quarantine, file, markerFile, {
        what: 'the time of the last restore from a backup',
      })
      // Unavailable (damaged, reported): as if never restored, i.e. the strict client-id binding.
      return read.kind === 'ok' ? read.value.restoredAt : null
    },
    async mark(at) {
      await writeFileDurably(file, JSON.stringify(markerFile.parse({ restoredAt: at }), null, 2))
    },
  }
}
