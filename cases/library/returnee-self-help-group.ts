import { bi } from '../i18n/bilingual'
import type { CaseStudy } from './types'

/** V17 and V16: a new self-help group's awkward first sessions, where everyone speaks only to the facilitator. */
export const returneeSelfHelpGroup: CaseStudy = {
  id: 'returnee-self-help-group',
  title: bi('Pertemuan Pertama Kelompok Purna Migran', "The First Meetings of a Returnee Workers' Group"),
  summary: bi(
    'Sebuah kelompok swadaya bagi mantan pekerja migran yang baru pulang ke desa mengadakan pertemuan pertamanya. Suasananya canggung, tujuannya belum jelas, dan semua orang hanya berbicara kepada fasilitator.',
    'A self-help group for former migrant workers who have returned to their village holds its first meetings. The mood is awkward, the purpose unclear, and everyone speaks only to the facilitator.',
  ),
  scenario: bi(
    [
      'Di Desa Rawa Kencana, sebuah desa rekaan, banyak warga pernah bekerja beberapa tahun di luar negeri sebagai pekerja rumah tangga, buruh perkebunan, atau awak kapal. Setelah pulang, sebagian kesulitan mencari penghasilan, tabungannya cepat habis, dan merasa asing di kampung sendiri. Pekerja sosial dari sebuah organisasi rekaan untuk pekerja migran, Pak Bima, mengajak mereka membentuk kelompok swadaya.',
      'Pertemuan pertama dihadiri empat belas orang: sembilan perempuan dan lima laki-laki, usia 25–50 tahun, dari tiga dusun. Mereka duduk berkelompok menurut dusun dan menurut negara tempat mereka dulu bekerja. Ketika Pak Bima bertanya apa yang ingin mereka capai, ruangan sunyi lama. Akhirnya beberapa orang menjawab satu per satu, selalu sambil menatap Pak Bima, tidak pernah menanggapi jawaban anggota lain.',
      'Pada pertemuan kedua, Bu Rohmah, yang paling lama bekerja di luar negeri, berbicara panjang tentang pengalamannya dan memberi nasihat kepada semua orang; beberapa anggota tampak tidak nyaman tetapi diam. Dua anggota laki-laki bertanya apakah kelompok ini akan memberi modal usaha. Seorang anggota muda, Sinta, ingin membahas perasaan canggung saat pulang, tetapi topik itu cepat dialihkan ke soal uang.',
      'Kepala desa berharap kelompok ini menjadi koperasi simpan pinjam. Keluarga beberapa anggota menganggap pertemuan ini "buang waktu". Pak Bima hanya dapat mendampingi selama enam bulan sebelum pindah tugas.',
      'Pak Bima ingin mencairkan suasana, membangun hubungan yang saling mendukung di antara anggota, dan membantu kelompok menentukan tujuannya sendiri tanpa membuat mereka bergantung kepadanya.',
    ].join('\n\n'),
    [
      'In Rawa Kencana, a fictional village, many people have worked abroad for some years as domestic workers, plantation labourers or ship crew. After returning, some struggle to earn a living, their savings run out quickly, and they feel like strangers at home. Pak Bima, a social worker from a fictional organisation for migrant workers, invites them to form a self-help group.',
      'Fourteen people come to the first meeting: nine women and five men aged 25–50, from three hamlets. They sit in clusters by hamlet and by the country where they used to work. When Pak Bima asks what they want to achieve, there is a long silence. In the end a few answer one by one, always looking at Pak Bima and never responding to what other members said.',
      'At the second meeting Bu Rohmah, who worked abroad the longest, talks at length about her experience and gives everyone advice; some members look uncomfortable but stay quiet. Two men ask whether the group will provide business capital. A young member, Sinta, wants to talk about how awkward it feels to come home, but the topic is quickly turned back to money.',
      'The village head hopes the group will become a savings-and-loan cooperative. Some members\' families think the meetings are "a waste of time". Pak Bima can only support the group for six months before he is transferred.',
      'Pak Bima wants to break the ice, build supportive ties among members, and help the group set its own goals without making it depend on him.',
    ].join('\n\n'),
  ),
  templates: ['fiveC', 'tuckman', 'groupDynamics', 'therapeuticFactors'],
  prompts: [
    bi(
      'Pola interaksi apa yang terlihat pada pertemuan pertama? Apa artinya bagi kekuasaan dan kontrol dalam kelompok?',
      'Which interaction pattern do you see at the first meeting? What does it say about power and control in the group?',
    ),
    bi(
      'Ciri-ciri tahap Forming (Pembentukan) apa yang tampak? Apa yang dapat dilakukan Pak Bima untuk mencairkan suasana?',
      'Which features of the forming stage can you see? What could Pak Bima do to break the ice?',
    ),
    bi(
      'Norma tersembunyi apa yang mulai terbentuk (misalnya topik yang dihindari)?',
      'Which covert norms are starting to form (for example a topic that gets avoided)?',
    ),
    bi(
      'Bagaimana kelompok dapat tetap berjalan setelah Pak Bima pindah tugas?',
      'How can the group carry on after Pak Bima is transferred?',
    ),
  ],
  source: 'Modul Dua, hlm. 5–6 dan 13; Tabel 2, hlm. 14–16 (Tuckman)',
}
