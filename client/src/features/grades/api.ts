import type { ClassGradeScale, GradeScale } from '../../../../cases/grades/scale'
import { request } from '../../api/client'

const path = (classId: string) => `/api/classes/${encodeURIComponent(classId)}/grade-scale`

/** GET /api/classes/:classId/grade-scale (lecturers) */
export const getGradeScale = (classId: string) => request<ClassGradeScale>('GET', path(classId))
/** PUT /api/classes/:classId/grade-scale (lecturers): replaces the class's scale */
export const putGradeScale = (classId: string, scale: GradeScale) =>
  request<ClassGradeScale>('PUT', path(classId), scale)
