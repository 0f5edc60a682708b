/** The compare view's strings in Indonesian, the default language. */
export const compareId = {
  heading: 'Bandingkan jawaban tim',
  back: 'Kembali ke kelas',
  loading: 'Memuat…',
  field: 'Isian',
  wholeCollection: '{{section}} (semua butir)',
  itemField: '{{section}} › {{field}} (tiap butir)',
  source: 'Sumber',
  sourceLive: 'Terkini',
  sourceSubmitted: 'Dikumpulkan',
  hideNames: 'Sembunyikan nama tim',
  largeType: 'Huruf besar (proyektor)',
  team: 'Tim {{n}}',
  statusOpen: 'sedang dikerjakan',
  statusSubmitted: 'dikumpulkan',
  version: 'v{{n}}',
  notSubmitted: 'Belum dikumpulkan.',
  empty: 'belum diisi',
  yes: 'Ya',
  no: 'Tidak',
  noItems: 'Belum ada butir.',
  noTeams: 'Belum ada tim dengan ruang kerja untuk tugas ini.',
  answers: 'Jawaban {{count}} tim',
}

/** Every key of the compare view. */
export type CompareKey = keyof typeof compareId

/** English: every Indonesian key. */
export const compareEn: Record<CompareKey, string> = {
  heading: "Compare the teams' answers",
  back: 'Back to the class',
  loading: 'Loading…',
  field: 'Field',
  wholeCollection: '{{section}} (all items)',
  itemField: '{{section}} › {{field}} (each item)',
  source: 'Source',
  sourceLive: 'Current',
  sourceSubmitted: 'Submitted',
  hideNames: 'Hide team names',
  largeType: 'Large type (projector)',
  team: 'Team {{n}}',
  statusOpen: 'in progress',
  statusSubmitted: 'submitted',
  version: 'v{{n}}',
  notSubmitted: 'Not submitted yet.',
  empty: 'not filled in',
  yes: 'Yes',
  no: 'No',
  noItems: 'No items yet.',
  noTeams: 'No team has a workspace for this assignment yet.',
  answers: 'Answers of {{count}} teams',
}
