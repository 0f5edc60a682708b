import ExcelJS from 'exceljs'
import type { Lang } from '../../cases/i18n/bilingual'
import type { GradebookEntry } from './gradebookRows'
import { GRADEBOOK_LABELS, statusLabel, yesNo } from './gradebookLabels'

/** A workbook cell: text (always stored as a string cell, never a formula), a number, or empty. */
type XlsxCell = string | number | null

/** A criterion column: criteria of different assignments share one when both id and title match. */
interface CriterionColumn {
  key: string
  criterionId: string
  title: string
}

const columnKey = (criterionId: string, title: string) => `${criterionId}\u0000${title}`

/** One column per criterion of any assignment, in the order they first appear. */
function criterionColumns(entries: readonly GradebookEntry[], lang: Lang): CriterionColumn[] {
  const columns = new Map<string, CriterionColumn>()
  for (const e of entries)
    for (const c of e.criteria) {
      const key = columnKey(c.id, c.title[lang])
      if (!columns.has(key)) columns.set(key, { key, criterionId: c.id, title: c.title[lang] })
    }
  return [...columns.values()]
}

/**
 * Write the gradebook workbook to `out`, streamed: one sheet, one row per student and assignment, one column per
 * criterion (points; empty for another assignment's criteria or before grading), then total, percent, letter and
 * the member's adjusted values. Text goes into string cells (shared strings, `@` format), so a name like
 * `=HYPERLINK("x")` stays literal text without the CSV's `'` prefix.
 */
export async function writeGradebookXlsx(
  entries: readonly GradebookEntry[],
  lang: Lang,
  out: NodeJS.WritableStream,
): Promise<void> {
  const L = GRADEBOOK_LABELS[lang]
  const criteria = criterionColumns(entries, lang)
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out as unknown as import('node:stream').Stream,
    useSharedStrings: true,
    useStyles: true,
  })
  const sheet = workbook.addWorksheet(L.sheet, { views: [{ state: 'frozen', ySplit: 1 }] })
  const header = [
    L.class,
    L.team,
    L.student,
    L.assignment,
    L.status,
    ...criteria.map((c) => c.title),
    L.score,
    L.maxScore,
    L.percent,
    L.letter,
    L.adjustedScore,
    L.adjustedPercent,
    L.adjustedLetter,
    L.released,
    L.late,
  ]
  writeRow(sheet, header, true)
  for (const e of entries) {
    const own = new Set(e.criteria.map((c) => columnKey(c.id, c.title[lang])))
    writeRow(sheet, [
      e.className,
      e.team,
      e.student,
      e.assignment.title[lang],
      statusLabel(e.status, lang),
      ...criteria.map((c) => (own.has(c.key) ? (e.points.get(c.criterionId) ?? null) : null)),
      e.total,
      e.maxScore,
      e.percent,
      e.letter,
      e.adjustedScore,
      e.adjustedPercent,
      e.adjustedLetter,
      yesNo(e.released, lang),
      yesNo(e.late, lang),
    ])
  }
  sheet.commit()
  await workbook.commit()
}

/** Add a row cell by cell (the header in bold): strings as text-formatted string cells, numbers as numbers, null left empty. */
function writeRow(sheet: ExcelJS.Worksheet, cells: readonly XlsxCell[], bold = false): void {
  const row = sheet.addRow([])
  if (bold) row.font = { bold: true }
  cells.forEach((value, i) => {
    if (value === null) return
    const cell = row.getCell(i + 1)
    if (typeof value === 'string') {
      // Set as a plain string value: exceljs writes it as a shared string, never parsing it as a formula.
      cell.numFmt = '@'
      cell.value = value
    } else cell.value = value
  })
  row.commit()
}
