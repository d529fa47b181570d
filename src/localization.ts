import type { LocalizationConfig } from 'payload'

/** English and Chinese content; a missing translation falls back to English. */
export const localization: LocalizationConfig = {
  locales: [
    { code: 'en', label: 'English' },
    { code: 'zh', label: '中文' },
  ],
  defaultLocale: 'en',
  fallback: true,
}
