import { DEFAULT_GRADE_SCALE, type ClassGradeScale, type GradeScale } from '../../cases/grades/scale'
import type { ClassRecord } from '../storage/types'
import { changeLecturerClass, lecturerClass, type ServiceContext } from './context'
import type { AuthUser } from './ports'

/** The scale a class grades by: its own, else the default. */
export const classScale = (record: ClassRecord): GradeScale => record.gradeScale ?? DEFAULT_GRADE_SCALE

function view(record: ClassRecord): ClassGradeScale {
  return { classId: record.id, grades: classScale(record).grades, isDefault: record.gradeScale === undefined }
}

/** A class's grade scale (letters on `percent`): read and replaced by the class's lecturers only. */
export function createGradeScaleService(ctx: ServiceContext) {
  return {
    async get(user: AuthUser, classId: string): Promise<ClassGradeScale> {
      return view(await lecturerClass(ctx, user, classId))
    },

    /** Replace the scale (already validated: `gradeScaleBody`); 409 `class_archived` in an archived class. */
    async put(user: AuthUser, classId: string, scale: GradeScale): Promise<ClassGradeScale> {
      return changeLecturerClass(ctx, user, classId, (record) => {
        record.gradeScale = { grades: scale.grades.map((g) => ({ letter: g.letter, min: g.min })) }
        return view(record)
      })
    },
  }
}
