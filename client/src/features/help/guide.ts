import { bi, type Bilingual } from '../../../../cases/i18n/bilingual'

/** One topic of the lecturer's guide: a title, an optional lead, and steps or tips in order. */
export interface GuideTopic {
  /** The anchor of the topic (`/bantuan#kelas`). */
  key: string
  title: Bilingual
  lead?: Bilingual
  steps: Bilingual[]
}

/** The guide's title and opening line. */
export const GUIDE_INTRO = {
  title: bi('Panduan untuk dosen', "The lecturer's guide"),
  lead: bi(
    'Ruang Kasus adalah ruang kerja bersama tempat tim mahasiswa menganalisis kasus dengan templat dari modul, dan Anda meninjau, menilai, serta mengekspor hasilnya. Panduan ini mengikuti urutan satu semester.',
    'Ruang Kasus is a shared workspace where student teams analyse cases with the templates from the module, and where you review, grade and export their work. This guide follows the order of a semester.',
  ),
  contents: bi('Isi', 'Contents'),
}

/** The lecturer's guide, in the words the app's buttons use. */
export const GUIDE: readonly GuideTopic[] = [
  {
    key: 'kelas',
    title: bi('Menyiapkan kelas', 'Set up a class'),
    steps: [
      bi(
        'Masuk sebagai dosen. Di "Kelas saya", tekan "Buat kelas" dan beri nama kelas.',
        'Sign in as a lecturer. On "My classes", press "Create a class" and give it a name.',
      ),
      bi(
        'Bacakan atau tampilkan "Kode kelas" di halaman kelas. Mahasiswa membuka alamat aplikasi di ponsel, memasukkan kode dan namanya (tanpa e-mail), lalu memilih tim.',
        'Read out or show the "Class code" on the class page. Students open the app\'s address on their phones, enter the code and their name (no e-mail), then pick a team.',
      ),
      bi(
        'Buat tim dengan "Tambah tim" (3–8 orang per tim cocok untuk kerja kelompok). Di "Pengaturan" Anda dapat mengunci pilihan tim, dan di "Perpindahan tim" menentukan apakah mahasiswa boleh pindah sendiri.',
        'Make teams with "Add team" (3–8 people per team suits group work). Under "Settings" you can lock the choice of team, and under "Team moves" decide whether students may move themselves.',
      ),
      bi(
        'Setiap mahasiswa mendapat kode masuk pribadi saat bergabung. Minta mereka mencatatnya: dengan kode kelas dan kode itu mereka masuk lagi dari perangkat lain. Jika hilang, tekan "Kode masuk pribadi baru" di samping namanya.',
        'Each student gets a return code when they join. Ask them to write it down: with the class code and that code they sign in again from another device. If it is lost, press "New return code" next to their name.',
      ),
      bi(
        'Beri tugas dengan "Beri tugas baru": pilih kasus dari pustaka dan templat yang diisi, tenggat bila perlu (dan "Kunci saat tenggat" agar hasil dikumpulkan otomatis), lalu "Berikan ke semua tim". Setiap tim mendapat ruang kerjanya sendiri.',
        'Give an assignment with "New assignment": choose a case from the library and the templates to fill in, a due time if you want one (and "Lock at due time" so the work is submitted by itself), then "Give to every team". Each team gets its own workspace.',
      ),
      bi(
        'Rekan dosen dapat ditambahkan dengan "Tambah dosen" (mereka perlu akun dosen lebih dulu).',
        'Add a co-lecturer with "Add lecturer" (they need a lecturer account first).',
      ),
    ],
  },
  {
    key: 'latihan',
    title: bi('Menjalankan latihan di kelas', 'Run an in-class exercise'),
    lead: bi(
      'Latihan langsung adalah tugas singkat berbatas waktu yang Anda pantau dari ruang kendali.',
      'A live exercise is a short, timed assignment you follow from the control room.',
    ),
    steps: [
      bi(
        'Di halaman kelas buka "Latihan langsung" lalu "Latihan baru". Pilih kasus dan templat, isi durasi dalam menit, dan bila perlu bentuk tim dulu dari mahasiswa yang belum punya tim. Tekan "Mulai latihan".',
        'On the class page open "Live exercise", then "New exercise". Choose the case and templates, enter the duration in minutes and, if needed, first form teams from students without one. Press "Start the exercise".',
      ),
      bi(
        'Ruang kendali menunjukkan sisa waktu, siapa yang daring di setiap tim, aktivitas terakhir dan kemajuan isian. Anda dapat menjeda, melanjutkan, menambah waktu, dan mengirim pesan untuk semua tim.',
        'The control room shows the time left, who is online in each team, the last activity and the progress of the fields. You can pause, resume, add time and send a message to every team.',
      ),
      bi(
        'Permintaan bantuan dari tim muncul di ruang kendali; tekan "Tanggapi" setelah Anda mendatangi tim itu.',
        'Help requests from teams appear in the control room; press "Acknowledge" once you have gone over to that team.',
      ),
      bi(
        '"Mode proyektor" menampilkan jawaban satu isian dari semua tim (nama tim dapat disembunyikan) dan galeri ekomap, untuk dibahas bersama.',
        '"Projector mode" shows one field\'s answers from every team (team names can be hidden) and the ecomap gallery, to discuss together.',
      ),
      bi(
        '"Akhiri" menutup latihan dan mengumpulkan pekerjaan semua tim. Bila waktu habis, pekerjaan dikumpulkan dengan sendirinya.',
        '"End" closes the exercise and submits every team\'s work. When time runs out, the work is submitted by itself.',
      ),
    ],
  },
  {
    key: 'menilai',
    title: bi('Meninjau dan menilai', 'Review and grade'),
    steps: [
      bi(
        'Dari halaman kelas buka "Tinjau hasil kerja tim". Tabel tim × tugas menunjukkan status, kemajuan, aktivitas terakhir dan penilaian.',
        'From the class page open "Review the teams\' work". The teams × assignments table shows status, progress, last activity and review.',
      ),
      bi(
        'Setiap templat punya rubrik bawaan yang ditulis dari modul: setiap tingkat dijelaskan, dan setiap kriteria punya bobot. "Ubah rubrik" untuk mengubah kriteria, uraian tingkat dan bobot tugas ini; "Kembalikan ke rubrik bawaan templat" untuk memakai yang bawaan lagi.',
        'Every template has a default rubric written from the module: each level is described and each criterion has a weight. "Edit rubric" changes this assignment\'s criteria, level descriptions and weights; "Reset to the templates\' default rubric" brings the defaults back.',
      ),
      bi(
        'Buka hasil kerja satu tim, pilih tingkat untuk setiap kriteria, tambahkan komentar dan umpan balik keseluruhan, dan bila perlu sesuaikan nilai anggota tertentu dengan alasannya. Tekan "Simpan penilaian": Anda melihat total poin dan nilai 0–100.',
        'Open one team\'s work, choose a level for each criterion, add comments and overall feedback and, if needed, adjust one member\'s grade with a reason. Press "Save the grade": you see the total points and the 0–100 grade.',
      ),
      bi(
        'Nilai tersembunyi dari mahasiswa sampai Anda menekan "Umumkan nilai ke tim". "Tarik kembali pengumuman nilai" menyembunyikannya lagi.',
        'Grades stay hidden from students until you press "Release the grade to the team". "Withdraw the release" hides it again.',
      ),
      bi(
        '"Kembalikan untuk revisi" membuka lagi pekerjaan yang sudah dikumpulkan; versi sebelumnya tetap tersimpan.',
        '"Return for revision" opens submitted work again; earlier versions stay stored.',
      ),
      bi(
        'Kontribusi tim adalah indikator dari jejak penyuntingan, bukan nilai. Anda selalu melihatnya; mahasiswa hanya jika Anda mencentang "Tampilkan kontribusi kepada tim".',
        'Team contributions are indicators from the editing trail, not grades. You always see them; students only when you tick "Show contributions to the team".',
      ),
    ],
  },
  {
    key: 'ekspor',
    title: bi('Mengekspor dan mencetak', 'Export and print'),
    steps: [
      bi(
        '"Unduh buku nilai (CSV)" di halaman tinjauan memberi satu baris per mahasiswa dan tugas.',
        '"Download the gradebook (CSV)" on the review page gives one row per student and assignment.',
      ),
      bi(
        '"Unduh semua hasil (zip)" memberi setiap versi yang dikumpulkan sebagai JSON yang sahih menurut skema yang diterbitkan, untuk arsip atau analisis lanjutan.',
        '"Download all results (zip)" gives every submitted version as JSON that validates against the published schema, for the archive or further analysis.',
      ),
      bi(
        '"Cetak" membuka tampilan cetak sebuah ruang kerja atau versi, termasuk gambar ekomap; simpan sebagai PDF dari dialog cetak peramban.',
        '"Print" opens a print view of a workspace or a version, ecomap drawing included; save it as a PDF from the browser\'s print dialog.',
      ),
    ],
  },
  {
    key: 'wifi',
    title: bi('Saat Wi-Fi bermasalah', 'When the Wi-Fi fails'),
    lead: bi(
      'Tidak ada yang hilang: setiap suntingan disimpan di perangkat mahasiswa sampai server menerimanya.',
      "Nothing is lost: every edit is kept on the student's device until the server has it.",
    ),
    steps: [
      bi(
        'Mahasiswa tetap dapat mengetik. Baris status berkata "luring"; suntingan aman di perangkat dan digabungkan dengan suntingan tim saat tersambung lagi. Minta mereka tidak menutup tab dan tidak menghapus data peramban.',
        'Students can keep typing. The state line says "offline"; edits are safe on the device and merged with the team\'s when they reconnect. Ask them not to close the tab or clear the browser\'s data.',
      ),
      bi(
        'Jika ponsel mati, mahasiswa dapat masuk dari perangkat lain dengan kode kelas dan kode masuk pribadinya. Suntingan yang belum terkirim dari ponsel pertama masuk saat ponsel itu tersambung lagi.',
        'If a phone dies, the student can sign in on another device with the class code and their return code. Unsent edits on the first phone arrive when it reconnects.',
      ),
      bi(
        'Jika internet kampus mati tetapi jaringan lokal masih ada, jalankan aplikasi di laptop Anda: mahasiswa membuka alamat jaringan lokal yang ditampilkan saat aplikasi mulai. Hotspot ponsel juga bisa dipakai.',
        'If the campus internet is down but the local network works, run the app on your laptop: students open the local network address shown when the app starts. A phone hotspot works too.',
      ),
      bi(
        'Jika server dimulai ulang, semua yang sudah dikonfirmasi tetap tersimpan dan perangkat mahasiswa tersambung lagi dengan sendirinya. Selama latihan, jam dijaga server; jeda latihan bila banyak mahasiswa terputus.',
        "If the server restarts, everything confirmed stays stored and the students' devices reconnect by themselves. During an exercise the clock is kept by the server; pause the exercise when many students are cut off.",
      ),
    ],
  },
]
