/** The email's own wording, as opposed to the item's. Callers pass translations for other locales. */
export type EmailLabels = {
  /** Footer line above the unsubscribe link. */
  footer: string
  unsubscribe: string
  /** Link text of a video without a title. */
  watchVideo: string
  /** Button of a download form without a submit label. */
  download: string
}

export const DEFAULT_LABELS: EmailLabels = {
  footer: 'You are receiving this email because you subscribed to our updates.',
  unsubscribe: 'Unsubscribe',
  watchVideo: 'Watch the video',
  download: 'Download',
}
