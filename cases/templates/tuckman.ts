import { bi, type Bilingual } from '../i18n/bilingual'
import { booleanField, choiceField, multiChoiceField, option, textField } from './fields'
import type { OptionDef, SectionDef, TemplateDef } from './types'

const TUCKMAN = 'Tuckman, 1963'

/** The module's four stages (Tabel 2); it has no fifth "adjourning" stage. */
export const TUCKMAN_STAGE_OPTIONS: OptionDef[] = [
  option('forming', bi('I. Forming (Pembentukan)', 'I. Forming')),
  option('storming', bi('II. Storming (Pergolakan)', 'II. Storming')),
  option('norming', bi('III. Norming (Pembentukan norma)', 'III. Norming')),
  option('performing', bi('IV. Performing (Berkinerja)', 'IV. Performing')),
]

const assessment: SectionDef = {
  key: 'assessment',
  title: bi('Tahap kelompok saat ini', "The group's current stage"),
  help: bi(
    'Setiap kelompok unik; model tahapan adalah alat heuristik, dinamika nyata hanya dapat diketahui melalui observasi.',
    'Every group is unique; stage models are heuristic, and real dynamics are known only by observation.',
  ),
  citation: TUCKMAN,
  fields: [
    choiceField('stage', bi('Tahap perkembangan', 'Stage of development'), TUCKMAN_STAGE_OPTIONS, {
      help: bi(
        'Tahap yang paling sesuai dengan kelompok dalam kasus.',
        'The stage that best fits the group in the case.',
      ),
      citation: TUCKMAN,
    }),
    textField('evidence', bi('Bukti dari kasus', 'Evidence from the case'), {
      help: bi(
        'Apa yang menunjukkan kelompok berada pada tahap ini?',
        'What shows the group is at this stage?',
      ),
    }),
    choiceField(
      'membership',
      bi('Keanggotaan', 'Membership'),
      [option('open', bi('Terbuka', 'Open')), option('closed', bi('Tertutup', 'Closed'))],
      {
        help: bi(
          'Apakah keanggotaan terbuka atau tertutup memengaruhi perkembangan kelompok.',
          'Whether membership is open or closed shapes development.',
        ),
        citation: 'Galinsky & Schopler, 1989',
      },
    ),
    booleanField('timeLimited', bi('Dibatasi waktu?', 'Time-limited?'), {
      help: bi('Apakah kelompok dibatasi waktu.', 'Whether the group is time-limited.'),
      citation: 'Galinsky & Schopler, 1989',
    }),
    textField('otherFactors', bi('Faktor lain', 'Other factors'), {
      help: bi(
        'Kemampuan anggota dan dukungan organisasi sponsor.',
        "Members' abilities and the sponsoring organisation's support.",
      ),
      citation: TUCKMAN,
    }),
  ],
}

function stage(key: string, title: Bilingual, indicators: OptionDef[]): SectionDef {
  return {
    key,
    title,
    help: bi('Centang indikator yang terlihat dalam kasus.', 'Tick the indicators seen in the case.'),
    fields: [
      multiChoiceField('indicators', bi('Indikator yang terlihat', 'Indicators observed'), indicators, {
        help: bi(
          'Karakteristik kelompok pada tahap ini (Tabel 2).',
          'The characteristics of the group at this stage (Tabel 2).',
        ),
        citation: TUCKMAN,
      }),
      textField('evidence', bi('Bukti dari kasus', 'Evidence from the case'), {
        help: bi(
          'Kejadian atau kutipan dari kasus untuk indikator yang dicentang.',
          'Events or quotes from the case for the indicators ticked.',
        ),
      }),
    ],
  }
}

const forming = stage('forming', bi('I. Forming (Pembentukan)', 'I. Forming'), [
  option('tentative', bi('Anggota berinteraksi secara tentatif', 'Members interact tentatively')),
  option(
    'normsRolesStatus',
    bi('Masa pembentukan norma, peran, dan status hierarki', 'Norms, roles and status hierarchy forming'),
  ),
  option('cultureForming', bi('Kultur kelompok perlahan-lahan terbentuk', 'Group culture forms gradually')),
  option('cautious', bi('Interaksi penuh kehati-hatian', 'Interaction is very cautious')),
  option(
    'integrationFirst',
    bi(
      'Fokus membentuk integrasi sosial agar mencapai kohesi',
      'Focus on social integration before cohesion',
    ),
  ),
  option(
    'littleConflict',
    bi('Sedikit konflik untuk mencari kesesuaian', 'A little conflict while seeking fit'),
  ),
])

const storming = stage('storming', bi('II. Storming (Pergolakan)', 'II. Storming'), [
  option(
    'belongYetIndependent',
    bi('Ingin menjadi bagian, tetapi mempertahankan identitas', 'Want to belong yet keep their identity'),
  ),
  option(
    'conflictArises',
    bi('Konflik terjadi saat anggota semakin nyaman dan berani', 'Conflict arises as members grow bolder'),
  ),
  option(
    'testingRoles',
    bi(
      'Menguji peran dan status; konflik dipandang wajar',
      'Testing roles and status; conflict seen as normal',
    ),
  ),
])

const norming = stage('norming', bi('III. Norming (Pembentukan norma)', 'III. Norming'), [
  option('taskFocus', bi('Fokus pada tugas-tugas kelompok', "Focus on the group's tasks")),
  option(
    'cohesionAtWork',
    bi('Energi untuk mengembangkan dan memfungsikan kohesivitas', 'Energy goes into using cohesion'),
  ),
  option(
    'sharedValues',
    bi('Nilai yang membuat nyaman seluruh anggota', 'Values that make everyone comfortable'),
  ),
  option('productiveRoles', bi('Pembagian peran semakin produktif', 'Roles become more productive')),
  option(
    'problemSolving',
    bi(
      'Intimasi, kinerja efektif, pemecahan masalah saat konflik',
      'Intimacy, effective work, problem solving in conflict',
    ),
  ),
])

const performing = stage('performing', bi('IV. Performing (Berkinerja)', 'IV. Performing'), [
  option('finishingTasks', bi('Penuntasan tugas yang belum diselesaikan', 'Finishing unfinished tasks')),
  option('evaluation', bi('Evaluasi seluruh pekerjaan kelompok', "Evaluating all the group's work")),
  option('results', bi('Ada hasil-hasil yang diperoleh', 'There are results')),
  option(
    'sustainingChange',
    bi('Menjaga keberlanjutan perubahan setelah kelompok selesai', 'Sustaining change after the group ends'),
  ),
  option(
    'planningEnding',
    bi(
      'Merencanakan perpisahan; anggota tidak tergantung pada kelompok',
      'Planning the ending; members not dependent on the group',
    ),
  ),
])

/** Stages of group development (Modul Dua, Tabel 2; Tuckman). */
export const tuckman: TemplateDef = {
  id: 'tuckman',
  version: 1,
  title: bi('Tahap perkembangan kelompok', 'Stages of group development'),
  summary: bi(
    'Tahap kelompok (forming, storming, norming, performing) dengan indikator dan bukti dari kasus.',
    "The group's stage (forming, storming, norming, performing) with its indicators and evidence from the case.",
  ),
  citation: TUCKMAN,
  sections: [assessment, forming, storming, norming, performing],
}
