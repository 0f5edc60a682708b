import { bi } from '../i18n/bilingual'
import type { CaseStudy } from './types'

/** V1: a child with a disability turned away by a regular school; the barrier lies in the system. */
export const inclusiveSchool: CaseStudy = {
  id: 'inclusive-school',
  title: bi('Dimas dan Sekolah di Ujung Gang', 'Dimas and the School at the End of the Lane'),
  summary: bi(
    'Sebuah SD negeri menolak Dimas, anak dengan disabilitas fisik, dan menyarankan sekolah luar biasa. Sekelompok orang tua mulai bertemu untuk memperjuangkan pendidikan inklusif.',
    'A state primary school turns away Dimas, a child with a physical disability, and suggests a special school. A group of parents begins meeting to push for inclusive education.',
  ),
  scenario: bi(
    [
      'Dimas (8 tahun) tinggal di Kelurahan Sukamaju Hilir, sebuah kelurahan rekaan di pinggiran kota. Ia anak dengan disabilitas fisik dan memakai kursi roda; kemampuan belajarnya setara teman sebayanya. SD Negeri Sukamaju 3, lima menit dari rumahnya, menolak pendaftarannya: kepala sekolah berkata sekolah "tidak punya fasilitas" dan menyarankan sekolah luar biasa (SLB) yang berjarak satu jam perjalanan angkot.',
      'Ibu Dimas, Bu Sari, bekerja sebagai penjahit di rumah; ayahnya buruh pabrik yang bekerja dengan sistem sif. Nenek Dimas tinggal bersama mereka dan membantu mengasuh. Ustazah di musala tempat Dimas mengaji menyebut Dimas anak yang cepat menghafal. Puskesmas pernah merujuk Dimas ke fisioterapi, tetapi jadwalnya bentrok dengan jam kerja orang tuanya.',
      'Seorang pekerja sosial dari lembaga swadaya masyarakat rekaan, Yayasan Langkah Bersama, mengajak enam orang tua yang anaknya mengalami hal serupa untuk bertemu tiap Sabtu di balai RW. Kelompok ini terdiri atas lima ibu dan satu ayah, usia 28–45 tahun, sebagian besar pekerja informal. Dua orang tua sangat vokal dan sering marah pada sekolah; yang lain lebih banyak diam dan menatap pekerja sosial setiap kali ada pertanyaan.',
      'Pada pertemuan ketiga kelompok sepakat menulis surat kepada dinas pendidikan kota dan meminta pertemuan dengan komite sekolah. Ketua RW mendukung, tetapi seorang anggota DPRD setempat yang diundang belum menjawab. Sebagian guru SD diam-diam bersedia menerima Dimas asal ada pelatihan dan guru pendamping, tetapi anggaran pelatihan guru diatur dinas pendidikan menurut kebijakan kota. Laporan triwulan yayasan kepada penyandang dananya mencatat "tiga pertemuan, enam orang tua hadir, satu surat terkirim"; belum ada satu anak pun yang diterima di sekolah reguler.',
      'Kelompok mulai membahas apa yang mereka ketahui tentang hak anak atas pendidikan, dan siapa yang sebenarnya berwenang membuka sekolah bagi semua anak. Sebagian orang tua bertanya apakah SLB tetap perlu bagi anak-anak yang kebutuhannya belum bisa dipenuhi sekolah reguler.',
    ].join('\n\n'),
    [
      'Dimas (8) lives in Sukamaju Hilir, a fictional urban ward on the edge of a city. He is a child with a physical disability who uses a wheelchair; his learning ability is the same as his peers\'. State Primary School Sukamaju 3, five minutes from home, refuses to enrol him: the head teacher says the school "has no facilities" and suggests a special school (SLB) an hour away by minibus.',
      "His mother, Bu Sari, works as a seamstress at home; his father is a factory worker on rotating shifts. His grandmother lives with them and helps with care. The teacher at the prayer house where Dimas studies the Qur'an says he memorises quickly. The community health centre once referred Dimas to physiotherapy, but the appointments clash with his parents' working hours.",
      'A social worker from a fictional NGO, Yayasan Langkah Bersama, invites six parents whose children have had the same experience to meet every Saturday at the neighbourhood hall. The group is five mothers and one father, aged 28–45, most of them informal workers. Two parents are very outspoken and often angry at the school; the others mostly stay quiet and look at the social worker whenever a question comes up.',
      'At the third meeting the group agrees to write to the city education office and to ask for a meeting with the school committee. The neighbourhood head supports them, but a local council member they invited has not replied. Some of the primary-school teachers are quietly willing to accept Dimas if they get training and a support teacher, but the budget for teacher training is set by the education office under city policy. The foundation\'s quarterly report to its funder records "three meetings, six parents attending, one letter sent"; not one child has yet been accepted by a regular school.',
      "The group starts discussing what it knows about children's right to education, and who actually has the power to open the school to every child. Some parents ask whether special schools are still needed for children whose needs regular schools cannot yet meet.",
    ].join('\n\n'),
  ),
  templates: ['fiveC', 'ecomap', 'breton', 'roles', 'systems'],
  prompts: [
    bi(
      'Di sistem mana hambatan pendidikan Dimas sebenarnya berada: pada Dimas, keluarganya, atau sistem pendidikan?',
      "Where does the barrier to Dimas's education actually lie: in Dimas, his family, or the education system?",
    ),
    bi(
      'Pola interaksi apa yang terlihat dalam kelompok orang tua, dan bagaimana pekerja sosial dapat mengubahnya?',
      "What interaction pattern do you see in the parents' group, and how could the social worker change it?",
    ),
    bi(
      'Peran pekerja sosial mana (advokat, broker, inisiator, pemberdaya) yang paling dibutuhkan sekarang, dan mengapa?',
      'Which social-work roles (advocate, broker, initiator, empowerer) are most needed now, and why?',
    ),
    bi(
      'Gambarkan ekomap keluarga Dimas. Hubungan mana yang kuat, lemah, atau penuh tekanan?',
      "Draw Dimas's family ecomap. Which ties are strong, weak or stressful?",
    ),
    bi(
      'Sekolah adalah subsistem dari sistem yang lebih besar. Sistem mana yang memengaruhinya? Mana keluaran (output) kerja kelompok sejauh ini, dan hasil (outcome) apa yang sebenarnya dicari?',
      "The school is a subsystem of larger systems. Which ones bear on it? What are the outputs of the group's work so far, and which outcome is it actually after?",
    ),
  ],
  source: 'Modul Ketiga, hlm. 18–19 (Huda, 2009); hlm. 21–22 (Teori Sistem)',
}
