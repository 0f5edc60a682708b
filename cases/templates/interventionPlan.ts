import { bi, type Bilingual } from '../i18n/bilingual'
import { multiChoiceField, option, textField } from './fields'
import type { OptionDef, SectionDef, TemplateDef } from './types'

const ZASTROW = 'Zastrow, 2006'

function stage(key: string, title: Bilingual, steps: OptionDef[]): SectionDef {
  return {
    key,
    title,
    citation: ZASTROW,
    fields: [
      multiChoiceField('steps', bi('Deskripsi tahapan', 'What the stage involves'), steps, {
        help: bi('Centang langkah yang sudah direncanakan tim.', 'Tick the steps the team has planned.'),
        citation: ZASTROW,
      }),
      textField('plan', bi('Rencana tim untuk tahap ini', "The team's plan for this stage"), {
        help: bi(
          'Apa yang akan dilakukan pada tahap ini dalam kasus.',
          'What will be done at this stage in the case.',
        ),
        citation: ZASTROW,
      }),
    ],
  }
}

const sections: SectionDef[] = [
  stage('engage', bi('1. Membangun relasi dengan klien', '1. Building a relationship with the client'), [
    option(
      'identifyPotentials',
      bi('Mengidentifikasi potensi-potensi klien', "Identify the client's potentials"),
    ),
    option(
      'workingRelationship',
      bi('Mengembangkan relasi kerja yang tepat', 'Develop a suitable working relationship'),
    ),
  ]),
  stage(
    'identify',
    bi(
      '2. Identifikasi isu, masalah, kebutuhan, sumberdaya, dan aset',
      '2. Identifying issues, problems, needs, resources and assets',
    ),
    [
      option(
        'identifyIssues',
        bi('Mengidentifikasi isu yang muncul di dalam kelompok', 'Identify the issues in the group'),
      ),
      option('mapProblems', bi('Membuat pemetaan masalah atas isu tersebut', 'Map the problems behind them')),
    ],
  ),
  stage(
    'gatherInformation',
    bi('3. Mengumpulkan dan mendalami informasi', '3. Collecting and exploring information'),
    [
      option(
        'inDepthAnalysis',
        bi(
          'Informasi dikumpulkan secara mendalam dan dianalisa',
          'Gather information in depth and analyse it',
        ),
      ),
      option(
        'sources',
        bi('Dari klien atau sistem lain yang berhubungan dengan klien', 'From the client or related systems'),
      ),
    ],
  ),
  stage('planServices', bi('4. Merencanakan pemberian layanan', '4. Planning service delivery'), [
    option('basedOnAssessment', bi('Disusun berdasarkan hasil assessment', 'Based on the assessment')),
    option(
      'bestOptions',
      bi('Menentukan pilihan-pilihan program terbaik', 'Choose the best programme options'),
    ),
    option('planDocument', bi('Menyusun dokumen perencanaan layanan', 'Write the service-plan document')),
  ]),
  stage(
    'communicate',
    bi(
      '5. Keterampilan komunikasi, supervisi, dan konsultasi',
      '5. Communication, supervision and consultation skills',
    ),
    [
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
  ),
  stage(
    'implement',
    bi(
      '6. Identifikasi, analisa, dan implementasi rancangan intervensi',
      '6. Identifying, analysing and implementing the intervention design',
    ),
    [
      option('priorityProgramme', bi('Menetapkan program prioritas', 'Set the priority programme')),
      option(
        'ethics',
        bi('Sesuai dengan tujuan, nilai, dan kode etik', 'In line with goals, values and the code of ethics'),
      ),
    ],
  ),
  stage(
    'knowledgeTechnology',
    bi('7. Menerapkan pengetahuan dan teknologi', '7. Applying knowledge and technology'),
    [
      option(
        'informationTechnology',
        bi('Teknologi informasi mendukung intervensi', 'Information technology supports the work'),
      ),
      option(
        'records',
        bi('Komputer untuk mencatat dan menyimpan data', 'Computers to record and keep data'),
      ),
    ],
  ),
  stage(
    'evaluate',
    bi(
      '8. Evaluasi program dan efektivitas praktek',
      '8. Evaluating the programme and practice effectiveness',
    ),
    [
      option('survey', bi('Metode survey untuk mengetahui keberhasilan', 'Surveys to measure success')),
      option(
        'termination',
        bi(
          'Terminasi sebagai tahap akhir perubahan terencana',
          'Termination as the last step of planned change',
        ),
      ),
    ],
  ),
]

/** Zastrow's eight stages of intervention (Modul Kelima, Tabel 4). */
export const interventionPlan: TemplateDef = {
  id: 'interventionPlan',
  version: 1,
  title: bi('Tahapan intervensi', 'Stages of intervention'),
  summary: bi(
    'Rencana intervensi menurut delapan tahapan Zastrow.',
    "An intervention plan along Zastrow's eight stages.",
  ),
  citation: ZASTROW,
  sections,
}
