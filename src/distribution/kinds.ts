/** The kinds of distribution channel; each has an adapter in src/distribution/channels/. */
export const CHANNEL_KINDS = ['email', 'webhook', 'feed', 'social', 'conference'] as const
export type ChannelKind = (typeof CHANNEL_KINDS)[number]

/** Social networks and the image size (px) each one's link previews use. */
export const SOCIAL_NETWORKS = {
  linkedin: { label: 'LinkedIn', image: [1200, 627], maxChars: 3000 },
  x: { label: 'X (Twitter)', image: [1600, 900], maxChars: 280 },
  facebook: { label: 'Facebook', image: [1200, 630], maxChars: 63206 },
  wechat: { label: 'WeChat', image: [900, 383], maxChars: 2000 },
  weibo: { label: 'Weibo', image: [1000, 562], maxChars: 2000 },
  other: { label: 'Other placement (ad, partner site)', image: [1200, 628], maxChars: 5000 },
} as const
export type SocialNetwork = keyof typeof SOCIAL_NETWORKS

/** Distribution states: draft → scheduled → sending → sent / partially-failed / failed / cancelled. */
export const DISTRIBUTION_STATUSES = ['draft', 'scheduled', 'sending', 'sent', 'partially-failed', 'failed', 'cancelled'] as const
export type DistributionStatus = (typeof DISTRIBUTION_STATUSES)[number]

/** A delivery's life: one recipient (or one placement) of one distribution on one channel. */
export const DELIVERY_STATUSES = ['queued', 'sending', 'sent', 'failed', 'bounced', 'opened', 'clicked', 'unsubscribed', 'suppressed', 'cancelled'] as const
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]
