import type { Lang } from '../../cases/i18n/bilingual'
import { lecturerClass, type ServiceContext } from './context'
import { toCsv, type CsvCell, type CsvSeparator } from './csv'
import { gradebookEntries, type GradebookEntry } from './gradebookRows'
import { GRADEBOOK_LABELS, statusLabel, yesNo } from './gradebookLabels'
import { writeGradebookXlsx } from './gradebookXlsx'
import type { AuthUser } from './ports'

/** The columns every gradebook starts with, exactly; `maxScore`, `released` and `late` follow as extras. */
export const GRADEBOOK_HEADER = [
  'class',
  'team',
  'student',
  'assignment',
  'status',
  'score',
  'adjustedScore',
  'maxScore',
  'released',
  'late',
] as const

/** How the CSV is written: `lang` absent is the documented script format (English header, Indonesian titles). */
export interface GradebookCsvOptions {
  lang?: Lang
  sep?: CsvSeparator
}

/** The documented row: English header and values, assignment titles in `titles`. */
function scriptRow(e: GradebookEntry, titles: Lang): CsvCell[] {
  return [
    e.className,
    e.team,
    e.student,
    e.assignment.title[titles],
    e.status,
    e.total,
    e.adjustedScore,
    e.maxScore,
    e.released === null ? null : String(e.released),
    e.late === null ? null : String(e.late),
  ]
}

/** A number with a decimal comma, as Excel in an Indonesian locale reads it. */
const idNumber = (n: number | null): CsvCell => (n === null ? null : String(n).replace('.', ','))

/** The Indonesian row: the same columns in Indonesian, then percent and letter, team and member's. */
function indonesianRow(e: GradebookEntry): CsvCell[] {
  return [
    e.className,
    e.team,
    e.student,
    e.assignment.title.id,
    statusLabel(e.status, 'id'),
    idNumber(e.total),
    idNumber(e.adjustedScore),
    idNumber(e.maxScore),
    yesNo(e.released, 'id'),
    yesNo(e.late, 'id'),
    idNumber(e.percent),
    e.letter,
    idNumber(e.adjustedPercent),
    e.adjustedLetter,
  ]
}

const L = GRADEBOOK_LABELS.id
const INDONESIAN_HEADER = [
  L.class,
  L.team,
  L.student,
  L.assignment,
  L.status,
  L.score,
  L.adjustedScore,
  L.maxScore,
  L.released,
  L.late,
  L.percent,
  L.letter,
  L.adjustedPercent,
  L.adjustedLetter,
]

/** The class's gradebook as CSV and as an Excel workbook, for its lecturers only (403 for everyone else). */
export function createGradebookService(ctx: ServiceContext) {
  return {
    async csv(user: AuthUser, classId: string, options: GradebookCsvOptions = {}): Promise<string> {
      const record = await lecturerClass(ctx, user, classId)
      const entries = await gradebookEntries(ctx, record)
      const sep = options.sep ?? ','
      if (options.lang === 'id') return toCsv(INDONESIAN_HEADER, entries.map(indonesianRow), sep)
      const titles = options.lang ?? 'id'
      return toCsv(
        GRADEBOOK_HEADER,
        entries.map((e) => scriptRow(e, titles)),
        sep,
      )
    },

    /**
     * The workbook, written to `out` once the lecturer is checked (so a 403 is still a JSON error); `ready` is
     * called with the class name just before the first byte, for the response headers.
     */
    async xlsx(
      user: AuthUser,
      classId: string,
      lang: Lang,
      out: NodeJS.WritableStream,
      ready: (className: string) => void,
    ): Promise<void> {
      const record = await lecturerClass(ctx, user, classId)
      const entries = await gradebookEntries(ctx, record)
      ready(record.name)
      try {
        await writeGradebookXlsx(entries, lang, out)
      } catch (error) {
        // Part of the workbook may be out already: the route ends the connection, so the download fails visibly.
        ctx.logger.error(`writing the gradebook workbook of ${classId} failed`, error)
        throw error
      }
    },
  }
}
