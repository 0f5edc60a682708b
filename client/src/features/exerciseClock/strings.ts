/** The student's exercise clock strings in Bahasa Indonesia (the default); flat keys. */
export const clockId = {
  running: 'Latihan berjalan, sisa waktu:',
  paused: 'Latihan dijeda (hanya baca), sisa waktu:',
  ended: 'Waktu latihan habis; pekerjaan tim sudah dikumpulkan.',
  endedByLecturer: 'Latihan diakhiri oleh dosen; pekerjaan tim sudah dikumpulkan.',
  clockLabel: 'Sisa waktu latihan',
  openWorkspace: 'Buka lembar kerja latihan',
  message: 'Pesan dosen: {{message}}',
  dismiss: 'Tutup pesan',
  raiseHand: 'Minta bantuan',
  helpNote: 'Catatan untuk dosen (boleh kosong)',
  sendHelp: 'Kirim permintaan',
  cancelHelp: 'Batal',
  handRaised: 'Permintaan bantuan terkirim; tunggu dosen.',
  handAcknowledged: 'Dosen sudah melihat permintaan bantuan tim.',
  handFailed: 'Permintaan bantuan gagal: {{reason}}',
}

/** A key of the clock's strings. */
export type ClockKey = keyof typeof clockId

/** The same strings in English. */
export const clockEn: Record<ClockKey, string> = {
  running: 'Exercise running, time left:',
  paused: 'Exercise paused (read-only), time left:',
  ended: "Time is up; the team's work has been submitted.",
  endedByLecturer: "The lecturer ended the exercise; the team's work has been submitted.",
  clockLabel: 'Time left in the exercise',
  openWorkspace: 'Open the exercise workspace',
  message: 'From the lecturer: {{message}}',
  dismiss: 'Dismiss message',
  raiseHand: 'Ask for help',
  helpNote: 'Note for the lecturer (optional)',
  sendHelp: 'Send request',
  cancelHelp: 'Cancel',
  handRaised: 'Help request sent; the lecturer will come.',
  handAcknowledged: "The lecturer has seen the team's help request.",
  handFailed: 'The help request failed: {{reason}}',
}
