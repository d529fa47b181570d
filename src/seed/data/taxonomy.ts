/** An English and a Chinese text; the seed writes `en` on create and `zh` as the translation. */
type Localized = { en: string; zh: string }

/** The eight industries B2B vendors build benchmark solutions for. */
export const INDUSTRIES = [
  { slug: 'finance', name: { en: 'Finance', zh: '金融' } },
  { slug: 'government', name: { en: 'Government', zh: '政府' } },
  { slug: 'media', name: { en: 'Media', zh: '媒体' } },
  { slug: 'internet', name: { en: 'Internet', zh: '互联网' } },
  { slug: 'public-security', name: { en: 'Public security', zh: '公共安全' } },
  { slug: 'airports', name: { en: 'Airports', zh: '机场' } },
  { slug: 'manufacturing', name: { en: 'Manufacturing', zh: '制造业' } },
  { slug: 'retail', name: { en: 'Retail', zh: '零售' } },
] as const satisfies readonly { slug: string; name: Localized }[]

export const PRODUCTS = [
  { slug: 'flywheel-insight', name: { en: 'Flywheel Insight', zh: '飞轮洞察' }, currentVersion: '4.2' },
  { slug: 'flywheel-pipeline', name: { en: 'Flywheel Pipeline', zh: '飞轮数据管道' }, currentVersion: '2.0' },
  { slug: 'flywheel-engage', name: { en: 'Flywheel Engage', zh: '飞轮触达' }, currentVersion: '3.1' },
] as const satisfies readonly { slug: string; name: Localized; currentVersion: string }[]

/** User-growth layers, lowest rank first: each layer is defined by one key behaviour the account has shown. */
export const GROWTH_LAYERS = [
  {
    slug: 'dormant',
    rank: 0,
    name: { en: 'Dormant', zh: '沉睡用户' },
    description: {
      en: 'Signed up or bought, but no key behaviour in the last 90 days. Worth a recall campaign before the renewal date.',
      zh: '已注册或已购买，但近 90 天没有任何关键行为。应在续约日期之前安排召回活动。',
    },
  },
  {
    slug: 'general-value',
    rank: 1,
    name: { en: 'General value', zh: '一般价值用户' },
    description: {
      en: 'Visited the product pages but has not sent data yet. Regular brand and feature updates are enough.',
      zh: '访问过产品页面，但尚未上报数据。常规的品牌宣传和新功能通知即可。',
    },
  },
  {
    slug: 'potential-development',
    rank: 2,
    name: { en: 'Potential development', zh: '潜力发展用户' },
    description: {
      en: 'Integrated the SDK and sends events. Guide them along the key path to their first dashboard.',
      zh: '已集成 SDK 并上报事件。引导他们沿关键路径完成第一个看板。',
    },
  },
  {
    slug: 'heavy-retention',
    rank: 3,
    name: { en: 'Heavy retention', zh: '重度留存用户' },
    description: {
      en: 'Reads dashboards every week. Fix what hurts their experience first and find the gap to a paid plan.',
      zh: '每周都查看看板。优先解决影响体验的问题，找出与付费之间的差距。',
    },
  },
  {
    slug: 'paying',
    rank: 4,
    name: { en: 'Paying', zh: '付费用户' },
    description: {
      en: 'On a paid plan. Solve their problems with industry-specific solutions and watch NPS, not only expansion revenue.',
      zh: '已付费。结合行业背景提供解决方案，关注 NPS，而不只是增购收入。',
    },
  },
] as const satisfies readonly { slug: string; rank: number; name: Localized; description: Localized }[]

export type IndustrySlug = (typeof INDUSTRIES)[number]['slug']
export type ProductSlug = (typeof PRODUCTS)[number]['slug']
export type LayerSlug = (typeof GROWTH_LAYERS)[number]['slug']
