/** The glossary page's strings in Indonesian, the default language. */
export const glossaryId = {
  title: 'Glosarium istilah modul',
  intro:
    'Istilah bahasa Inggris yang dipakai modul Metode Intervensi Pekerjaan Sosial dengan Kelompok, dengan padanan Indonesianya, artinya, dan halaman modul tempat istilah itu muncul.',
  ourGloss:
    'Padanan bertanda * tidak berasal dari modul (modul hanya menulis istilah Inggrisnya); padanan lain adalah kata-kata modul sendiri.',
  filter: 'Cari istilah',
  filterHint: 'misalnya storming, kekuasaan, maypole',
  count: '{{shown}} dari {{total}} istilah',
  none: 'Tidak ada istilah yang cocok dengan “{{query}}”.',
  gloss: 'Padanan: {{gloss}}',
  source: 'Hlm. {{pages}} · {{where}}',
  sourceSlides: 'Tanpa nomor halaman · {{where}}',
  printedAs: 'Dicetak di modul sebagai “{{printed}}”.',
  back: '← Kembali',
}

/** Every key of the glossary page. */
export type GlossaryKey = keyof typeof glossaryId

/** English: every Indonesian key. */
export const glossaryEn: Record<GlossaryKey, string> = {
  title: 'Glossary of the module’s terms',
  intro:
    'The English terms the module Metode Intervensi Pekerjaan Sosial dengan Kelompok uses, with their Indonesian equivalents, their meaning, and the module page where each appears.',
  ourGloss:
    'Equivalents marked * are not from the module (it gives only the English term); the others are the module’s own words.',
  filter: 'Search the terms',
  filterHint: 'e.g. storming, power, maypole',
  count: '{{shown}} of {{total}} terms',
  none: 'No term matches “{{query}}”.',
  gloss: 'Indonesian: {{gloss}}',
  source: 'p. {{pages}} · {{where}}',
  sourceSlides: 'No page number · {{where}}',
  printedAs: 'Printed in the module as “{{printed}}”.',
  back: '← Back',
}
