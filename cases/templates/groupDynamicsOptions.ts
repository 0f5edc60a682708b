import { bi } from '../i18n/bilingual'
import { option } from './fields'
import type { OptionDef } from './types'

/** Benne & Sheats's roles as the module lists them (Modul Dua, pp. 11–12), each naming its kind of role. */
export const MEMBER_ROLE_OPTIONS: OptionDef[] = [
  option(
    'coordinator',
    bi('Koordinasi (peran tugas)', 'Coordinator (task role)'),
    bi('Menggerakkan pekerjaan kelompok.', "Moves the group's work forward."),
  ),
  option(
    'informationSeeker',
    bi('Pencari informasi (peran tugas)', 'Information seeker (task role)'),
    bi('Menggerakkan pekerjaan kelompok.', "Moves the group's work forward."),
  ),
  option(
    'motivator',
    bi('Motivator (peran sosioemosional)', 'Motivator (socio-emotional role)'),
    bi('Menjaga relasi dan semangat.', 'Sustains relationships and morale.'),
  ),
  option(
    'encourager',
    bi('Encourager (pendorong; peran sosioemosional)', 'Encourager (socio-emotional role)'),
    bi('Menjaga relasi dan semangat.', 'Sustains relationships and morale.'),
  ),
  option(
    'harmonizer',
    bi('Harmonizer (pendamai; peran sosioemosional)', 'Harmonizer (socio-emotional role)'),
    bi('Menjaga relasi dan semangat.', 'Sustains relationships and morale.'),
  ),
  option(
    'aggressor',
    bi('Agresor (peran individual)', 'Aggressor (individual role)'),
    bi(
      'Melayani kebutuhan diri sendiri, sering dengan mengorbankan kelompok.',
      "Serves the member's own needs, often at the group's expense.",
    ),
  ),
  option(
    'helpSeeker',
    bi('Help seeker (pencari bantuan; peran individual)', 'Help seeker (individual role)'),
    bi(
      'Melayani kebutuhan diri sendiri, sering dengan mengorbankan kelompok.',
      "Serves the member's own needs, often at the group's expense.",
    ),
  ),
]

/** Attributed versus actual power (Modul Dua, p. 12). */
export const POWER_KIND_OPTIONS: OptionDef[] = [
  option(
    'attributed',
    bi('Attributed power (kekuasaan yang dilekatkan)', 'Attributed power'),
    bi(
      'Kekuasaan yang dipersepsikan orang di dalam atau di luar kelompok (status profesional, pendidikan, jabatan).',
      'Power people inside or outside the group perceive a leader to have (professional status, education, positions).',
    ),
  ),
  option(
    'actual',
    bi('Actual power (kekuasaan nyata)', 'Actual power'),
    bi(
      'Kemampuan nyata mengubah kondisi di dalam dan di luar kelompok.',
      'Real capacity to change conditions inside and outside the group.',
    ),
  ),
]

/** The seven bases of a leader's power as the module attributes them to French & Raven (Modul Dua, pp. 12–13). */
export const POWER_BASE_OPTIONS: OptionDef[] = [
  option(
    'connection',
    bi('Connection power (kekuasaan koneksi)', 'Connection power'),
    bi(
      'Hubungan dengan orang-orang yang berpengaruh bagi kelompok.',
      'Ties to people who are influential for the group.',
    ),
  ),
  option(
    'expert',
    bi('Expert power (kekuasaan keahlian)', 'Expert power'),
    bi(
      'Pengetahuan yang membantu kelompok mencapai tujuan.',
      'Knowledge that helps the group reach its goals.',
    ),
  ),
  option(
    'information',
    bi('Information power (kekuasaan informasi)', 'Information power'),
    bi('Memiliki informasi yang dibutuhkan kelompok.', 'Holds information the group needs.'),
  ),
  option(
    'legitimate',
    bi('Legitimate power (kekuasaan sah)', 'Legitimate power'),
    bi('Posisi formal, otoritas dan hak istimewanya.', 'Formal position, authority and its privileges.'),
  ),
  option(
    'referent',
    bi('Reference power (kekuasaan karena dikagumi)', 'Referent power'),
    bi('Dikagumi oleh anggota.', 'Admired by members.'),
  ),
  option(
    'reward',
    bi('Reward power (kekuasaan memberi penghargaan)', 'Reward power'),
    bi('Mampu memberi penghargaan kepada anggota.', 'Able to reward members.'),
  ),
  option(
    'coercive',
    bi('Coercive power (kekuasaan memberi sanksi)', 'Coercive power'),
    bi('Mampu memberi sanksi kepada anggota.', 'Able to impose sanctions on members.'),
  ),
]

/** Motivation problems in groups (Levi, 2001; Modul Dua, p. 13). */
export const MOTIVATION_PROBLEM_OPTIONS: OptionDef[] = [
  option(
    'socialLoafing',
    bi('Kemalasan sosial (social loafing)', 'Social loafing'),
    bi(
      'Anggota berusaha lebih sedikit dalam kelompok daripada saat sendiri.',
      'Members put in less effort in a group than alone.',
    ),
  ),
  option(
    'freeRiding',
    bi('Penunggang bebas (free riding)', 'Free riding'),
    bi(
      'Anggota merasa kontribusinya tidak penting, atau tahu akan tetap mendapat imbalan.',
      "Members think their contribution doesn't matter, or know they'll be rewarded anyway.",
    ),
  ),
  option(
    'suckerEffect',
    bi('Sucker effect (efek merasa dimanfaatkan)', 'Sucker effect'),
    bi(
      'Anggota yang berkinerja baik mengurangi usaha agar tidak menanggung yang lain.',
      'Strong performers ease off so as not to carry the others.',
    ),
  ),
]

/** Synchronous and asynchronous communication (Modul Dua, p. 6). */
export const COMMUNICATION_FORM_OPTIONS: OptionDef[] = [
  option(
    'synchronous',
    bi('Komunikasi synchronous (serentak)', 'Synchronous communication'),
    bi('Dua arah secara langsung.', 'Two-way, in real time.'),
  ),
  option(
    'asynchronous',
    bi('Komunikasi asynchronous (tidak serentak)', 'Asynchronous communication'),
    bi('Penerima membalas kemudian (misalnya surel).', 'The receiver replies later (e.g. e-mail).'),
  ),
]

/** Sources of distortion in communication (Modul Dua, pp. 7–8). */
export const DISTORTION_OPTIONS: OptionDef[] = [
  option('sendingReceiving', bi('Masalah mengirim / menerima pesan', 'Sending / receiving problems')),
  option('transmission', bi('Masalah transmisi (kebisingan)', 'Transmission problems (noise)')),
  option('language', bi('Hambatan bahasa', 'Language barriers')),
]

/** Effective feedback (Toseland & Rivas, 2001; Modul Dua, p. 8). */
export const FEEDBACK_OPTIONS: OptionDef[] = [
  option(
    'describeContent',
    bi('Mendeskripsikan isi komunikasi yang diterima', 'Describe the content received'),
  ),
  option('allowResponse', bi('Memberi kesempatan pengirim merespons', 'Let the sender respond')),
  option(
    'measuredClarification',
    bi('Meminta klarifikasi dengan sikap sewajarnya', 'Ask for clarification calmly'),
  ),
]

/** Factors that raise interpersonal attraction (Festinger, 1950; Modul Dua, p. 9). */
export const ATTRACTION_OPTIONS: OptionDef[] = [
  option('proximity', bi('Kedekatan interaksi', 'Closeness of interaction')),
  option('acceptance', bi('Penerimaan dan persetujuan bergabung', 'Acceptance and approval')),
  option('fit', bi('Kesesuaian antar anggota', 'Fit between members')),
]

/** Factors of cohesion (Cartwright, 1968; Toseland & Rivas, 2001; Modul Dua, pp. 9–10). */
export const COHESION_FACTOR_OPTIONS: OptionDef[] = [
  option(
    'needsMet',
    bi('Kebutuhan afiliasi, pengakuan, rasa aman', 'Needs for affiliation, recognition, security'),
  ),
  option('resourcesPrestige', bi('Sumber daya dan prestise', 'Resources and prestige')),
  option('expectedBenefits', bi('Ekspektasi manfaat', 'Expected benefits')),
  option('betterThanBefore', bi('Pengalaman lebih positif dari sebelumnya', 'Better than earlier groups')),
  option('persistence', bi('Ketekunan mencapai tujuan', 'Persistence towards goals')),
  option('sharedResponsibility', bi('Tanggung jawab bersama', 'Shared responsibility')),
  option('expressFeelings', bi('Ruang mengekspresikan perasaan', 'Room to express feelings')),
  option('willingToListen', bi('Kesediaan mendengarkan', 'Willingness to listen')),
  option('feedbackEvaluation', bi('Umpan balik dan evaluasi', 'Feedback and evaluation')),
]

/** Effects of high cohesion (Modul Dua, p. 10). */
export const COHESION_EFFECT_OPTIONS: OptionDef[] = [
  option('satisfaction', bi('Kepuasan anggota', 'Member satisfaction')),
  option('goalAttainment', bi('Pencapaian tujuan', 'Goal attainment')),
  option('commitment', bi('Komitmen pada kelompok', 'Commitment to the group')),
  option(
    'selfConfidence',
    bi('Percaya diri, penerimaan dan penyesuaian diri', 'Self-confidence, self-acceptance, adjustment'),
  ),
  option('attendance', bi('Kehadiran dan partisipasi', 'Attendance and participation')),
]

/** The two forms of social influence (Deutsch & Gerard, 1955; Modul Dua, pp. 10–11). */
export const SOCIAL_INFLUENCE_OPTIONS: OptionDef[] = [
  option(
    'normative',
    bi('Normative influence (pengaruh normatif)', 'Normative influence'),
    bi('Tekanan memenuhi harapan orang lain.', "Pressure to meet others' expectations."),
  ),
  option(
    'informational',
    bi('Informational influence (pengaruh informasional)', 'Informational influence'),
    bi('Terbujuk oleh informasi dari orang lain.', 'Persuaded by information others give.'),
  ),
]
