import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import type { TemplateDef } from '../../../../cases/templates/types'
import { templateCompletion, type Completion } from '../../../../cases/ydoc/read'

/** Completion of each template by id. */
export type CompletionById = Record<string, Completion>

/** How often, at most, the completion of every template is recomputed while people type. */
const RECOMPUTE_MS = 400

function computeAll(doc: Y.Doc, templates: readonly TemplateDef[]): CompletionById {
  const out: CompletionById = {}
  for (const template of templates) out[template.id] = templateCompletion(doc, template)
  return out
}

/**
 * Filled / total of every template, kept current while the document changes. Reading every template walks all its
 * texts, so it runs outside the update, at most once every RECOMPUTE_MS (the last change is always counted), never
 * once per keystroke.
 */
export function useCompletion(doc: Y.Doc, templates: readonly TemplateDef[]): CompletionById {
  const [completion, setCompletion] = useState<CompletionById>(() => computeAll(doc, templates))

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null
    let last = 0
    const run = () => {
      timer = null
      last = Date.now()
      setCompletion(computeAll(doc, templates))
    }
    // After a quiet spell the count follows at once (on the next tick); while people type, once per RECOMPUTE_MS.
    const onUpdate = () => {
      timer ??= setTimeout(run, Math.max(0, last + RECOMPUTE_MS - Date.now()))
    }
    run()
    doc.on('update', onUpdate)
    return () => {
      doc.off('update', onUpdate)
      if (timer) clearTimeout(timer)
    }
  }, [doc, templates])

  return completion
}

/** The sum of several completions. */
export function overall(completion: CompletionById): Completion {
  let filled = 0
  let total = 0
  for (const c of Object.values(completion)) {
    filled += c.filled
    total += c.total
  }
  return { filled, total }
}
