import { bi } from '../i18n/bilingual'
import type { CaseStudy } from './types'

/** V6, abstracted: a youth group whose interaction produces vandalism; group products, norms and worker safety. */
export const youthVandalism: CaseStudy = {
  id: 'youth-vandalism',
  title: bi('Coretan di Tembok Pasar Baru', 'Graffiti on the New Market Walls'),
  summary: bi(
    'Sekelompok remaja yang biasa nongkrong di dekat pasar dituduh mencoret-coret dan merusak fasilitas umum. Seorang pekerja sosial pemuda mencoba masuk ke dalam kelompok untuk mengubah pola interaksinya.',
    "A group of teenagers who hang out near the market is blamed for graffiti and damage to public facilities. A youth worker tries to join the group's world to change the way it interacts.",
  ),
  scenario: bi(
    [
      'Pasar Baru Tirtaraya (kota dan pasarnya rekaan) baru saja direnovasi. Dalam dua bulan, tembok pasar penuh coretan, dua lampu taman pecah, dan bangku halte dirusak. Warga dan pedagang menuduh "anak-anak tongkrongan" yang berkumpul setiap malam di lapangan dekat pasar. Polisi sudah dua kali membubarkan mereka.',
      'Kelompok itu terdiri atas sekitar sepuluh remaja laki-laki dan perempuan berusia 14–18 tahun. Sebagian masih sekolah, sebagian putus sekolah dan bekerja serabutan di pasar. Mereka menamai diri "Anak Lapangan". Mereka sangat setia satu sama lain: siapa yang menolak ikut "beraksi" diejek sebagai penakut. Jaka (18), yang paling tua dan pernah ditahan sebentar, dihormati dan keputusannya jarang dibantah. Beberapa anggota pandai menggambar dan bangga karyanya terlihat orang banyak.',
      'Tidak ada anggota yang merusak sendirian; kerusakan selalu terjadi ketika mereka berkumpul, larut malam, saling menantang. Di rumah, banyak di antara mereka jarang diawasi karena orang tuanya bekerja sampai malam. Karang taruna setempat tidak pernah mengajak mereka, dan lapangan tempat mereka berkumpul akan dijadikan lahan parkir.',
      'Dinas sosial menugaskan Mas Rendra, pekerja sosial pemuda, untuk mendekati kelompok ini. Ia mulai datang ke lapangan beberapa malam dalam seminggu, ikut bermain futsal, dan mendengarkan. Ia sepakat dengan atasannya bahwa ia tidak datang sendirian larut malam, selalu memberi tahu rekan kerja di mana ia berada, dan tidak menjanjikan kerahasiaan atas rencana yang membahayakan orang lain.',
      'Pengurus pasar menawarkan satu dinding untuk mural jika para remaja mau ikut membersihkan coretan lama. Sebagian pedagang menolak: mereka ingin pelaku dilaporkan ke polisi.',
    ].join('\n\n'),
    [
      'Tirtaraya New Market (the city and the market are fictional) has just been renovated. Within two months its walls are covered in graffiti, two garden lamps are broken and a bus-stop bench is damaged. Residents and traders blame the "hang-out kids" who gather every night on the field near the market. The police have broken them up twice.',
      'The group is about ten teenage boys and girls aged 14–18. Some are still at school, some have dropped out and do odd jobs at the market. They call themselves "Anak Lapangan" (the Field Kids). They are fiercely loyal to one another: anyone who refuses to join in an "action" is mocked as a coward. Jaka (18), the oldest, who was once briefly detained, is respected and his decisions are rarely questioned. Several members draw well and are proud that many people see their work.',
      'No member does damage alone; it always happens when they are together, late at night, daring one another. At home many of them are seldom supervised because their parents work until late. The local youth organisation has never invited them, and the field where they meet is about to become a car park.',
      'The social affairs office assigns Mas Rendra, a youth worker, to reach out to the group. He starts coming to the field a few evenings a week, plays futsal with them and listens. He agrees with his supervisor that he will not go alone late at night, will always tell a colleague where he is, and will not promise to keep secret any plan that would put others in danger.',
      'The market management offers one wall for a mural if the teenagers help clean off the old graffiti. Some traders object: they want those responsible reported to the police.',
    ].join('\n\n'),
  ),
  templates: ['fiveC', 'systems', 'groupDynamics', 'ecomap', 'roles', 'interventionPlan'],
  prompts: [
    bi(
      'Mengapa vandalisme dapat disebut "produk" interaksi kelompok (sui generis), bukan sekadar perilaku individu?',
      'Why can the vandalism be called a "product" of the group\'s interaction (sui generis), not just individual behaviour?',
    ),
    bi(
      'Norma dan tekanan kelompok apa yang mendorong anggota ikut merusak? Bagaimana keahlian menggambar mereka dapat menjadi produk yang sehat?',
      'Which norms and group pressures push members to join in the damage? How could their drawing skills become a healthy product?',
    ),
    bi(
      'Sistem apa saja di sekitar kelompok (keluarga, sekolah, pasar, polisi, karang taruna) yang ikut membentuk masalah ini?',
      'Which systems around the group (families, school, market, police, youth organisation) help shape this problem?',
    ),
    bi(
      'Langkah keselamatan apa yang perlu dimiliki pekerja sosial yang bekerja dengan kelompok seperti ini?',
      'Which safety measures does a social worker working with a group like this need?',
    ),
  ],
  source: 'Modul Ketiga, hlm. 22 (Teori Sistem)',
  contentNote: bi(
    'Kasus ini membahas perusakan fasilitas umum oleh remaja. Hindari stereotip tentang suku, kelas sosial, atau lingkungan tempat tinggal.',
    'This case deals with damage to public property by teenagers. Avoid stereotypes about ethnicity, social class or neighbourhood.',
  ),
}
