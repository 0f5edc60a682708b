import { bi } from '../i18n/bilingual'
import type { OptionDef, SectionDef, TemplateDef } from './types'

const CITATION = 'Garvin dkk., 2004'

/** Added in version 2: evidence from the case for each C (the server adds it to older workspaces on load). */
const evidenceField = {
  key: 'evidence',
  kind: 'text' as const,
  multiline: true,
  label: bi('Bukti dari kasus', 'Evidence from the case'),
  help: bi(
    'Kutipan atau kejadian dari kasus yang mendukung analisis bagian ini.',
    'Quotes or events from the case that support the analysis of this section.',
  ),
  citation: CITATION,
}

const notesField = {
  key: 'notes',
  kind: 'text' as const,
  multiline: true,
  label: bi('Catatan', 'Notes'),
  help: bi(
    'Catatan bebas tim untuk bagian ini: temuan dari kasus, pertanyaan, hal yang perlu dibahas.',
    "The team's free notes for this section: findings from the case, questions, points to discuss.",
  ),
  citation: CITATION,
}

/** Zastrow's ten group types (Modul Satu, Tabel 1). */
export const GROUP_TYPE_OPTIONS: OptionDef[] = [
  { value: 'socialConversation', label: bi('Percakapan sosial', 'Social conversation') },
  {
    value: 'recreationSkillBuilding',
    label: bi('Kelompok rekreasi / skill building', 'Recreation / skill building'),
  },
  { value: 'education', label: bi('Kelompok edukasi', 'Educational group') },
  { value: 'task', label: bi('Kelompok tugas', 'Task group') },
  {
    value: 'problemSolvingDecisionMaking',
    label: bi(
      'Kelompok pemecahan masalah dan pengambilan keputusan',
      'Problem-solving and decision-making group',
    ),
  },
  { value: 'focus', label: bi('Kelompok fokus', 'Focus group') },
  { value: 'selfHelpMutualAid', label: bi('Self-help dan mutual aid', 'Self-help and mutual aid') },
  { value: 'socialization', label: bi('Kelompok sosialisasi', 'Socialization group') },
  { value: 'treatment', label: bi('Kelompok treatmen', 'Treatment group') },
  {
    value: 'sensitivityEncounterTraining',
    label: bi('Kelompok sensitivity and encounter training', 'Sensitivity and encounter training group'),
  },
]

/** The four interaction patterns of Modul Dua (p. 8). */
export const INTERACTION_PATTERN_OPTIONS: OptionDef[] = [
  {
    value: 'maypole',
    label: bi('Maypole', 'Maypole'),
    help: bi(
      'Ketua menjadi tokoh sentral; komunikasi dari ketua ke anggota dan sebaliknya.',
      'The leader is central; talk runs leader → member and back.',
    ),
  },
  {
    value: 'roundRobin',
    label: bi('Round robin', 'Round robin'),
    help: bi(
      'Anggota bergiliran berbicara satu per satu.',
      'Members take turns to speak, one after another.',
    ),
  },
  {
    value: 'hotSeat',
    label: bi('Hot seat', 'Hot seat'),
    help: bi(
      'Komunikasi panjang bolak-balik antara ketua dengan satu anggota.',
      'Extended back-and-forth between the leader and one member.',
    ),
  },
  {
    value: 'freeFloating',
    label: bi('Free floating', 'Free floating'),
    help: bi(
      'Setiap anggota bebas berbicara dengan anggota lain.',
      'Any member may speak freely to any other.',
    ),
  },
]

/** The module's context types (Tabel 3, Konteks Kelompok). */
export const CONTEXT_TYPE_OPTIONS: OptionDef[] = [
  { value: 'otherGroups', label: bi('Kelompok lain', 'Other groups') },
  { value: 'organisational', label: bi('Konteks organisasional', 'Organisational context') },
  { value: 'community', label: bi('Konteks komunitas', 'Community context') },
  { value: 'societal', label: bi('Konteks masyarakat', 'Societal context') },
]

const characteristics: SectionDef = {
  key: 'characteristics',
  title: bi('Karakteristik Kelompok', 'Group characteristics'),
  help: bi('Siapa kelompok ini dan bagaimana kelompok bekerja.', 'Who the group is and how it works.'),
  citation: CITATION,
  fields: [
    {
      key: 'memberVariables',
      kind: 'text',
      multiline: true,
      label: bi('Variabel anggota', 'Member variables'),
      help: bi(
        'Variabel yang melingkupinya: gender, ras, etnisitas, usia, dan keanggotaan kelompok lainnya.',
        'Gender, race, ethnicity, age and other group memberships of the members.',
      ),
      citation: CITATION,
    },
    {
      key: 'temperament',
      kind: 'text',
      multiline: true,
      label: bi('Temperamen kelompok', 'Group temperament'),
      help: bi('Temperamen dari kelompok.', "The group's temperament."),
      citation: CITATION,
    },
    {
      key: 'groupType',
      kind: 'choice',
      options: GROUP_TYPE_OPTIONS,
      label: bi('Jenis kelompok', 'Group type'),
      help: bi(
        'Jenis kelompok itu sendiri (kelompok tugas, kelompok pemecahan masalah, dll.) menurut Zastrow.',
        "The group's type (task, problem-solving, etc.), from Zastrow's ten types.",
      ),
      citation: 'Zastrow, 2006',
    },
    {
      key: 'process',
      kind: 'text',
      multiline: true,
      label: bi('Proses kelompok', 'Group process'),
      help: bi('Dilihat dari prosesnya: minimum process.', 'Its process ("minimum process").'),
      citation: CITATION,
    },
    {
      key: 'interactionPattern',
      kind: 'choice',
      options: INTERACTION_PATTERN_OPTIONS,
      label: bi('Pola interaksi', 'Interaction pattern'),
      help: bi('Pola interaksi kelompok.', "The group's interaction pattern."),
      citation: 'Toseland & Rivas, 2001',
    },
    {
      key: 'interactsWithOutside',
      kind: 'boolean',
      label: bi(
        'Berinteraksi dengan partisipan di luar kelompok?',
        'Interacts with participants outside the group?',
      ),
      help: bi(
        'Apakah kelompok juga berinteraksi dengan partisipan di luar kelompok.',
        'Whether the group also interacts with participants outside the group.',
      ),
      citation: CITATION,
    },
    {
      key: 'practitionerInfluence',
      kind: 'text',
      multiline: true,
      label: bi('Pengaruh praktisi kelompok', "The practitioner's influence"),
      help: bi(
        'Pengaruh dari praktisi kelompok dalam proses penyesuaian, perubahan, bekerja dengan isu.',
        "The practitioner's influence on adjustment, change and working on issues.",
      ),
      citation: CITATION,
    },
    evidenceField,
    notesField,
  ],
}

const competence: SectionDef = {
  key: 'competence',
  title: bi('Kompetensi Kelompok', 'Group competence'),
  help: bi(
    'Kelompok memiliki pengetahuan dan keterampilan yang dibutuhkan untuk menyelesaikan tugas dan menyelesaikan masalah.',
    'The knowledge and skills the group has to finish its tasks and solve its problems.',
  ),
  citation: CITATION,
  fields: [
    {
      key: 'knowledgeAndSkills',
      kind: 'text',
      multiline: true,
      label: bi('Pengetahuan dan keterampilan', 'Knowledge and skills'),
      help: bi(
        'Pengetahuan dan keterampilan yang dimiliki kelompok untuk menyelesaikan tugas dan masalahnya.',
        'The knowledge and skills the group has for its tasks and problems.',
      ),
      citation: CITATION,
    },
    {
      key: 'distinctiveCompetence',
      kind: 'text',
      multiline: true,
      label: bi('Kompetensi khas kelompok', "The group's distinctive competence"),
      help: bi(
        'Setiap kelompok memiliki pengetahuan dan keterampilan yang berbeda sesuai dengan karakteristiknya (misalnya, kelompok cancer sangat menguasai tentang cancer).',
        'Each group knows different things according to its characteristics (e.g. a cancer group knows a great deal about cancer).',
      ),
      citation: CITATION,
    },
    evidenceField,
    notesField,
  ],
}

const condition: SectionDef = {
  key: 'condition',
  title: bi('Kondisi Kelompok', 'Group condition'),
  help: bi('Berkaitan dengan struktur dan budaya kelompok.', "The group's structure and culture."),
  citation: CITATION,
  fields: [
    {
      key: 'structure',
      kind: 'text',
      multiline: true,
      label: bi('Struktur kelompok', 'Group structure'),
      help: bi(
        'Bagaimana kelompok mengorganisasikan diri secara informal maupun formal (secara informal melalui budaya).',
        'How the group organises itself, formally and informally (informally through its culture).',
      ),
      citation: CITATION,
    },
    {
      key: 'culture',
      kind: 'text',
      multiline: true,
      label: bi('Budaya kelompok', 'Group culture'),
      help: bi(
        'Norma dan nilai tentang bagaimana kelompok bekerja.',
        'The norms and values of how the group works.',
      ),
      citation: CITATION,
    },
    evidenceField,
    notesField,
  ],
}

const change: SectionDef = {
  key: 'change',
  title: bi('Perubahan Kelompok', 'Group change'),
  help: bi(
    'Bagaimana ukuran, tujuan dan strategi kelompok berubah dari waktu ke waktu.',
    "How the group's size, goals and strategy shift over time.",
  ),
  citation: CITATION,
  fields: [
    {
      key: 'sizeChange',
      kind: 'text',
      multiline: true,
      label: bi('Perubahan ukuran', 'Change in size'),
      help: bi(
        'Kelompok berubah dari sisi ukuran: dari kelompok kecil menjadi kelompok besar.',
        'Change in size, from a small group to a large one.',
      ),
      citation: CITATION,
    },
    {
      key: 'goalChange',
      kind: 'text',
      multiline: true,
      label: bi('Perubahan tujuan', 'Change in goals'),
      help: bi(
        'Perubahan tujuan kelompok karena berkembang semakin kompleks.',
        'Goals change as they grow more complex.',
      ),
      citation: CITATION,
    },
    {
      key: 'strategyChange',
      kind: 'text',
      multiline: true,
      label: bi('Perubahan rencana strategis', 'Change in strategic plan'),
      help: bi('Perubahan rencana strategis kelompok.', "Changes in the group's strategic plan."),
      citation: CITATION,
    },
    evidenceField,
    notesField,
  ],
}

const context: SectionDef = {
  key: 'context',
  title: bi('Konteks Kelompok', 'Group context'),
  help: bi(
    'Kelompok lain, organisasi, komunitas dan masyarakat di sekitar kelompok.',
    'The groups, organisation, community and society around the group.',
  ),
  citation: CITATION,
  fields: [
    {
      key: 'contextTypes',
      kind: 'multiChoice',
      options: CONTEXT_TYPE_OPTIONS,
      label: bi('Jenis konteks', 'Context types'),
      help: bi(
        'Beberapa jenis konteks kelompok meliputi: kelompok lain, konteks organisasional, konteks komunitas, dan konteks masyarakat.',
        'Context types: other groups, organisational, community and societal.',
      ),
      citation: CITATION,
    },
    {
      key: 'contextDescription',
      kind: 'text',
      multiline: true,
      label: bi('Uraian konteks', 'Description of the context'),
      help: bi(
        'Bagaimana konteks tersebut memengaruhi kelompok dalam kasus ini.',
        'How these contexts influence the group in this case.',
      ),
      citation: CITATION,
    },
    evidenceField,
    notesField,
  ],
}

/** The 5 C assessment of a group (Modul Ketiga, Tabel 3 "Perspektif 5 C Pada Praktek Kelompok"). */
export const fiveC: TemplateDef = {
  id: 'fiveC',
  version: 2,
  title: bi('Perspektif 5 C', 'The 5 C perspective'),
  summary: bi(
    'Karakteristik, kompetensi, kondisi, perubahan dan konteks kelompok.',
    "The group's characteristics, competence, condition, change and context.",
  ),
  citation: CITATION,
  sections: [characteristics, competence, condition, change, context],
}
