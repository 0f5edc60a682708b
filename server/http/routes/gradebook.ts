import { Router } from 'express'
import { z } from 'zod'
import type { Services } from '../../services'
import { slugify } from '../../services/slugs'
import { requireUser } from '../session'
import { validate } from '../validate'

/** `?lang=` and `?sep=` of the CSV: absent `lang` is the documented script format. */
const csvQuery = z.object({
  lang: z.enum(['id', 'en']).optional(),
  sep: z.enum([',', ';']).optional(),
})

/** `?lang=en` for an English workbook (Indonesian by default). */
const xlsxQuery = z.object({ lang: z.enum(['id', 'en']).default('id') })

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/**
 * GET /api/classes/:classId/gradebook.csv (lecturers of the class): `?lang=en` for English assignment titles,
 * `?lang=id` for Indonesian headers and values, `?sep=;` for semicolons. GET …/gradebook.xlsx: the Excel workbook.
 */
export function gradebookRoutes(services: Services): Router {
  const router = Router()

  router.get('/:classId/gradebook.csv', async (req, res) => {
    const user = requireUser(res)
    const query = validate(csvQuery, req.query)
    const csv = await services.gradebook.csv(user, req.params.classId, query)
    res.set('Content-Type', 'text/csv; charset=utf-8')
    res.set('Content-Disposition', `attachment; filename="gradebook-${req.params.classId}.csv"`)
    res.set('Cache-Control', 'no-store')
    res.send(csv)
  })

  router.get('/:classId/gradebook.xlsx', async (req, res) => {
    const user = requireUser(res)
    const { lang } = validate(xlsxQuery, req.query)
    const setHeaders = (className: string) => {
      res.set('Content-Type', XLSX_TYPE)
      res.set(
        'Content-Disposition',
        `attachment; filename="${lang === 'en' ? 'gradebook' : 'buku-nilai'}-${slugify(className, 'class')}.xlsx"`,
      )
      res.set('Cache-Control', 'no-store')
    }
    try {
      await services.gradebook.xlsx(user, req.params.classId, lang, res, setHeaders)
    } catch (error) {
      if (!res.headersSent && !res.writableEnded) throw error
      // Bytes of the workbook are out: end the connection, never a short file that looks complete.
      res.destroy()
    }
  })

  return router
}
