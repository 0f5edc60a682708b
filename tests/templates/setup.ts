import { readFile } from 'node:fs/promises'
import Ajv2020 from 'ajv/dist/2020'
import { CASE_LIBRARY } from '../../cases/library'
import { EXPORT_SCHEMA_PATH } from '../../cases/export/schema'
import { setupClassWithTeams, type ClassSetup } from '../helpers/api'

/** A class with one team, and an assignment using `templates`; the workspace id is that team's. */
export interface TemplateAssignment {
  setup: ClassSetup
  workspaceId: string
}

/** Create a class, a team of `students` students, and an assignment with these templates, all through the REST API. */
export async function setupTemplateAssignment(
  baseUrl: string,
  templates: string[],
  students = 2,
): Promise<TemplateAssignment> {
  const setup = await setupClassWithTeams(baseUrl, { teams: 1, studentsPerTeam: students })
  const study = CASE_LIBRARY[1] ?? CASE_LIBRARY[0]
  if (!study) throw new Error('The case library is empty')
  const assignment = await setup.lecturer.api.createAssignment(setup.classId, {
    caseId: study.id,
    templates,
    title: 'Semua kerangka',
  })
  const workspaceId = assignment.workspaces.find((w) => w.teamId === setup.teamIds[0])?.id
  if (!workspaceId) throw new Error('No workspace for the team')
  return { setup, workspaceId }
}

/** An ajv validator compiled from the COMMITTED schema file, the one readers download. */
export async function committedSchemaValidator() {
  const text = await readFile(new URL(`../../${EXPORT_SCHEMA_PATH}`, import.meta.url), 'utf8')
  return new Ajv2020({ allErrors: true, strict: true }).compile(JSON.parse(text) as Record<string, unknown>)
}
