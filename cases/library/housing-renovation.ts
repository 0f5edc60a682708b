import { bi } from '../i18n/bilingual'
import type { CaseStudy } from './types'

/** V9: a redevelopment plan that could leave low-income residents homeless; initiator, then collective action. */
export const housingRenovation: CaseStudy = {
  id: 'housing-renovation',
  title: bi('Rencana Peremajaan Kampung Lembah Kenari', 'The Lembah Kenari Redevelopment Plan'),
  summary: bi(
    'Pemerintah kota dan pengembang berencana meremajakan kampung padat menjadi apartemen kelas menengah. Warga lama tidak akan mampu membeli unitnya. Sekelompok warga mulai berorganisasi sebelum rencana disetujui.',
    'The city and a developer plan to replace a crowded neighbourhood with middle-income apartments that current residents could not afford. A group of residents starts organising before the plan is approved.',
  ),
  scenario: bi(
    [
      'Kampung Lembah Kenari adalah permukiman padat rekaan di tepi sungai di Kota Tirtaraya. Sekitar 240 keluarga tinggal di sana, kebanyakan pedagang kaki lima, buruh harian, dan pekerja rumah tangga. Sebagian sudah tinggal tiga generasi, tetapi hanya sedikit yang memegang sertifikat tanah.',
      'Sebuah pengembang swasta rekaan, PT Griya Cakrawala, bersama pemerintah kota mengusulkan peremajaan kawasan: rumah-rumah lama dibongkar dan diganti apartemen untuk keluarga berpenghasilan menengah. Harga unit yang diumumkan jauh di atas kemampuan warga. Rapat dengar pendapat di DPRD kota dijadwalkan dua bulan lagi, dan banyak warga baru mendengar kabarnya dari media sosial.',
      'Mas Yoga, pekerja sosial di posyandu dan kelompok pengajian kampung, adalah orang pertama yang membaca dokumen rencana dan memperingatkan warga. Ia mengundang siapa saja yang peduli ke balai warga. Yang datang dua belas orang: ketua RT yang sudah sepuh, tiga ibu pedagang sayur, dua pemuda karang taruna, seorang guru ngaji, seorang mahasiswa hukum, dan beberapa buruh. Pertemuan pertama penuh kemarahan dan rumor; setiap orang berbicara sekaligus.',
      'Pada pertemuan berikutnya kelompok membagi tugas: mendata keluarga yang terdampak, menulis surat pembaca ke koran lokal, meminta pendampingan dari lembaga bantuan hukum rekaan, dan menyiapkan pertemuan warga dengan camat. Ketua RT khawatir berkonflik dengan lurah; para pemuda ingin segera berunjuk rasa. Sebagian warga memilih diam karena takut kehilangan kompensasi.',
      'Kelompok belum sepakat apa tujuannya: menolak rencana sepenuhnya, menuntut rumah susun sewa yang terjangkau di lokasi yang sama, atau menegosiasikan kompensasi yang adil.',
    ].join('\n\n'),
    [
      'Lembah Kenari is a fictional crowded riverside neighbourhood in the city of Tirtaraya. About 240 families live there, most of them street vendors, day labourers and domestic workers. Some have lived there for three generations, but few hold land certificates.',
      'A fictional private developer, PT Griya Cakrawala, and the city government propose to redevelop the area: the old houses would be demolished and replaced with apartments for middle-income families. The announced unit prices are far beyond what residents can afford. A public hearing at the city council is scheduled in two months, and many residents only heard about it on social media.',
      "Mas Yoga, a social worker with the neighbourhood health post and the local Qur'an study group, is the first to read the plan documents and warn residents. He invites anyone who cares to the community hall. Twelve people come: the elderly neighbourhood head, three women who sell vegetables, two young men from the youth organisation, a Qur'an teacher, a law student and several labourers. The first meeting is full of anger and rumour; everyone speaks at once.",
      "At the next meeting the group divides the work: counting the families affected, writing letters to the editor of the local paper, asking a fictional legal-aid organisation for support, and preparing a residents' meeting with the district head. The neighbourhood head worries about conflict with the ward head; the young men want to demonstrate right away. Some residents stay silent for fear of losing compensation.",
      'The group has not yet agreed on its aim: reject the plan outright, demand affordable rental flats on the same site, or negotiate fair compensation.',
    ].join('\n\n'),
  ),
  templates: ['fiveC', 'breton', 'ecomap', 'roles', 'interventionPlan'],
  prompts: [
    bi(
      'Mas Yoga berperan sebagai inisiator. Peran apa yang harus menyusul (advokat, aktivis, negosiator, pemberdaya), dan siapa yang sebaiknya memegangnya?',
      'Mas Yoga acts as initiator. Which roles must follow (advocate, activist, negotiator, empowerer), and who should take them on?',
    ),
    bi(
      'Susun tahap perencanaan aksi kolaboratif kelompok ini: apa tujuan bersama yang realistis dalam dua bulan?',
      "Work through the planning stage of this group's collaborative action: what shared aim is realistic within two months?",
    ),
    bi(
      'Bagaimana kelompok dapat meningkatkan kesadaran warga yang memilih diam, tanpa menekan mereka?',
      'How can the group raise awareness among residents who stay silent, without pressuring them?',
    ),
    bi(
      'Petakan sistem politik, ekonomi, dan pelayanan di sekitar kampung. Di tingkat mana (komunitas, masyarakat) sasaran intervensinya?',
      'Map the political, economic and service systems around the neighbourhood. At which level (community, society) is the target of intervention?',
    ),
  ],
  source: 'Modul Keenam, hlm. 37–38 (Zastrow, 2006); Modul Keempat, hlm. 26–29',
}
