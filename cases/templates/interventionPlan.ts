import { bi, type Bilingual } from '../i18n/bilingual'
import { multiChoiceField, option, textField } from './fields'
import type { OptionDef, RetiredField, SectionDef, TemplateDef } from './types'

const ZASTROW = 'Zastrow, 2006'

/** One of Zastrow's stages: its row of Tabel 4, and the description the table gives it. */
interface StageRow {
  key: string
  title: Bilingual
  /** The "Deskripsi Tahapan" bullets of Tabel 4: examples of what the stage involves, not steps to tick. */
  description: OptionDef[]
}

const join = (items: OptionDef[], lang: 'id' | 'en') => items.map((o) => o.label[lang]).join('; ')

function stage({ key, title, description }: StageRow): SectionDef {
  return {
    key,
    title,
    help: bi(
      `Deskripsi tahapan (Tabel 4), sebagai contoh: ${join(description, 'id')}.`,
      `What the stage involves (Tabel 4), as examples: ${join(description, 'en')}.`,
    ),
    citation: ZASTROW,
    fields: [
      textField('plan', bi('Rencana tim untuk tahap ini', "The team's plan for this stage"), {
        help: bi(
          'Apa yang akan dilakukan tim pada tahap ini dalam kasus.',
          'What the team will do at this stage in the case.',
        ),
      }),
    ],
  }
}

const ROWS: StageRow[] = [
  {
    key: 'engage',
    title: bi('1. Membangun relasi dengan klien', '1. Building a relationship with the client'),
    description: [
      option(
        'identifyPotentials',
        bi('Mengidentifikasi potensi-potensi klien', "Identify the client's potentials"),
      ),
      option(
        'workingRelationship',
        bi('Mengembangkan relasi kerja yang tepat', 'Develop a suitable working relationship'),
      ),
    ],
  },
  {
    key: 'identify',
    title: bi(
      '2. Identifikasi isu, masalah, kebutuhan, sumber daya, dan aset',
      '2. Identifying issues, problems, needs, resources and assets',
    ),
    description: [
      option(
        'identifyIssues',
        bi('Mengidentifikasi isu yang muncul di dalam kelompok', 'Identify the issues in the group'),
      ),
      option('mapProblems', bi('Membuat pemetaan masalah atas isu tersebut', 'Map the problems behind them')),
    ],
  },
  {
    key: 'gatherInformation',
    title: bi('3. Mengumpulkan dan mendalami informasi', '3. Collecting and exploring information'),
    description: [
      option(
        'inDepthAnalysis',
        bi(
          'Informasi dikumpulkan secara mendalam dan dianalisis',
          'Gather information in depth and analyse it',
        ),
      ),
      option(
        'sources',
        bi('Dari klien atau sistem lain yang berhubungan dengan klien', 'From the client or related systems'),
      ),
    ],
  },
  {
    key: 'planServices',
    title: bi('4. Merencanakan pemberian layanan', '4. Planning service delivery'),
    description: [
      option('basedOnAssessment', bi('Disusun berdasarkan hasil asesmen', 'Based on the assessment')),
      option(
        'bestOptions',
        bi('Menentukan pilihan-pilihan program terbaik', 'Choose the best programme options'),
      ),
      option('planDocument', bi('Menyusun dokumen perencanaan layanan', 'Write the service-plan document')),
    ],
  },
  {
    key: 'communicate',
    title: bi(
      '5. Keterampilan komunikasi, supervisi, dan konsultasi',
      '5. Communication, supervision and consultation skills',
    ),
    description: [
      option(
        'verbalWritten',
        bi('Keterampilan berkomunikasi verbal maupun tulisan', 'Verbal and written communication'),
      ),
      option('interviewing', bi('Keterampilan wawancara saat konseling', 'Interviewing in counselling')),
      option(
        'courtWitness',
        bi('Menjadi saksi di pengadilan bila diminta', 'Testifying in court when asked'),
      ),
      option(
        'consultation',
        bi('Mengetahui kapan konsultasi dibutuhkan', 'Knowing when consultation is needed'),
      ),
    ],
  },
  {
    key: 'implement',
    title: bi(
      '6. Identifikasi, analisis, dan implementasi rancangan intervensi',
      '6. Identifying, analysing and implementing the intervention design',
    ),
    description: [
      option('priorityProgramme', bi('Menetapkan program prioritas', 'Set the priority programme')),
      option(
        'ethics',
        bi('Sesuai dengan tujuan, nilai, dan kode etik', 'In line with goals, values and the code of ethics'),
      ),
    ],
  },
  {
    key: 'knowledgeTechnology',
    title: bi('7. Menerapkan pengetahuan dan teknologi', '7. Applying knowledge and technology'),
    description: [
      option(
        'informationTechnology',
        bi('Teknologi informasi mendukung intervensi', 'Information technology supports the work'),
      ),
      option(
        'records',
        bi('Komputer untuk mencatat dan menyimpan data', 'Computers to record and keep data'),
      ),
    ],
  },
  {
    key: 'evaluate',
    title: bi(
      '8. Evaluasi program dan efektivitas praktik',
      '8. Evaluating the programme and practice effectiveness',
    ),
    description: [
      option('survey', bi('Metode survei untuk mengetahui keberhasilan', 'Surveys to measure success')),
      option(
        'termination',
        bi(
          'Terminasi sebagai tahap akhir perubahan terencana',
          'Termination as the last step of planned change',
        ),
      ),
    ],
  },
]

/**
 * Version 1 offered each stage's description as a checklist (`steps`) to tick. Tabel 4 gives them as examples of
 * what a stage involves, so version 2 shows them as the stage's help; what a team ticked is kept as a note at the
 * end of its plan.
 */
const RETIRED_STEPS: RetiredField[] = ROWS.map((row) => ({
  section: row.key,
  field: multiChoiceField('steps', bi('Deskripsi tahapan', 'What the stage involves'), row.description),
  noteInto: 'plan',
  since: 2,
}))

/** Zastrow's eight stages of intervention (Modul Kelima, Tabel 4, pp. 33–34). */
export const interventionPlan: TemplateDef = {
  id: 'interventionPlan',
  version: 2,
  title: bi('Tahapan intervensi', 'Stages of intervention'),
  summary: bi(
    'Rencana intervensi menurut delapan tahapan Zastrow.',
    "An intervention plan along Zastrow's eight stages.",
  ),
  citation: ZASTROW,
  sections: ROWS.map(stage),
  retiredFields: RETIRED_STEPS,
}
