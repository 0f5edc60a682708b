import { useCallback, useEffect, useState } from 'react'
import type { Rubric, WorkspaceGrade } from '../../../../cases/contracts/grades'
import type { VersionSummary, WorkspaceDetail } from '../../../../cases/contracts/http'
import type { WorkspaceContributions } from '../../../../cases/contributions/figures'
import type { AnalysisExport } from '../../../../cases/export/envelope'
import { settleUnlessCancelled } from '../../api/settleUnlessCancelled'
import { getWorkspace } from '../../api/workspaces'
import { getRubric, getVersion, listVersions } from '../../api/submissions'
import { getContributions, getExport, getGrade } from './api'

/** Everything the grading page shows, loaded together; parts reload on their own. */
export interface GradingData {
  detail: WorkspaceDetail
  versions: VersionSummary[]
  rubric: Rubric
  grade: WorkspaceGrade
  /** Null when the route is missing or the figures are not available. */
  contributions: WorkspaceContributions | null
}

async function fetchAll(workspaceId: string): Promise<GradingData> {
  const detail = await getWorkspace(workspaceId)
  const [versions, rubric, grade, contributions] = await Promise.all([
    listVersions(workspaceId),
    getRubric(detail.assignmentId),
    getGrade(workspaceId),
    getContributions(workspaceId).catch(() => null),
  ])
  return { detail, versions, rubric, grade, contributions }
}

/** Load the workspace, its versions, rubric, grade and contribution figures (comments: comments/useCommentThreads). */
export function useGradingData(workspaceId: string) {
  const [data, setData] = useState<GradingData | undefined>(undefined)
  const [error, setError] = useState<unknown>(null)

  useEffect(() => settleUnlessCancelled(fetchAll(workspaceId), setData, setError), [workspaceId])

  const reload = useCallback(async () => {
    try {
      const next = await fetchAll(workspaceId)
      // An unchanged grade keeps its identity, so a reload (a submission, a return) keeps the form's unsaved input.
      setData((d) =>
        d && JSON.stringify(d.grade) === JSON.stringify(next.grade) ? { ...next, grade: d.grade } : next,
      )
      setError(null)
    } catch (e) {
      setError(e)
    }
  }, [workspaceId])

  const setGrade = useCallback((grade: WorkspaceGrade) => setData((d) => (d ? { ...d, grade } : d)), [])

  return { data, error, reload, setGrade }
}

/** The content shown: a submitted version, or the live export when `version` is null. */
export function useShownResult(workspaceId: string, version: number | null, enabled: boolean) {
  const key = `${workspaceId}/${version ?? 'live'}`
  const [loaded, setLoaded] = useState<{ key: string; result?: AnalysisExport; error?: unknown } | null>(null)
  useEffect(() => {
    if (!enabled) return
    return settleUnlessCancelled(
      version === null ? getExport(workspaceId) : getVersion(workspaceId, version),
      (result) => setLoaded({ key, result }),
      (error) => setLoaded({ key, error }),
    )
  }, [workspaceId, version, enabled, key])
  // A result loaded for another version is not shown while the next one loads.
  const current = loaded?.key === key ? loaded : null
  return { result: current?.result, error: current?.error ?? null }
}
