import { bi } from '../i18n/bilingual'
import type { CaseStudy } from './types'

/** V13: a multi-problem family served by several agencies; one worker becomes case manager (coordinator). */
export const multiAgencyFamily: CaseStudy = {
  id: 'multi-agency-family',
  title: bi('Lima Lembaga untuk Satu Keluarga', 'Five Agencies, One Family'),
  summary: bi(
    'Keluarga Pak Darto dilayani lima lembaga sekaligus, dengan jadwal dan tujuan yang saling bertabrakan. Seorang pekerja sosial ditunjuk sebagai manajer kasus dan mengundang semua pihak ke rapat koordinasi.',
    "Pak Darto's family is served by five agencies at once, with clashing schedules and goals. A social worker is appointed case manager and calls everyone to a coordination meeting.",
  ),
  scenario: bi(
    [
      'Keluarga Pak Darto (47) dan Bu Ani (41) tinggal di rumah kontrakan dua petak di Kelurahan Sidomakmur, sebuah kelurahan rekaan. Pak Darto kehilangan pekerjaan di bengkel setelah cedera punggung. Bu Ani berjualan gorengan. Anak sulung mereka, Rudi (15), berhenti sekolah sejak semester lalu; Wati (10) masih SD; si bungsu, Bayu (3), sering sakit. Ibu Pak Darto yang lanjut usia dan mengalami stroke ringan ikut tinggal bersama mereka.',
      'Dalam setahun terakhir keluarga ini didatangi banyak pihak: pendamping program bantuan tunai meminta Rudi kembali bersekolah agar bantuan tidak dihentikan; puskesmas menjadwalkan imunisasi dan pemeriksaan gizi Bayu pada hari pasar, saat Bu Ani berjualan; lembaga keuangan mikro menagih cicilan; sekolah Wati memanggil orang tua karena tunggakan iuran; kader lansia mendorong fisioterapi bagi sang nenek. Setiap lembaga mencatat keluarga ini "kurang kooperatif".',
      'Bu Ani bercerita kepada pekerja sosial dinas sosial, Pak Fajar, bahwa ia lelah "disuruh ke sana kemari". Pak Darto merasa malu dan menghindari tamu. Rudi sebenarnya ingin belajar montir dan sering membantu di bengkel tetangga.',
      'Pak Fajar ditunjuk sebagai manajer kasus. Ia mengundang wakil kelima lembaga, ketua RT, dan keluarga Pak Darto ke rapat koordinasi di kantor kelurahan. Pada rapat pertama setiap wakil lembaga memaparkan programnya sendiri dan berbicara hanya kepada Pak Fajar; keluarga hampir tidak bersuara. Wakil puskesmas dan pendamping bantuan tunai berselisih tentang apa yang harus didahulukan.',
      'Rapat berakhir tanpa kesepakatan selain jadwal rapat berikutnya. Pak Fajar ingin kelompok lintas lembaga ini punya satu rencana bersama yang disusun dengan keluarga, bukan untuk keluarga.',
    ].join('\n\n'),
    [
      "Pak Darto (47) and Bu Ani (41) live in a rented two-room house in Sidomakmur, a fictional urban ward. Pak Darto lost his job at a repair shop after a back injury. Bu Ani sells fried snacks. Their eldest, Rudi (15), dropped out of school last semester; Wati (10) is still in primary school; the youngest, Bayu (3), is often ill. Pak Darto's elderly mother, who had a mild stroke, lives with them.",
      "In the past year many people have come to the family: the cash-transfer programme's facilitator wants Rudi back in school so the benefit is not cut; the health centre schedules Bayu's vaccinations and nutrition check-ups on market day, when Bu Ani is selling; a microfinance lender collects instalments; Wati's school summons the parents over unpaid fees; a volunteer for older people urges physiotherapy for the grandmother. Each agency records the family as \"uncooperative\".",
      'Bu Ani tells Pak Fajar, a social worker from the social affairs office, that she is tired of "being sent here and there". Pak Darto feels ashamed and avoids visitors. Rudi actually wants to learn to be a mechanic and often helps at a neighbour\'s workshop.',
      'Pak Fajar is appointed case manager. He invites representatives of the five agencies, the neighbourhood head and the family to a coordination meeting at the ward office. At the first meeting each agency presents its own programme and speaks only to Pak Fajar; the family barely says a word. The health centre and the cash-transfer facilitator disagree about what should come first.',
      'The meeting ends with no agreement except the date of the next one. Pak Fajar wants this inter-agency group to have one shared plan, made with the family rather than for it.',
    ].join('\n\n'),
  ),
  templates: ['fiveC', 'ecomap', 'systems', 'roles', 'interventionPlan', 'groupDynamics'],
  prompts: [
    bi(
      'Gambarkan ekomap keluarga Pak Darto. Hubungan mana yang penuh tekanan, dan ke arah mana energi mengalir?',
      "Draw the ecomap of Pak Darto's family. Which ties are stressful, and which way does energy flow?",
    ),
    bi(
      'Analisis rapat koordinasi sebagai kelompok tugas dengan 5 C: siapa anggotanya, pola interaksinya, dan kompetensinya?',
      'Analyse the coordination meeting as a task group with the 5 C: who its members are, its interaction pattern, its competence.',
    ),
    bi(
      'Apa yang dilakukan manajer kasus (peran koordinator) untuk mencegah tumpang tindih dan tujuan yang saling bertentangan?',
      'What does the case manager (coordinator role) do to prevent duplication and conflicting goals?',
    ),
    bi(
      'Bagaimana keluarga, termasuk Rudi, dapat ikut menentukan prioritas rencana bersama?',
      'How can the family, Rudi included, help set the priorities of the shared plan?',
    ),
  ],
  source: 'Modul Keenam, hlm. 38 (Zastrow, 2006); Modul Ketiga, hlm. 17–22',
}
