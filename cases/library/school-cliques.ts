import { bi } from '../i18n/bilingual'
import type { CaseStudy } from './types'

/** V3: two groups of junior-high students, "Queen Bee" and "Wannabe"; interventions at several levels. */
export const schoolCliques: CaseStudy = {
  id: 'school-cliques',
  title: bi(
    '"Ratu Lebah" dan "Wannabe" di SMP Tunas Kenari',
    '"Queen Bees" and "Wannabes" at Tunas Kenari Junior High',
  ),
  summary: bi(
    'Di sebuah SMP rekaan, satu geng siswi yang menyebut diri "Ratu Lebah" mengucilkan dan merendahkan siswi yang mereka juluki "Wannabe". Guru BK dan pekerja sosial sekolah mencari intervensi di tingkat kelompok, sekolah, dan komunitas.',
    'At a fictional junior high school, a clique of students calling themselves the "Queen Bees" excludes and belittles students they label "Wannabes". The school counsellor and school social worker look for interventions at group, school and community level.',
  ),
  scenario: bi(
    [
      'SMP Tunas Kenari adalah sekolah menengah pertama di Tirtaraya, sebuah kota rekaan. Di kelas VIII, lima siswi yang duduk berdekatan sejak kelas VII menyebut diri mereka "Ratu Lebah". Mereka menentukan siapa boleh bergabung di meja kantin, siapa diundang ke grup obrolan kelas, dan siapa ditertawakan di media sosial. Sekelompok siswi lain, yang mereka juluki "Wannabe", dianggap "ikut-ikutan" dan sering menjadi sasaran ejekan serta pengucilan.',
      'Perilaku ini bukan soal "sifat anak perempuan": perilaku serupa juga terjadi di antara siswa laki-laki di sekolah itu, hanya bentuknya lain. Yang tampak di sini adalah kelompok dengan norma yang kuat: anggota "Ratu Lebah" mengikuti keputusan Nadia, yang paling populer dan aktif di OSIS, dan takut dikeluarkan bila tidak ikut mengejek. Dua anggota pernah diam-diam meminta maaf kepada seorang "Wannabe", tetapi tidak berani melakukannya di depan teman-temannya.',
      'Kelompok "Wannabe" terdiri atas enam siswi dari beberapa kelas; sebagian baru pindah dari sekolah lain, sebagian berasal dari keluarga yang baru pindah ke perumahan di dekat sekolah. Seorang di antara mereka, Tari, mulai sering absen dan mengeluh sakit perut setiap pagi. Orang tuanya mengadu ke wali kelas.',
      'Guru BK, Bu Wulan, bekerja sama dengan pekerja sosial sekolah dari dinas sosial kota. Kepala sekolah ingin masalah "diselesaikan cepat" dengan surat peringatan. Komite sekolah belum pernah membahas perundungan, dan sekolah belum punya aturan tertulis tentang perundungan daring. Beberapa orang tua "Ratu Lebah" merasa anak mereka hanya "bercanda".',
      'Pekerja sosial mengusulkan tiga langkah: bekerja langsung dengan kedua kelompok siswi, mengubah kebijakan sekolah agar menghargai keberagaman, dan mengajak orang tua serta komunitas sekitar sekolah mengubah budaya yang membiarkan ejekan.',
    ].join('\n\n'),
    [
      'Tunas Kenari Junior High is a junior high school in Tirtaraya, a fictional city. In year 8, five students who have sat together since year 7 call themselves the "Queen Bees". They decide who may join their table in the canteen, who is invited to the class chat group, and who is laughed at on social media. Another group of students, whom they label "Wannabes", are seen as "copycats" and are often mocked and left out.',
      'This is not about "what girls are like": similar behaviour happens among the boys at the school, only in other forms. What we see here is a group with strong norms: the Queen Bees follow the lead of Nadia, the most popular of them and active on the student council, and fear being pushed out if they do not join in the mocking. Two members once quietly apologised to one of the Wannabes, but would not do it in front of their friends.',
      'The Wannabes are six students from several classes; some have just transferred from other schools, some come from families who recently moved to the housing estate near the school. One of them, Tari, has started missing school and complains of stomach aches every morning. Her parents complain to her form teacher.',
      'The school counsellor, Bu Wulan, works with a school social worker from the city social affairs office. The head teacher wants the problem "solved quickly" with warning letters. The school committee has never discussed bullying, and the school has no written rule on online bullying. Some of the Queen Bees\' parents feel their children were "only joking".',
      'The social worker proposes three steps: work directly with both groups of students, change school policy so that it values diversity, and bring parents and the community around the school into changing a culture that lets mockery pass.',
    ].join('\n\n'),
  ),
  templates: ['fiveC', 'groupDynamics', 'tuckman', 'ecomap', 'roles', 'interventionPlan'],
  prompts: [
    bi(
      'Norma, peran, dan status apa yang menjaga kelompok "Ratu Lebah" tetap kompak? Jenis kekuasaan apa yang dimiliki Nadia?',
      'Which norms, roles and status keep the Queen Bees together? What kind of power does Nadia hold?',
    ),
    bi(
      'Bedakan intervensi langsung (tingkat kelompok), intervensi organisasi (kebijakan sekolah), dan intervensi komunitas dalam kasus ini.',
      'Distinguish the direct (group-level), organisational (school policy) and community interventions in this case.',
    ),
    bi(
      'Bagaimana pekerja sosial dapat bekerja dengan kedua kelompok tanpa menambah label atau stereotip?',
      'How can the social worker work with both groups without adding labels or stereotypes?',
    ),
    bi(
      'Mengapa surat peringatan saja kemungkinan tidak cukup? Sistem mana lagi yang perlu dilibatkan?',
      'Why are warning letters alone unlikely to be enough? Which other systems need to be involved?',
    ),
  ],
  source: 'Modul Ketiga, hlm. 21 (Tropman, 2004)',
  contentNote: bi(
    'Kasus ini membahas perundungan di antara anak usia sekolah. Tidak ada kekerasan fisik yang digambarkan. Jangan memerankan korban dalam bermain peran.',
    'This case deals with bullying among school-age children. No physical violence is described. Do not role-play the targets of bullying.',
  ),
}
