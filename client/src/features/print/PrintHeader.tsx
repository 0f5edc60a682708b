import { formatZoned } from '../../components/zonedTime'
import { useBilingual, useLang } from '../../i18n/useBilingual'
import type { PrintData } from './api'
import { usePrintT } from './i18n'

/** Who and what is printed: assignment, class, team and members, status or version, due and printed times. */
export function PrintHeader({ data, printedAt }: { data: PrintData; printedAt: string }) {
  const t = usePrintT()
  const pick = useBilingual()
  const lang = useLang()
  const { workspace, result, version } = data
  const submitter = (id: string, name: string) => (id === 'system' ? t('dueSystem') : name)
  const status = version
    ? t('version', {
        n: version.version,
        time: formatZoned(version.submittedAt, lang),
        name: submitter(version.submittedBy.id, version.submittedBy.name),
      })
    : `${workspace.status === 'submitted' ? t('statusSubmitted') : t('statusOpen')} · ${t('liveExport', {
        time: formatZoned(result.exportedAt, lang),
      })}`
  const rows: [string, string][] = [
    [t('assignment'), pick(result.workspace.title)],
    [t('className'), result.workspace.className],
    [t('team'), result.team.name],
    [t('members'), result.team.members.map((m) => m.name).join(', ')],
    [t('status'), status],
    [t('dueAt'), result.workspace.dueAt ? formatZoned(result.workspace.dueAt, lang) : t('noDue')],
    [t('printedAt'), formatZoned(printedAt, lang)],
  ]
  return (
    <header className="print-header">
      <h1>{pick(result.case.title)}</h1>
      <dl className="print-meta">
        {rows.map(([label, text]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
    </header>
  )
}
