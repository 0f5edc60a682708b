import { bi } from '../i18n/bilingual'
import type { CaseStudy } from './types'

/** V11: a landlord–tenant and neighbour dispute in a boarding-house lane; the mediator stays neutral. */
export const tenantMediation: CaseStudy = {
  id: 'tenant-mediation',
  title: bi('Air, Sewa, dan Parkir di Gang Melati', 'Water, Rent and Parking in Melati Lane'),
  summary: bi(
    'Penghuni kos dan pemilik rumah kos berselisih soal kenaikan sewa dan air yang sering mati, sementara tetangga mengeluhkan parkir dan kebisingan. Forum warga meminta seorang pekerja sosial menjadi mediator.',
    "Boarding-house tenants and their landlord are in dispute over a rent rise and frequent water cuts, while neighbours complain about parking and noise. The residents' forum asks a social worker to mediate.",
  ),
  scenario: bi(
    [
      'Gang Melati adalah gang rekaan di dekat sebuah kampus di Tirtaraya, kota rekaan. Bu Haryati (60) memiliki rumah kos dengan 18 kamar yang dihuni mahasiswa dan pekerja muda. Awal tahun ini ia menaikkan sewa 20 persen, dengan alasan biaya listrik dan perbaikan. Sejak itu pompa air sering rusak dan penghuni harus membeli air galon untuk mandi.',
      'Para penghuni membentuk grup obrolan dan sepakat menahan pembayaran sewa sampai air diperbaiki. Bu Haryati merasa diancam dan mengatakan akan mengosongkan kamar penghuni yang "memprovokasi". Di sisi lain, tetangga sekitar mengeluhkan motor penghuni yang parkir menutup gang dan suara ramai sampai larut malam.',
      'Ketua RT meminta Mbak Lestari, pekerja sosial yang aktif di forum warga, menjadi penengah. Pertemuan pertama di rumah RT dihadiri Bu Haryati dan anaknya, empat wakil penghuni, tiga tetangga, dan ketua RT. Wakil penghuni berbicara cepat dan membawa daftar tuntutan; Bu Haryati lebih banyak diam lalu tiba-tiba marah; para tetangga saling menyela. Ketua RT beberapa kali memotong pembicaraan untuk "menasihati anak muda".',
      'Mbak Lestari menyadari bahwa ia dikenal dekat dengan beberapa penghuni karena pernah mengajar di kampus. Ia bertanya-tanya apakah ia bisa tetap netral, dan apakah kasus ini memerlukan mediator atau justru negosiator yang berpihak pada salah satu pihak.',
      'Semua pihak sebenarnya ingin hal yang sama dalam beberapa hal: air mengalir, gang yang tertib, dan rumah kos yang tetap laku. Tetapi belum ada yang mau mengalah lebih dulu.',
    ].join('\n\n'),
    [
      'Melati Lane is a fictional lane near a university campus in Tirtaraya, a fictional city. Bu Haryati (60) owns a boarding house with 18 rooms rented by students and young workers. Early this year she raised the rent by 20 percent, citing electricity and repair costs. Since then the water pump keeps failing and tenants have to buy bottled water to wash.',
      'The tenants formed a chat group and agreed to withhold rent until the water is fixed. Bu Haryati feels threatened and says she will evict the tenants who are "stirring things up". Meanwhile the neighbours complain that tenants\' motorbikes block the lane and that it is noisy late at night.',
      'The neighbourhood head asks Mbak Lestari, a social worker active in the residents\' forum, to mediate. The first meeting at the neighbourhood head\'s house brings together Bu Haryati and her son, four tenant representatives, three neighbours and the neighbourhood head. The tenants speak fast and bring a list of demands; Bu Haryati mostly stays silent and then suddenly gets angry; the neighbours interrupt one another. The neighbourhood head repeatedly cuts in to "give the young people some advice".',
      'Mbak Lestari realises that she is known to be close to some tenants because she used to teach at the campus. She wonders whether she can stay neutral, and whether the case needs a mediator or rather a negotiator who sides with one party.',
      'In several respects everyone actually wants the same things: running water, an orderly lane and a boarding house that stays in business. But nobody is willing to give way first.',
    ].join('\n\n'),
  ),
  templates: ['fiveC', 'groupDynamics', 'roles', 'ecomap'],
  prompts: [
    bi(
      'Apa beda peran mediator dan negosiator? Peran mana yang cocok bagi Mbak Lestari, dengan hubungannya yang dekat dengan penghuni?',
      'What is the difference between a mediator and a negotiator? Which role suits Mbak Lestari, given her closeness to the tenants?',
    ),
    bi(
      'Bagaimana pola komunikasi dan umpan balik dalam pertemuan pertama? Apa yang bisa diubah agar setiap pihak memahami posisi pihak lain?',
      "What were the communication pattern and feedback like at the first meeting? What could change so that each side understands the others' positions?",
    ),
    bi(
      'Kepentingan bersama apa yang dapat menjadi dasar kesepakatan?',
      'Which shared interests could be the basis of an agreement?',
    ),
    bi(
      'Jenis kekuasaan apa yang dimiliki masing-masing pihak (pemilik, penghuni, ketua RT)?',
      'What kinds of power does each party hold (landlord, tenants, neighbourhood head)?',
    ),
  ],
  source: 'Modul Keenam, hlm. 37 (Zastrow, 2006); Modul Dua, hlm. 6–13',
}
