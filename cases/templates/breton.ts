import { bi, type Bilingual } from '../i18n/bilingual'
import { booleanField, choiceField, dateField, multiChoiceField, stringField, textField } from './fields'
import {
  ACTION_STATUS_OPTIONS,
  ACTION_TYPE_OPTIONS,
  EMPOWERMENT_GOAL_OPTIONS,
  EMPOWERMENT_METHOD_OPTIONS,
  EMPOWERMENT_ORIENTATION_OPTIONS,
  STAGE_STATUS_OPTIONS,
} from './bretonOptions'
import type { FieldDef, SectionDef, TemplateDef } from './types'

const BRETON = 'Breton, 2004'

const empowerment: SectionDef = {
  key: 'empowerment',
  title: bi('Pemberdayaan dan metode social group work', 'Empowerment and the social group work method'),
  help: bi(
    'Tujuan kelompok adalah mengubah struktur atau kondisi yang menindas, yang menghalangi kontrol atas hidup, akses sumber, dan partisipasi dalam komunitas.',
    'The group aims to change oppressive structures or conditions that block control over life, access to resources and participation in the community.',
  ),
  citation: BRETON,
  fields: [
    multiChoiceField('goals', bi('Tujuan', 'Goals'), EMPOWERMENT_GOAL_OPTIONS, {
      help: bi('Apa yang ingin diubah oleh kelompok.', 'What the group sets out to change.'),
      citation: BRETON,
    }),
    multiChoiceField('methods', bi('Metode', 'Methods'), EMPOWERMENT_METHOD_OPTIONS, {
      help: bi(
        'Mengubah struktur sosial dan politik memerlukan kelompok yang memobilisasi dan mengorganisasi aksi kolektif.',
        'Changing social and political structures needs groups that mobilise and organise collective action.',
      ),
      citation: BRETON,
    }),
    multiChoiceField('orientation', bi('Orientasi', 'Orientation'), EMPOWERMENT_ORIENTATION_OPTIONS, {
      help: bi(
        'Kemitraan menghubungkan kelompok dengan sumber komunitas, membangun dukungan dan jaringan informasi.',
        'Partnerships link the group to community resources, build support and develop information networks.',
      ),
      citation: BRETON,
    }),
    textField('explanation', bi('Penerapan pada kasus', 'How it applies to the case'), {
      help: bi(
        'Tujuan, metode dan orientasi mana yang cocok untuk kelompok dalam kasus, dan mengapa.',
        'Which goals, methods and orientation fit the group in the case, and why.',
      ),
    }),
  ],
}

/** A checklist sub-point of a stage: a yes/no `key` and its `keyNotes` text. */
function subPoint(key: string, label: Bilingual, help: Bilingual): FieldDef[] {
  return [
    booleanField(key, label, { help, citation: BRETON }),
    textField(`${key}Notes`, bi(`Catatan: ${label.id}`, `Notes: ${label.en}`), {
      help: bi(
        'Bagaimana butir ini terlihat, atau direncanakan, dalam kasus.',
        'How this point shows, or is planned, in the case.',
      ),
    }),
  ]
}

function stage(key: string, title: Bilingual, help: Bilingual, points: FieldDef[][]): SectionDef {
  return {
    key,
    title,
    help,
    citation: BRETON,
    fields: [
      choiceField('status', bi('Status tahap', 'Stage status'), STAGE_STATUS_OPTIONS, {
        help: bi(
          'Kolaborasi berjalan sejak awal melalui keempat tahap.',
          'Collaboration runs from the start through all four stages.',
        ),
        citation: BRETON,
      }),
      ...points.flat(),
    ],
  }
}

const planning = stage(
  'planning',
  bi('1. Perencanaan', '1. Planning'),
  bi('Anggota dan pekerja bersama-sama membentuk kelompok.', 'Members and worker shape the group together.'),
  [
    subPoint(
      'sharePower',
      bi('a. Setiap orang berbagi kekuatan', 'a. Everyone shares power'),
      bi(
        'Semua orang yang akan terlibat berbagi kekuatan untuk menentukan bentuk kelompok dan apa yang akan dilakukan.',
        'Everyone involved shares power to decide the form of the group and what it will do.',
      ),
    ),
    subPoint(
      'membership',
      bi('b. Memutuskan calon anggota', 'b. Deciding who joins'),
      bi(
        'Memutuskan siapa yang akan dilibatkan sebagai anggota kelompok.',
        'Deciding who will be involved as members.',
      ),
    ),
    subPoint(
      'sharedPurpose',
      bi('c. Berbagi ide tentang tujuan', 'c. Sharing ideas on the purpose'),
      bi(
        'Berbagi ide tentang tujuan keseluruhan; kerja mencakup perubahan pribadi dan sosial.',
        'Sharing ideas on the overall purpose; the work involves personal and social change.',
      ),
    ),
    subPoint(
      'socialJusticeValues',
      bi('d. Memahami nilai-nilai pemberdayaan', 'd. Understanding empowerment values'),
      bi('Keadilan sosial adalah pusat pemberdayaan.', 'Social justice is the centre of empowerment.'),
    ),
    subPoint(
      'conflictNormal',
      bi('e. Konflik sebagai bagian proses belajar', 'e. Conflict as part of learning'),
      bi(
        'Mengenali konflik sebagai fitur grup standar sebagai bagian dari proses belajar.',
        'Recognising conflict as a standard feature of groups and part of learning.',
      ),
    ),
    subPoint(
      'clarifyRoles',
      bi('f. Mengklarifikasi peran', 'f. Clarifying roles'),
      bi(
        'Mengklarifikasi jenis peran yang diharapkan dalam kelompok yang berorientasi pada pemberdayaan.',
        'Clarifying the roles expected in an empowerment-oriented group.',
      ),
    ),
  ],
)

const consciousnessRaising = stage(
  'consciousnessRaising',
  bi('2. Meningkatkan kesadaran', '2. Consciousness raising'),
  bi(
    'Kelompok saling membantu, lalu anggota melihat diri sebagai warga negara.',
    'Mutual aid first; then members see themselves as citizens.',
  ),
  [
    subPoint(
      'mutualAid',
      bi('a. Kelompok saling membantu', 'a. A mutual-aid system'),
      bi(
        'Tindakan kolaboratif dimulai dengan keterlibatan kelompok sebagai sistem saling membantu.',
        'Collaborative action starts with the group engaging as a mutual-aid system.',
      ),
    ),
    subPoint(
      'citizens',
      bi('b. Proses penyadaran', 'b. Seeing themselves as citizens'),
      bi(
        'Anggota mulai mengidentifikasi diri mereka sebagai warga negara—makhluk politik.',
        'Members begin to see themselves as citizens — political beings.',
      ),
    ),
  ],
)

const collectiveAction = stage(
  'collectiveAction',
  bi('3. Aksi sosial / kolektif', '3. Social / collective action'),
  bi(
    'Memobilisasi, bertindak sesuai keterampilan, dan berefleksi (praksis).',
    'Mobilise, act within members’ skills, and reflect (praxis).',
  ),
  [
    subPoint(
      'mobilise',
      bi(
        'a. Membangun perspektif strength-in-us (kekuatan ada pada kita)',
        'a. Building the strength-in-us perspective',
      ),
      bi(
        'Kelompok terlebih dahulu memobilisasi dan mempersiapkan diri; "kita semua bersama-sama".',
        'The group first mobilises and prepares; "we are all in this together".',
      ),
    ),
    subPoint(
      'actionFitsSkills',
      bi('b. Tindakan disesuaikan dengan keterampilan', 'b. Action fitted to skills'),
      bi(
        'Jenis tindakan tergantung pada kecanggihan, keterampilan, dan kemampuan anggota.',
        "The kind of action depends on members' sophistication, skills and abilities.",
      ),
    ),
    subPoint(
      'reflection',
      bi('c. Refleksi (praksis)', 'c. Reflection (praxis)'),
      bi(
        'Setiap tindakan harus diikuti dengan refleksi (Freire: praksis).',
        'Every action is followed by reflection (Freire: praxis).',
      ),
    ),
  ],
)

const communityAttachment = stage(
  'communityAttachment',
  bi('4. Kelekatan di dalam komunitas', '4. Attachment within the community'),
  bi(
    'Mengonsolidasikan hasil melalui partisipasi dalam komunitas setelah kelompok.',
    'Consolidating the gains through community participation after the group.',
  ),
  [
    subPoint(
      'participation',
      bi('a. Konsolidasi kekuatan; partisipasi', 'a. Consolidation; participation'),
      bi(
        'Kelekatan memerlukan partisipasi dalam pengembangan masyarakat.',
        'Attachment needs participation in community development.',
      ),
    ),
    subPoint(
      'belonging',
      bi('b. Menjadi satu dengan komunitas', 'b. Being one with the community'),
      bi(
        'Keterikatan adalah penjaga utama terhadap marginalisasi.',
        'Attachment is the main safeguard against marginalisation.',
      ),
    ),
  ],
)

const actionPlan: SectionDef = {
  key: 'actionPlan',
  title: bi('Rencana aksi kolektif', 'Collective-action plan'),
  help: bi(
    'Aksi-aksi kelompok; setiap aksi yang selesai harus diikuti dengan refleksi (praksis).',
    "The group's actions; every finished action is followed by its reflection (praxis).",
  ),
  citation: BRETON,
  fields: [],
  collection: {
    itemLabel: bi('Aksi', 'Action'),
    itemFields: [
      choiceField('actionType', bi('Jenis aksi', 'Type of action'), ACTION_TYPE_OPTIONS, {
        help: bi(
          'Jenis tindakan tergantung pada kecanggihan, keterampilan, dan kemampuan anggota kelompok.',
          "The kind of action depends on the members' sophistication, skills and abilities.",
        ),
        citation: BRETON,
      }),
      textField('description', bi('Uraian', 'Description'), {
        help: bi(
          'Apa yang akan dilakukan, kepada siapa, dengan tujuan apa.',
          'What will be done, towards whom, and to what end.',
        ),
      }),
      stringField('who', bi('Siapa', 'Who'), {
        maxLength: 120,
        help: bi('Anggota yang menjalankan aksi.', 'The members who carry out the action.'),
      }),
      dateField('when', bi('Kapan', 'When'), {
        help: bi('Tanggal aksi.', 'The date of the action.'),
      }),
      choiceField('status', bi('Status', 'Status'), ACTION_STATUS_OPTIONS, {
        help: bi(
          'Setiap tindakan harus diikuti dengan refleksi: aksi yang selesai meminta refleksinya.',
          'Every action is followed by reflection: a finished action asks for its reflection.',
        ),
        citation: BRETON,
      }),
      // The client shows this field once status is `done`: the praxis step of Breton's stage 3c.
      textField('reflection', bi('Refleksi (praksis)', 'Reflection (praxis)'), {
        help: bi(
          'Apa hasilnya, dan apa yang kita pelajari tentang cara kerja kekuasaan? Diisi setelah aksi selesai.',
          'What came of it, and what did we learn about how power works? Filled in once the action is done.',
        ),
        citation: BRETON,
      }),
    ],
  },
}

/** Empowerment and collaborative action (Modul Keempat C–D; Breton, 2004). */
export const breton: TemplateDef = {
  id: 'breton',
  // 2: the first goal is one option again, as in the module (p. 25); the split-off half is retired into it.
  version: 2,
  title: bi('Pemberdayaan dan aksi kolaboratif', 'Empowerment and collaborative action'),
  summary: bi(
    'Tujuan, metode dan orientasi pemberdayaan; empat tahap tindakan kolaboratif; rencana aksi kolektif.',
    'Empowerment goals, methods and orientation; the four stages of collaborative action; a collective-action plan.',
  ),
  citation: BRETON,
  sections: [empowerment, planning, consciousnessRaising, collectiveAction, communityAttachment, actionPlan],
  retiredOptions: [
    {
      section: 'empowerment',
      field: 'goals',
      value: 'changeOppressiveConditions',
      into: 'changeStructures',
      since: 2,
    },
  ],
}
