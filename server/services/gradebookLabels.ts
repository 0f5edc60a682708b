import type { WorkspaceStatus } from '../../cases/contracts/http'
import type { Lang } from '../../cases/i18n/bilingual'

/** Column titles of the spreadsheet gradebooks (the Indonesian CSV and the workbook), per language. */
export const GRADEBOOK_LABELS = {
  id: {
    class: 'Kelas',
    team: 'Tim',
    student: 'Mahasiswa',
    assignment: 'Tugas',
    status: 'Status',
    score: 'Skor',
    adjustedScore: 'Skor disesuaikan',
    maxScore: 'Skor maksimum',
    released: 'Dirilis',
    late: 'Terlambat',
    percent: 'Persen',
    letter: 'Huruf',
    adjustedPercent: 'Persen disesuaikan',
    adjustedLetter: 'Huruf disesuaikan',
    sheet: 'Buku nilai',
  },
  en: {
    class: 'Class',
    team: 'Team',
    student: 'Student',
    assignment: 'Assignment',
    status: 'Status',
    score: 'Score',
    adjustedScore: 'Adjusted score',
    maxScore: 'Max score',
    released: 'Released',
    late: 'Late',
    percent: 'Percent',
    letter: 'Letter',
    adjustedPercent: 'Adjusted percent',
    adjustedLetter: 'Adjusted letter',
    sheet: 'Gradebook',
  },
} as const

const STATUS: Record<Lang, Record<WorkspaceStatus, string>> = {
  id: { open: 'terbuka', submitted: 'dikumpulkan' },
  en: { open: 'open', submitted: 'submitted' },
}

const YES_NO: Record<Lang, [string, string]> = { id: ['ya', 'tidak'], en: ['yes', 'no'] }

/** A workspace status in the language; null stays null (an empty cell). */
export const statusLabel = (status: WorkspaceStatus | null, lang: Lang) =>
  status === null ? null : STATUS[lang][status]

/** A yes/no in the language (`ya`/`tidak`, `yes`/`no`); null stays null. */
export const yesNo = (value: boolean | null, lang: Lang) =>
  value === null ? null : YES_NO[lang][value ? 0 : 1]
