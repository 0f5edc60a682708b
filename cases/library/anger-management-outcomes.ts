import { bi } from '../i18n/bilingual'
import type { CaseStudy } from './types'

/** V7: an anger-management group that reports outputs (sessions held) but no outcomes. */
export const angerManagementOutcomes: CaseStudy = {
  id: 'anger-management-outcomes',
  title: bi('Empat Belas Sesi, Lalu Apa?', 'Fourteen Sessions, Then What?'),
  summary: bi(
    'Sebuah lembaga melaporkan bahwa kelompok pengelolaan amarahnya telah berjalan 14 sesi. Pekerja sosial baru bertanya: apakah para anggota benar-benar berubah?',
    'An agency reports that its anger-management group has held 14 sessions. A new social worker asks: have the members actually changed?',
  ),
  scenario: bi(
    [
      'Balai Konseling Keluarga Pelita, sebuah lembaga di Tirtaraya (keduanya rekaan), menjalankan kelompok pengelolaan amarah bagi laki-laki dewasa yang dirujuk oleh kelurahan, tempat kerja, atau atas kemauan sendiri. Laporan tahunan lembaga mencatat: "14 sesi terlaksana, kehadiran rata-rata 9 orang." Penyandang dana puas dan meminta program diperpanjang.',
      'Kelompok beranggotakan sebelas laki-laki berusia 22–50 tahun: sopir ojek daring, pegawai toko, dua guru honorer, seorang pensiunan tentara, dan beberapa pencari kerja. Sebagian datang karena disuruh atasan, sebagian karena istri atau orang tua mereka memohon. Pak Hendra, yang paling senior, sering memberi nasihat kepada anggota lain dan jarang membicarakan dirinya sendiri; dua anggota termuda hampir tidak pernah berbicara.',
      'Setiap sesi mengikuti pola yang sama: fasilitator memberi materi teknik menenangkan diri, lalu setiap anggota bergiliran bercerita tentang minggunya. Ada aturan tertulis bahwa sesi dimulai tepat pukul 19.00; ada pula aturan tak tertulis bahwa tidak ada yang membantah fasilitator. Tiga anggota keluar setelah sesi kelima tanpa penjelasan.',
      'Rina, pekerja sosial yang baru bergabung, membaca catatan kelompok dan tidak menemukan satu pun data tentang apakah anggota kini lebih mampu mengelola amarah: tidak ada penilaian awal, tidak ada umpan balik dari keluarga, tidak ada tindak lanjut setelah program. Seorang istri anggota pernah menelepon lembaga dan berkata suaminya "lebih pandai bicara, tapi di rumah sama saja".',
      'Pimpinan lembaga meminta Rina menyiapkan usulan perpanjangan program dalam sebulan. Rina ingin usulan itu memuat cara mengukur hasil, tetapi khawatir fasilitator lama merasa dikritik.',
    ].join('\n\n'),
    [
      'Pelita Family Counselling Centre, an agency in the city of Tirtaraya (both fictional), runs an anger-management group for adult men referred by the ward office, their workplace, or on their own initiative. The agency\'s annual report says: "14 sessions held, average attendance 9." The funder is satisfied and asks for the programme to be extended.',
      'The group has eleven men aged 22–50: ride-hailing motorbike drivers, shop staff, two contract teachers, a retired soldier and several job seekers. Some come because their employer told them to, some because their wife or parents begged them. Pak Hendra, the most senior, often gives advice to the others and rarely talks about himself; the two youngest members almost never speak.',
      'Every session follows the same pattern: the facilitator teaches a calming technique, then each member in turn tells the group about his week. A written rule says sessions start at 19:00 sharp; an unwritten one says nobody contradicts the facilitator. Three members dropped out after the fifth session without explanation.',
      'Rina, a social worker who has just joined, reads the group records and finds no data at all on whether members now manage their anger better: no baseline assessment, no feedback from families, no follow-up after the programme. The wife of one member once phoned the agency and said her husband "talks better now, but at home nothing has changed".',
      'The head of the agency asks Rina to draft a proposal to extend the programme within a month. Rina wants the proposal to include a way of measuring results, but worries that the long-serving facilitator will feel criticised.',
    ].join('\n\n'),
  ),
  templates: ['fiveC', 'systems', 'groupDynamics', 'therapeuticFactors', 'interventionPlan', 'roles'],
  prompts: [
    bi(
      'Apa bedanya keluaran (output) dan hasil (outcome) dalam kasus ini? Sebutkan tiga hasil (outcome) yang dapat diukur.',
      'What is the difference between output and outcome in this case? Name three outcomes that could be measured.',
    ),
    bi(
      'Pola interaksi apa yang dipakai kelompok (maypole, round robin, hot seat, free floating)? Apa akibatnya bagi anggota yang pendiam?',
      'Which interaction pattern does the group use (maypole, round robin, hot seat, free floating)? What does it mean for the quiet members?',
    ),
    bi(
      'Norma tertulis dan tak tertulis apa yang Anda temukan, dan bagaimana norma itu memengaruhi perubahan?',
      'Which written and unwritten norms do you find, and how do they affect change?',
    ),
    bi(
      'Bagaimana Rina dapat memakai peran edukator dan peneliti (mengevaluasi hasil praktik) tanpa merusak hubungan dengan fasilitator lama?',
      'How can Rina take on the educator and researcher roles (evaluating practice outcomes) without damaging her relationship with the long-serving facilitator?',
    ),
  ],
  source: 'Modul Ketiga, hlm. 22 (Teori Sistem); Modul Keenam, hlm. 37',
}
