import { bi } from '../i18n/bilingual'
import type { CaseStudy } from './types'

/** V12: an educational group teaching parenting skills to young parents (educator role). */
export const youngParentsGroup: CaseStudy = {
  id: 'young-parents-group',
  title: bi('Kelas Orang Tua Muda di Posyandu Kenanga', "The Young Parents' Class at Kenanga Health Post"),
  summary: bi(
    'Posyandu sebuah desa rekaan membuka kelas keterampilan pengasuhan bagi orang tua muda. Setelah empat pertemuan, kehadiran menurun dan para ayah jarang datang.',
    'The health post of a fictional village starts a parenting-skills class for young parents. After four meetings attendance is falling and fathers rarely come.',
  ),
  scenario: bi(
    [
      'Desa Sekar Arum adalah desa rekaan di kaki gunung. Bidan desa dan kader posyandu memperhatikan bahwa banyak orang tua muda, usia 18–24 tahun, merasa kewalahan mengasuh bayi dan balita: mereka bingung soal makanan pendamping ASI, cara menenangkan anak yang rewel, dan cara berbagi tugas di rumah. Banyak yang tinggal bersama orang tua atau mertua yang punya pandangan berbeda tentang pengasuhan.',
      'Mbak Ayu, pekerja sosial dari puskesmas kecamatan, bersama bidan membuka kelas orang tua muda setiap Minggu sore di balai desa, direncanakan sepuluh pertemuan. Pada pertemuan pertama datang sebelas ibu dan tiga ayah. Setiap pertemuan dimulai dengan materi singkat, lalu latihan: bermain dengan bayi, membuat jadwal tidur, dan berbicara dengan anak tanpa membentak.',
      'Para ibu cepat akrab dan mulai berbagi cerita di grup obrolan. Para ayah duduk di belakang dan pulang lebih dulu; dua di antaranya bekerja di kota dan hanya pulang akhir pekan. Seorang ibu, Dewi, sering bertanya tetapi malu karena tidak tamat SMP. Bu Sumi, nenek yang ikut mengantar cucunya, kadang menyela dan berkata bahwa "dulu anak dipukul sedikit juga tidak apa-apa".',
      'Pada pertemuan keempat hanya tujuh orang yang hadir. Beberapa ibu mengatakan waktunya bentrok dengan pengajian, yang lain merasa materinya "terlalu seperti sekolah". Kepala desa bersedia menambah anggaran dari dana desa jika kelompok dapat menunjukkan hasilnya.',
      'Mbak Ayu ingin tahu apakah kelompok ini sebaiknya diubah menjadi kelompok yang lebih banyak saling belajar antaranggota, dan bagaimana melibatkan para ayah serta kakek-nenek.',
    ].join('\n\n'),
    [
      'Sekar Arum is a fictional village at the foot of a mountain. The village midwife and the health-post volunteers notice that many young parents, aged 18–24, feel overwhelmed caring for babies and toddlers: they are unsure about complementary feeding, how to soothe a fussy child, and how to share the work at home. Many live with parents or in-laws who have different views on childrearing.',
      "Mbak Ayu, a social worker from the sub-district health centre, and the midwife start a young parents' class every Sunday afternoon at the village hall, planned for ten meetings. Eleven mothers and three fathers come to the first meeting. Each meeting opens with a short talk, followed by practice: playing with babies, setting a sleep routine, and talking to children without shouting.",
      'The mothers quickly get close and start sharing stories in a chat group. The fathers sit at the back and leave early; two of them work in the city and only come home at weekends. One mother, Dewi, asks many questions but is embarrassed that she did not finish junior high. Bu Sumi, a grandmother who brings her grandchild, sometimes cuts in to say that "in our day a little smack never hurt anyone".',
      'By the fourth meeting only seven people attend. Some mothers say the time clashes with their religious study group; others feel the material is "too much like school". The village head is willing to add funds from the village budget if the group can show results.',
      'Mbak Ayu wonders whether the group should turn into one where members learn more from each other, and how to involve fathers and grandparents.',
    ].join('\n\n'),
  ),
  templates: ['fiveC', 'tuckman', 'therapeuticFactors', 'groupDynamics', 'interventionPlan', 'roles'],
  prompts: [
    bi(
      'Jenis kelompok apa ini menurut Zastrow (edukasi, sosialisasi, self-help)? Apakah jenisnya perlu berubah?',
      "What type of group is this in Zastrow's terms (educational, socialization, self-help)? Should its type change?",
    ),
    bi(
      'Di tahap perkembangan mana kelompok ini berada? Tunjukkan buktinya dari kasus.',
      'Which stage of development is the group in? Show the evidence from the case.',
    ),
    bi(
      'Faktor terapeutik apa (misalnya Universality, Meningkatkan pengetahuan dan keterampilan, Cohesiveness) yang sudah muncul, dan mana yang belum?',
      'Which therapeutic factors (for example universality, acquisition of knowledge and skills, cohesiveness) have appeared, and which have not?',
    ),
    bi(
      'Bagaimana pekerja sosial menanggapi pandangan Bu Sumi tentang memukul anak, tanpa mempermalukannya di depan kelompok?',
      "How should the social worker respond to Bu Sumi's view on smacking without shaming her in front of the group?",
    ),
    bi(
      'Hasil (outcome) apa yang dapat ditunjukkan kepada kepala desa selain jumlah pertemuan?',
      'Which outcomes, beyond the number of meetings, could be shown to the village head?',
    ),
  ],
  source: 'Modul Keenam, hlm. 37 (Zastrow, 2006); Modul Satu, hlm. 2–4',
}
