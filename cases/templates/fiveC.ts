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
}

/** Zastrow's ten group types (Modul Satu, Tabel 1, pp. 2–4), each with the characteristics the table gives it. */
export const GROUP_TYPE_OPTIONS: OptionDef[] = [
  {
    value: 'socialConversation',
    label: bi('Social conversation (percakapan sosial)', 'Social conversation'),
    help: bi(
      'Pekerja sosial dan klien membahas topik sesuai dengan tujuan kelompok; contoh topiknya pemecahan masalah.',
      "Worker and clients discuss topics that serve the group's goal; problem solving is one example.",
    ),
  },
  {
    value: 'recreationSkillBuilding',
    label: bi('Kelompok rekreasi / skill building (membangun keterampilan)', 'Recreation / skill building'),
    help: bi(
      'Kegiatan untuk mendapatkan kesenangan dan melatih keterampilan tertentu, dapat bersifat fisik; kelompok keterampilan bertujuan menguasai keterampilan tertentu.',
      'Activities for enjoyment and for practising particular skills, possibly physical; the skill-building variant aims to master a skill.',
    ),
  },
  {
    value: 'education',
    label: bi('Kelompok edukasi', 'Educational group'),
    help: bi(
      'Membantu anggota mempunyai pengetahuan dan mempelajari keahlian tertentu; membutuhkan pendidik yang ahli, dan pekerja sosial bekerja sama dengan profesional.',
      'Helps members gain knowledge and learn particular skills; needs an expert educator, with the worker collaborating with professionals.',
    ),
  },
  {
    value: 'task',
    label: bi('Kelompok tugas', 'Task group'),
    help: bi(
      'Membangun sifat bertanggung jawab tiap anggota melalui tugas yang diberikan; tugas membantu meningkatkan kemampuan kognitif.',
      "Builds each member's sense of responsibility through assigned tasks; the tasks help develop cognitive ability.",
    ),
  },
  {
    value: 'problemSolvingDecisionMaking',
    label: bi(
      'Kelompok pemecahan masalah dan pengambilan keputusan',
      'Problem-solving and decision-making group',
    ),
    help: bi(
      'Menekankan proses pemecahan masalah dan pengambilan keputusan; setiap anggota terlibat aktif dan saling bertukar pikiran.',
      'Stresses the process of solving problems and making decisions; every member takes an active part and exchanges ideas.',
    ),
  },
  {
    value: 'focus',
    label: bi('Kelompok fokus', 'Focus group'),
    help: bi(
      'Mengidentifikasi kebutuhan atau isu, dan menguji reaksi atas pendekatan alternatif dalam merespons isu.',
      'Identifies needs or issues, and tests reactions to alternative approaches to an issue.',
    ),
  },
  {
    value: 'selfHelpMutualAid',
    label: bi('Self-help dan mutual aid (swadaya dan saling bantu)', 'Self-help and mutual aid'),
    help: bi(
      'Membantu individu mengatasi permasalahan hidupnya; saling dukung lewat testimoni dan pengakuan; umumnya pertolongan langsung ("direct service") kepada anggota.',
      'Helps people cope with their problems; mutual support through testimony and acknowledgement; usually direct help to each member.',
    ),
  },
  {
    value: 'socialization',
    label: bi('Kelompok sosialisasi', 'Socialization group'),
    help: bi(
      'Membantu anggota mengembangkan sikap dan perilaku yang lebih dapat diterima lingkungan sosial, misalnya rasa percaya diri dan merencanakan masa depan.',
      'Helps members develop attitudes and behaviour their social environment accepts better, e.g. self-confidence and planning the future.',
    ),
  },
  {
    value: 'treatment',
    label: bi('Kelompok treatmen', 'Treatment group'),
    help: bi(
      'Menolong individu dengan gangguan emosional, tingkah laku, atau masalah personal yang berat; memakai teknik konseling dan leadership; membutuhkan psikolog atau psikiater.',
      'Helps people with severe emotional, behavioural or personal problems; uses counselling and leadership techniques; needs psychologists or psychiatrists.',
    ),
  },
  {
    value: 'sensitivityEncounterTraining',
    label: bi(
      'Kelompok sensitivity and encounter training (pelatihan kepekaan dan perjumpaan)',
      'Sensitivity and encounter training group',
    ),
    help: bi(
      'Menolong anggota memiliki relasi personal yang lebih intim dan membangun kesadaran; anggotanya individu dengan masalah psikososial dan gangguan mental.',
      'Helps members build closer personal relationships and awareness; its members have psychosocial problems and mental disorders.',
    ),
  },
]

/** The four interaction patterns of Modul Dua (p. 8). */
export const INTERACTION_PATTERN_OPTIONS: OptionDef[] = [
  {
    value: 'maypole',
    label: bi('Maypole (berpusat pada ketua)', 'Maypole'),
    help: bi(
      'Ketua menjadi tokoh sentral; komunikasi dari ketua ke anggota dan sebaliknya.',
      'The leader is central; talk runs leader → member and back.',
    ),
  },
  {
    value: 'roundRobin',
    label: bi('Round robin (bergiliran)', 'Round robin'),
    help: bi(
      'Anggota bergiliran berbicara satu per satu.',
      'Members take turns to speak, one after another.',
    ),
  },
  {
    value: 'hotSeat',
    label: bi('Hot seat (kursi panas)', 'Hot seat'),
    help: bi(
      'Komunikasi panjang bolak-balik antara ketua dengan satu anggota.',
      'Extended back-and-forth between the leader and one member.',
    ),
  },
  {
    value: 'freeFloating',
    label: bi('Free floating (bebas mengalir)', 'Free floating'),
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
        'Jenis kelompok itu sendiri (kelompok tugas, kelompok pemecahan masalah, dll.) menurut Zastrow. Setiap pilihan menampilkan karakteristiknya dari Tabel 1: pilih jenis yang karakteristiknya terlihat dalam kasus.',
        "The group's type (task, problem-solving, etc.), from Zastrow's ten types. Each choice shows its characteristics from Tabel 1: pick the type whose characteristics the case shows.",
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
        'Setiap kelompok memiliki pengetahuan dan keterampilan yang berbeda sesuai dengan karakteristiknya (misalnya, kelompok penyintas kanker memahami seluk-beluk kanker).',
        'Each group knows different things according to its characteristics (e.g. a group of cancer survivors knows the ins and outs of cancer).',
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
