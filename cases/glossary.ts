import { bi, type Bilingual } from './i18n/bilingual'

/**
 * The module's English terms with their Indonesian glosses: the glossary page of the app, and later the server or
 * the export. Every term here is printed in English in the course module (Prasetyo, _Metode Intervensi Pekerjaan
 * Sosial dengan Kelompok_), except "social loafing", which the module prints only as "kemalasan sosial" and the app's
 * labels pair with the English. Pages are the module's printed page numbers, "slides" its unpaginated slide deck.
 *
 * The module has four Tuckman stages only (Tabel 2), so "Adjourning" is not listed; the slides' "A sense of hope" is
 * listed rather than Yalom's "instillation of hope", which the module does not use.
 */

/** The topics the glossary is grouped by, in the module's order. */
export const GLOSSARY_TOPICS = [
  'groupTypes',
  'communication',
  'influence',
  'power',
  'motivation',
  'culture',
  'stages',
  'ecology',
  'systems',
  'empowerment',
  'therapeuticFactors',
  'workerRoles',
] as const

/** One topic of the glossary. */
export type GlossaryTopic = (typeof GLOSSARY_TOPICS)[number]

/** A topic's heading in both languages. */
export const GLOSSARY_TOPIC_TITLES: Record<GlossaryTopic, Bilingual> = {
  groupTypes: bi('Jenis kelompok', 'Group types'),
  communication: bi('Komunikasi dan pola interaksi', 'Communication and interaction patterns'),
  influence: bi('Integrasi sosial dan pengaruh', 'Social integration and influence'),
  power: bi('Kekuasaan (power) dan kontrol', 'Power and control'),
  motivation: bi('Masalah motivasi', 'Motivation problems'),
  culture: bi('Kultur kelompok', 'Group culture'),
  stages: bi('Tahap perkembangan kelompok (Tuckman)', 'Stages of group development (Tuckman)'),
  ecology: bi('Teori ekologi', 'Ecological theory'),
  systems: bi('Teori sistem', 'Systems theory'),
  empowerment: bi('Pemberdayaan dan aksi kolaboratif', 'Empowerment and collaborative action'),
  therapeuticFactors: bi('Relevansi terapi kelompok', 'Relevance of group therapy'),
  workerRoles: bi('Peran pekerja sosial', "The social worker's roles"),
}

/** Where in the module a term comes from. */
export interface GlossarySource {
  /** Printed page(s), e.g. "12–13"; "slides" when the term appears only in the slide deck. */
  pages: string
  /** The unit and section or table, e.g. "Modul Dua, Tabel 2". */
  where: Bilingual
}

/** One English term of the module. */
export interface GlossaryEntry {
  /** Stable key, unique in the glossary. */
  key: string
  topic: GlossaryTopic
  /** The term in English, as the app shows it (the module's misprints corrected, see `printedAs`). */
  term: string
  /** How the module prints the term when it differs from `term` (e.g. "coervice power", or only in Indonesian). */
  printedAs?: string
  /** The Indonesian gloss. */
  gloss: string
  /** "module" when the module itself gives this Indonesian wording; "app" when the module gives none and it is ours. */
  glossFrom: 'module' | 'app'
  /** What the term means, one line, in both languages. */
  meaning: Bilingual
  source: GlossarySource
}

const src = (pages: string, whereId: string, whereEn: string): GlossarySource => ({
  pages,
  where: bi(whereId, whereEn),
})

const TABEL_1 = src(
  '2–4',
  'Modul Satu, Tabel 1 "Jenis Kelompok Terapi"',
  'Unit 1, Table 1 "Types of therapy group"',
)
const COMMUNICATION = src(
  '8',
  'Modul Dua, Dinamika Kelompok: pola interaksi',
  'Unit 2, Group dynamics: interaction patterns',
)
const POWER = (pages: string) =>
  src(pages, 'Modul Dua, Dinamika Kelompok: power dan kontrol', 'Unit 2, Group dynamics: power and control')
const TABEL_2 = (pages: string) =>
  src(
    pages,
    'Modul Dua, Tabel 2 "Tahap Perkembangan Kelompok"',
    'Unit 2, Table 2 "Stages of group development"',
  )
const THERAPY = (pages: string) =>
  src(
    pages,
    'Modul Kelima, Relevansi Terapi Kelompok Dalam Praktek Pekerjaan Sosial',
    'Unit 5, Relevance of group therapy in social-work practice',
  )
const SLIDES_THERAPY = src(
  'slides',
  'Modul Kelima, salindia "Relevansi Terapi Kelompok" (tidak ada di teks utama)',
  'Unit 5, slides "Relevance of group therapy" (not in the body text)',
)

/** Every English term of the module, grouped by topic in the module's order. */
export const GLOSSARY: readonly GlossaryEntry[] = [
  // Modul Satu, Tabel 1
  {
    key: 'socialConversation',
    topic: 'groupTypes',
    term: 'Social conversation',
    gloss: 'Percakapan sosial',
    glossFrom: 'module',
    meaning: bi(
      'Pekerja sosial dan klien membahas topik sesuai tujuan kelompok.',
      'Worker and clients discuss topics that serve the group’s purpose.',
    ),
    source: TABEL_1,
  },
  {
    key: 'skillBuilding',
    topic: 'groupTypes',
    term: 'Skill building (recreational group)',
    gloss: 'Kelompok rekreasi/pelatihan keterampilan',
    glossFrom: 'app',
    meaning: bi(
      'Kegiatan untuk bersenang-senang sekaligus melatih keterampilan tertentu.',
      'Activities for enjoyment that also train particular skills.',
    ),
    source: TABEL_1,
  },
  {
    key: 'selfHelpMutualAid',
    topic: 'groupTypes',
    term: 'Self-help and mutual aid',
    gloss: 'Kelompok bantu diri dan saling bantu',
    glossFrom: 'app',
    meaning: bi(
      'Membantu individu mengatasi masalah hidupnya dengan saling mendukung, misalnya lewat testimoni.',
      'Helps people cope with their problems through mutual support, e.g. testimonies.',
    ),
    source: TABEL_1,
  },
  {
    key: 'sensitivityEncounter',
    topic: 'groupTypes',
    term: 'Sensitivity and encounter training',
    gloss: 'Kelompok pelatihan kepekaan dan perjumpaan',
    glossFrom: 'app',
    meaning: bi(
      'Kelompok untuk membangun relasi personal yang lebih dekat dan kesadaran diri.',
      'A group for building closer personal relationships and awareness.',
    ),
    source: TABEL_1,
  },
  // Modul Dua, communication
  {
    key: 'synchronous',
    topic: 'communication',
    term: 'Synchronous communication',
    gloss: 'Komunikasi serempak',
    glossFrom: 'app',
    meaning: bi('Komunikasi dua arah yang berlangsung saat itu juga.', 'Two-way communication in real time.'),
    source: src('6', 'Modul Dua, Dinamika Kelompok: komunikasi', 'Unit 2, Group dynamics: communication'),
  },
  {
    key: 'asynchronous',
    topic: 'communication',
    term: 'Asynchronous communication',
    gloss: 'Komunikasi tidak serempak',
    glossFrom: 'app',
    meaning: bi(
      'Komunikasi lewat media (misalnya e-mail) yang dibalas penerimanya kemudian.',
      'Mediated communication (e.g. e-mail) that the receiver answers later.',
    ),
    source: src('6', 'Modul Dua, Dinamika Kelompok: komunikasi', 'Unit 2, Group dynamics: communication'),
  },
  {
    key: 'maypole',
    topic: 'communication',
    term: 'Maypole',
    gloss: 'Pola berpusat pada ketua',
    glossFrom: 'app',
    meaning: bi(
      'Ketua menjadi figur utama; komunikasi berjalan dari ketua ke anggota atau dari anggota ke ketua.',
      'The leader is the central figure; talk runs from leader to member or member to leader.',
    ),
    source: COMMUNICATION,
  },
  {
    key: 'roundRobin',
    topic: 'communication',
    term: 'Round robin',
    gloss: 'Pola bergiliran',
    glossFrom: 'app',
    meaning: bi(
      'Seluruh anggota saling bergantian dalam berinteraksi.',
      'All members take turns in the interaction.',
    ),
    source: COMMUNICATION,
  },
  {
    key: 'hotSeat',
    topic: 'communication',
    term: 'Hot seat',
    gloss: 'Kursi panas',
    glossFrom: 'app',
    meaning: bi(
      'Pola komunikasi yang terjadi antara ketua dengan anggota.',
      'Communication that runs between the leader and a member.',
    ),
    source: COMMUNICATION,
  },
  {
    key: 'freeFloating',
    topic: 'communication',
    term: 'Free floating pattern',
    gloss: 'Pola bebas',
    glossFrom: 'app',
    meaning: bi(
      'Setiap anggota dapat berkomunikasi secara bebas dengan siapa saja.',
      'Every member may speak freely with anyone.',
    ),
    source: COMMUNICATION,
  },
  // Modul Dua, social integration and influence
  {
    key: 'normativeInfluence',
    topic: 'influence',
    term: 'Normative influence',
    gloss: 'Pengaruh normatif',
    glossFrom: 'app',
    meaning: bi(
      'Dorongan untuk memenuhi harapan orang lain agar diterima.',
      'Pressure to meet others’ expectations and be accepted.',
    ),
    source: src(
      '10–11',
      'Modul Dua, Dinamika Kelompok: integrasi sosial',
      'Unit 2, Group dynamics: social integration',
    ),
  },
  {
    key: 'informationalInfluence',
    topic: 'influence',
    term: 'Informational influence',
    gloss: 'Pengaruh informasional',
    glossFrom: 'app',
    meaning: bi(
      'Menerima dan terbujuk oleh informasi yang diberikan orang lain.',
      'Accepting and being persuaded by information others give.',
    ),
    source: src(
      '11',
      'Modul Dua, Dinamika Kelompok: integrasi sosial',
      'Unit 2, Group dynamics: social integration',
    ),
  },
  {
    key: 'groupthink',
    topic: 'influence',
    term: 'Groupthink',
    printedAs: 'grupthink',
    gloss: 'Pemikiran kelompok',
    glossFrom: 'module',
    meaning: bi(
      'Penerimaan dan konformitas yang sangat tinggi sehingga kreativitas dan sumbangan pikiran anggota tertekan.',
      'Acceptance and conformity so high that members’ creativity and ideas are suppressed.',
    ),
    source: src(
      '11',
      'Modul Dua, Dinamika Kelompok: integrasi sosial',
      'Unit 2, Group dynamics: social integration',
    ),
  },
  {
    key: 'taskRole',
    topic: 'influence',
    term: 'Task role',
    gloss: 'Peran tugas',
    glossFrom: 'app',
    meaning: bi(
      'Peran yang menggerakkan pekerjaan kelompok, misalnya koordinasi dan pencari informasi.',
      'A role that moves the group’s work on, e.g. coordinating or seeking information.',
    ),
    source: src('11–12', 'Modul Dua, Dinamika Kelompok: peran', 'Unit 2, Group dynamics: roles'),
  },
  {
    key: 'socioemotionalRole',
    topic: 'influence',
    term: 'Socioemotional role',
    gloss: 'Peran sosioemosional',
    glossFrom: 'app',
    meaning: bi(
      'Peran yang menjaga relasi dan semangat, misalnya motivator, encourager, harmonizer.',
      'A role that sustains relationships and morale, e.g. motivator, encourager, harmonizer.',
    ),
    source: src('12', 'Modul Dua, Dinamika Kelompok: peran', 'Unit 2, Group dynamics: roles'),
  },
  {
    key: 'individualRole',
    topic: 'influence',
    term: 'Individual role',
    gloss: 'Peran individual',
    glossFrom: 'app',
    meaning: bi(
      'Peran yang melayani kebutuhan diri sendiri, misalnya agresor atau help seeker.',
      'A role that serves the member’s own needs, e.g. aggressor or help seeker.',
    ),
    source: src('12', 'Modul Dua, Dinamika Kelompok: peran', 'Unit 2, Group dynamics: roles'),
  },
  // Modul Dua, power
  {
    key: 'attributedPower',
    topic: 'power',
    term: 'Attributed power',
    gloss: 'Kekuasaan yang dilekatkan',
    glossFrom: 'app',
    meaning: bi(
      'Kekuasaan yang dipersepsikan orang di dalam atau di luar kelompok, dari status, pendidikan atau jabatan.',
      'Power others perceive a leader to have, from status, education or positions held.',
    ),
    source: POWER('12'),
  },
  {
    key: 'actualPower',
    topic: 'power',
    term: 'Actual power',
    gloss: 'Kekuasaan nyata',
    glossFrom: 'app',
    meaning: bi(
      'Kemampuan nyata mengubah kondisi di dalam dan di luar kelompok.',
      'Real capacity to change conditions inside and outside the group.',
    ),
    source: POWER('12'),
  },
  {
    key: 'connectionPower',
    topic: 'power',
    term: 'Connection power',
    gloss: 'Kekuasaan karena jejaring',
    glossFrom: 'app',
    meaning: bi(
      'Jejaring dengan orang-orang yang berpengaruh bagi kelompok.',
      'Ties to people who are influential for the group.',
    ),
    source: POWER('12'),
  },
  {
    key: 'expertPower',
    topic: 'power',
    term: 'Expert power',
    gloss: 'Kekuasaan karena keahlian',
    glossFrom: 'app',
    meaning: bi(
      'Pengetahuan yang menolong kelompok mencapai tujuannya.',
      'Knowledge that helps the group reach its goals.',
    ),
    source: POWER('12'),
  },
  {
    key: 'informationPower',
    topic: 'power',
    term: 'Information power',
    gloss: 'Kekuasaan karena informasi',
    glossFrom: 'app',
    meaning: bi('Memiliki informasi yang dibutuhkan kelompok.', 'Holding information the group needs.'),
    source: POWER('12'),
  },
  {
    key: 'legitimatePower',
    topic: 'power',
    term: 'Legitimate power',
    gloss: 'Kekuasaan karena kedudukan resmi',
    glossFrom: 'app',
    meaning: bi(
      'Kedudukan resmi beserta kewenangan dan keistimewaannya.',
      'A formal position with its authority and privileges.',
    ),
    source: POWER('12'),
  },
  {
    key: 'referentPower',
    topic: 'power',
    term: 'Referent power',
    printedAs: 'reference power',
    gloss: 'Kekuasaan karena dikagumi',
    glossFrom: 'app',
    meaning: bi('Menjadi sosok yang dikagumi anggota kelompok.', 'Being someone the members admire.'),
    source: POWER('12'),
  },
  {
    key: 'rewardPower',
    topic: 'power',
    term: 'Reward power',
    gloss: 'Kekuasaan memberi penghargaan',
    glossFrom: 'app',
    meaning: bi('Mampu memberi penghargaan kepada anggota.', 'Able to reward members.'),
    source: POWER('12'),
  },
  {
    key: 'coercivePower',
    topic: 'power',
    term: 'Coercive power',
    printedAs: 'coervice power',
    gloss: 'Kekuasaan memberi sanksi',
    glossFrom: 'app',
    meaning: bi('Mampu memberi sanksi kepada anggota.', 'Able to impose sanctions on members.'),
    source: POWER('12–13'),
  },
  // Modul Dua, motivation (Levi, 2001)
  {
    key: 'socialLoafing',
    topic: 'motivation',
    term: 'Social loafing',
    printedAs: 'kemalasan sosial',
    gloss: 'Kemalasan sosial',
    glossFrom: 'module',
    meaning: bi(
      'Anggota berusaha lebih sedikit di dalam kelompok daripada saat bekerja sendiri (modul hanya menyebut istilahnya).',
      'Members put in less effort in a group than alone (the module names it without defining it).',
    ),
    source: POWER('13'),
  },
  {
    key: 'freeRiding',
    topic: 'motivation',
    term: 'Free riding',
    gloss: 'Penunggang bebas',
    glossFrom: 'module',
    meaning: bi(
      'Anggota merasa kontribusinya tidak penting, atau tahu akan tetap dihargai berapa pun kontribusinya.',
      'Members think their contribution does not matter, or know they will be rewarded however little they give.',
    ),
    source: POWER('13'),
  },
  {
    key: 'suckerEffect',
    topic: 'motivation',
    term: 'Sucker effect',
    gloss: 'Efek merasa dimanfaatkan',
    glossFrom: 'app',
    meaning: bi(
      'Anggota yang berkinerja baik mengendur, dan pekerjaan diambil alih anggota yang kurang termotivasi.',
      'Strong performers ease off and the work passes to less motivated members.',
    ),
    source: POWER('13'),
  },
  // Modul Dua, culture (Levi, 2001)
  {
    key: 'surfaceLevel',
    topic: 'culture',
    term: 'Surface level',
    gloss: 'Pada permukaan',
    glossFrom: 'module',
    meaning: bi(
      'Simbol dan ritual yang menjadi kekhasan budaya kelompok.',
      'The symbols and rituals that mark the group’s culture.',
    ),
    source: src('14', 'Modul Dua, Dinamika Kelompok: kultur', 'Unit 2, Group dynamics: culture'),
  },
  {
    key: 'deeperLevel',
    topic: 'culture',
    term: 'Deeper level',
    gloss: 'Tingkat yang lebih dalam',
    glossFrom: 'app',
    meaning: bi(
      'Kekhasan dan pendekatan anggota saat berinteraksi satu sama lain.',
      'The characteristic ways members approach and interact with each other.',
    ),
    source: src('14', 'Modul Dua, Dinamika Kelompok: kultur', 'Unit 2, Group dynamics: culture'),
  },
  {
    key: 'deepestLevel',
    topic: 'culture',
    term: 'Deepest level',
    gloss: 'Tingkat terdalam',
    glossFrom: 'app',
    meaning: bi(
      'Inti budaya: nilai, ideologi dan keyakinan yang menjadi kebiasaan anggota.',
      'The core: values, ideology and beliefs that have become the members’ habits.',
    ),
    source: src('14', 'Modul Dua, Dinamika Kelompok: kultur', 'Unit 2, Group dynamics: culture'),
  },
  // Modul Dua, Tabel 2 (Tuckman)
  {
    key: 'forming',
    topic: 'stages',
    term: 'Forming',
    gloss: 'Pembentukan',
    glossFrom: 'module',
    meaning: bi(
      'Anggota berinteraksi secara tentatif dan hati-hati; norma, peran dan status mulai terbentuk.',
      'Members interact tentatively and cautiously; norms, roles and status take shape.',
    ),
    source: TABEL_2('14–15'),
  },
  {
    key: 'storming',
    topic: 'stages',
    term: 'Storming',
    gloss: 'Pergolakan',
    glossFrom: 'app',
    meaning: bi(
      'Anggota menguji peran dan statusnya; konflik muncul dan dipandang sebagai sesuatu yang wajar.',
      'Members test their roles and status; conflict arises and is seen as normal.',
    ),
    source: TABEL_2('15'),
  },
  {
    key: 'norming',
    topic: 'stages',
    term: 'Norming',
    gloss: 'Pembentukan norma',
    glossFrom: 'app',
    meaning: bi(
      'Fokus pada tugas kelompok, kohesi difungsikan, dan konflik dihadapi dengan pemecahan masalah.',
      'Focus on the group’s tasks, cohesion put to work, conflict met with problem solving.',
    ),
    source: TABEL_2('15'),
  },
  {
    key: 'performing',
    topic: 'stages',
    term: 'Performing',
    gloss: 'Berkinerja',
    glossFrom: 'app',
    meaning: bi(
      'Menuntaskan tugas, mengevaluasi pekerjaan kelompok, dan merencanakan perpisahan.',
      'Finishing tasks, evaluating the group’s work, and planning its ending.',
    ),
    source: TABEL_2('15–16'),
  },
  // Modul Ketiga
  {
    key: 'personInEnvironment',
    topic: 'ecology',
    term: 'Person-in-environment',
    gloss: 'Manusia dalam lingkungannya',
    glossFrom: 'app',
    meaning: bi(
      'Sumbangan teori ekologi: masalah seseorang dilihat dalam hubungannya dengan sistem-sistem di sekitarnya.',
      'Ecological theory’s contribution: a person’s problem is seen in relation to the systems around them.',
    ),
    source: src('17–18', 'Modul Ketiga, Teori Ekologi, Gambar 1', 'Unit 3, Ecological theory, Figure 1'),
  },
  {
    key: 'suiGeneris',
    topic: 'systems',
    term: 'Sui generis',
    gloss: 'Realitas tersendiri',
    glossFrom: 'app',
    meaning: bi(
      'Kelompok punya realitas, sejarah dan evolusinya sendiri yang tidak dapat dijelaskan oleh anggota atau konteksnya saja.',
      'The group has its own reality, history and evolution, not explained by its members or context alone.',
    ),
    source: src('21', 'Modul Ketiga, Teori Sistem', 'Unit 3, Systems theory'),
  },
  {
    key: 'input',
    topic: 'systems',
    term: 'Input',
    gloss: 'Masukan',
    glossFrom: 'app',
    meaning: bi(
      'Fase ketika sumber daya (arus) memasuki sistem.',
      'The phase when resources (flows) enter the system.',
    ),
    source: src('22', 'Modul Ketiga, Teori Sistem', 'Unit 3, Systems theory'),
  },
  {
    key: 'output',
    topic: 'systems',
    term: 'Output',
    gloss: 'Keluaran',
    glossFrom: 'module',
    meaning: bi(
      'Ukuran kegiatan sistem (misalnya jumlah sesi), bukan hasil atau perubahan pada anggota.',
      'A measure of the system’s activity (e.g. sessions held), not the outcome for members.',
    ),
    source: src('22', 'Modul Ketiga, Teori Sistem', 'Unit 3, Systems theory'),
  },
  // Modul Keempat
  {
    key: 'strengthInUs',
    topic: 'empowerment',
    term: 'Strength-in-us',
    gloss: 'Gotong royong',
    glossFrom: 'module',
    meaning: bi(
      'Dinamika saling membantu yang memotivasi ("kita semua bersama-sama") sebelum aksi kolektif.',
      'The mutual-aid dynamic that motivates ("we are all in this together") before collective action.',
    ),
    source: src('28', 'Modul Keempat, Aksi Sosial/Kolektif', 'Unit 4, Social/collective action'),
  },
  // Modul Kelima
  {
    key: 'mutualSupport',
    topic: 'therapeuticFactors',
    term: 'Mutual support',
    gloss: 'Iklim saling dukung',
    glossFrom: 'module',
    meaning: bi(
      'Anggota merasa diterima, nyaman dan tidak sendiri, dan dapat mengekspresikan perasaan.',
      'Members feel accepted, at ease and not alone, and can express their feelings.',
    ),
    source: THERAPY('30–31'),
  },
  {
    key: 'cohesiveness',
    topic: 'therapeuticFactors',
    term: 'Cohesiveness',
    gloss: 'Kohesivitas (ikatan kelompok)',
    glossFrom: 'app',
    meaning: bi(
      'Ikatan dan saling menerima antaranggota, dan komitmen bersama.',
      'Bonds and mutual acceptance between members, and shared commitment.',
    ),
    source: THERAPY('31–32'),
  },
  {
    key: 'qualityOfRelationship',
    topic: 'therapeuticFactors',
    term: 'Quality of relationship',
    gloss: 'Kualitas relasi',
    glossFrom: 'app',
    meaning: bi(
      'Relasi positif yang mengoreksi pengalaman emosional, dan keeratan hubungan.',
      'Positive relationships that correct emotional experiences, and close ties.',
    ),
    source: SLIDES_THERAPY,
  },
  {
    key: 'universality',
    topic: 'therapeuticFactors',
    term: 'Universality',
    gloss: 'Perasaan senasib',
    glossFrom: 'app',
    meaning: bi(
      'Munculnya perasaan yang sama di antara anggota, sehingga tidak merasa sendiri.',
      'Members come to share the same feelings, so no one feels alone.',
    ),
    source: THERAPY('32'),
  },
  {
    key: 'senseOfHope',
    topic: 'therapeuticFactors',
    term: 'A sense of hope',
    gloss: 'Rasa harapan',
    glossFrom: 'app',
    meaning: bi(
      'Anggota menerima harapan positif kelompok dan melihat orang lain mampu mengatasi masalah serupa.',
      'Members take on the group’s positive hopes and see others overcome similar problems.',
    ),
    source: SLIDES_THERAPY,
  },
  {
    key: 'altruism',
    topic: 'therapeuticFactors',
    term: 'Altruism',
    gloss: 'Saling menolong',
    glossFrom: 'app',
    meaning: bi(
      'Saling menolong memperkuat harga diri dan identitas pribadi anggota.',
      'Helping one another strengthens members’ self-esteem and personal identity.',
    ),
    source: THERAPY('32'),
  },
  {
    key: 'knowledgeSkills',
    topic: 'therapeuticFactors',
    term: 'Acquisition of knowledge and skills',
    printedAs: 'AQUISITION OF KNOWLEDGE AND SKILLS',
    gloss: 'Meningkatkan pengetahuan dan keterampilan',
    glossFrom: 'module',
    meaning: bi(
      'Kelompok menjadi tempat aman untuk memperoleh pengetahuan dan berlatih keterampilan baru.',
      'The group is a safe place to gain knowledge and practise new skills.',
    ),
    source: THERAPY('32'),
  },
  {
    key: 'catharsis',
    topic: 'therapeuticFactors',
    term: 'Catharsis',
    printedAs: 'CHATARSIS',
    gloss: 'Katarsis (pelepasan perasaan)',
    glossFrom: 'app',
    meaning: bi(
      'Ruang untuk mengekspresikan perasaan, mengurangi kecemasan dan mengumpulkan energi.',
      'Room to express feelings, ease anxiety and gather energy.',
    ),
    source: SLIDES_THERAPY,
  },
  {
    key: 'realityTesting',
    topic: 'therapeuticFactors',
    term: 'Reality testing',
    gloss: 'Uji coba terhadap realitas',
    glossFrom: 'module',
    meaning: bi(
      'Anggota lain mengevaluasi perubahan, memberi umpan balik dan alternatif untuk dicoba.',
      'Other members evaluate changes, give feedback and suggest alternatives to try.',
    ),
    source: THERAPY('33'),
  },
  {
    key: 'groupControl',
    topic: 'therapeuticFactors',
    term: 'Group control',
    gloss: 'Kontrol kelompok',
    glossFrom: 'app',
    meaning: bi(
      'Anggota mengurangi resistensi dan perilaku yang kurang pantas agar sesuai norma kelompok.',
      'Members reduce resistance and unfitting behaviour to fit the group’s norms.',
    ),
    source: THERAPY('33'),
  },
  // Modul Keenam (Zastrow, 2006)
  {
    key: 'enabler',
    topic: 'workerRoles',
    term: 'Enabler',
    gloss: 'Pemungkin',
    glossFrom: 'app',
    meaning: bi(
      'Membantu orang mengartikulasikan kebutuhan, mengklarifikasi masalah, dan memilih serta menerapkan strategi.',
      'Helps people articulate needs, clarify problems, and choose and apply strategies.',
    ),
    source: src('35', 'Modul Keenam, Peran Pekerja Sosial', "Unit 6, The social worker's roles"),
  },
  {
    key: 'broker',
    topic: 'workerRoles',
    term: 'Broker',
    gloss: 'Perantara',
    glossFrom: 'app',
    meaning: bi(
      'Menghubungkan orang yang membutuhkan bantuan dengan layanan komunitas.',
      'Links people who need help with community services.',
    ),
    source: src('35', 'Modul Keenam, Peran Pekerja Sosial', "Unit 6, The social worker's roles"),
  },
]
