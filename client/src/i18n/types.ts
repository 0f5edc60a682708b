import type { id } from './id'

/** Every translation key checked at compile time against the Indonesian dictionary. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: typeof id }
  }
}
