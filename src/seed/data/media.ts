/** A gradient cover or product banner drawn by steps/media.ts; `title` is written on it, so keep it short. */
export type CoverSeed = {
  /** File name in the media library; content refers to it by this name. */
  name: string
  alt: string
  title: string
  /** Gradient colours, top left to bottom right. */
  from: string
  to: string
  /** Pixels, 16:9; 2400 unless given. A smaller original shows that larger sizes are skipped, not upscaled. */
  width?: number
}

/** A customer logo: a coloured mark and the company name on white. */
export type LogoSeed = { name: string; alt: string; company: string; color: string }

/** A one-page PDF for a white paper; `title` is printed in Helvetica, so ASCII only. */
export type PdfSeed = { name: string; alt: string; title: string }

export const COVERS = [
  {
    name: 'cover-growth-layers-banking.png',
    alt: 'Blue gradient cover with the title “Growth layers” for the commercial banking white paper',
    title: 'Growth layers',
    from: '#1e3a8a',
    to: '#3b82f6',
  },
  {
    name: 'cover-adoption-public-sector.png',
    alt: 'Green gradient cover with the title “Adoption first” for the public-sector white paper',
    title: 'Adoption first',
    from: '#065f46',
    to: '#34d399',
  },
  {
    name: 'cover-media-retention.png',
    alt: 'Purple gradient cover with the title “Audience retention” for the digital media white paper',
    title: 'Audience retention',
    from: '#4c1d95',
    to: '#c084fc',
  },
  {
    name: 'cover-industrial-activation.png',
    alt: 'Orange gradient cover with the title “Activation metrics” for the industrial SaaS white paper',
    title: 'Activation metrics',
    from: '#9a3412',
    to: '#fb923c',
  },
  {
    name: 'cover-retail-dormant.png',
    alt: 'Teal gradient cover with the title “Wake the dormant” for the retail white paper',
    title: 'Wake the dormant',
    from: '#115e59',
    to: '#2dd4bf',
  },
  {
    name: 'cover-airport-operations.png',
    alt: 'Slate gradient cover with the title “Airport analytics” for the airport operations white paper',
    title: 'Airport analytics',
    from: '#1e293b',
    to: '#64748b',
  },
  {
    name: 'cover-growth-system.png',
    alt: 'Indigo gradient cover with the title “Growth systems” for the article on B2B growth systems',
    title: 'Growth systems',
    from: '#312e81',
    to: '#818cf8',
  },
  {
    name: 'cover-harbor-bank-story.png',
    alt: 'Navy gradient cover with the title “Harbor Bank story” for the Harbor Bank case study',
    title: 'Harbor Bank story',
    from: '#0c4a6e',
    to: '#38bdf8',
  },
  {
    name: 'cover-open-class.png',
    alt: 'Rose gradient cover with the title “Open class” for the open class on designing growth layers',
    title: 'Open class',
    from: '#9f1239',
    to: '#fb7185',
    width: 1200,
  },
  {
    name: 'banner-flywheel-insight.png',
    alt: 'Product banner: Flywheel Insight on a deep blue gradient',
    title: 'Flywheel Insight',
    from: '#172554',
    to: '#2563eb',
    width: 1600,
  },
  {
    name: 'banner-flywheel-pipeline.png',
    alt: 'Product banner: Flywheel Pipeline on a dark green gradient',
    title: 'Flywheel Pipeline',
    from: '#14532d',
    to: '#22c55e',
    width: 1600,
  },
  {
    name: 'banner-flywheel-engage.png',
    alt: 'Product banner: Flywheel Engage on an amber gradient',
    title: 'Flywheel Engage',
    from: '#78350f',
    to: '#f59e0b',
    width: 1600,
  },
] as const satisfies readonly CoverSeed[]

export const LOGOS = [
  { name: 'logo-harbor-bank.png', alt: 'Harbor Bank logo', company: 'Harbor Bank', color: '#0b5394' },
  { name: 'logo-northwind-media.png', alt: 'Northwind Media logo', company: 'Northwind', color: '#6d28d9' },
  { name: 'logo-civiccloud.png', alt: 'CivicCloud logo', company: 'CivicCloud', color: '#047857' },
  { name: 'logo-meridian-air.png', alt: 'Meridian Air logo', company: 'Meridian Air', color: '#0f766e' },
  { name: 'logo-atlas-works.png', alt: 'Atlas Works logo', company: 'Atlas Works', color: '#c2410c' },
  { name: 'logo-lumen-retail.png', alt: 'Lumen Retail logo', company: 'Lumen Retail', color: '#be185d' },
] as const satisfies readonly LogoSeed[]

/** One per white paper, named after its slug. */
export const PDFS = [
  {
    name: 'growth-layers-in-commercial-banking.pdf',
    alt: 'PDF of the white paper Growth layers in commercial banking',
    title: 'Growth layers in commercial banking',
  },
  {
    name: 'adoption-before-renewal-public-sector.pdf',
    alt: 'PDF of the white paper Adoption before renewal in the public sector',
    title: 'Adoption before renewal in the public sector',
  },
  {
    name: 'audience-retention-for-digital-media.pdf',
    alt: 'PDF of the white paper Audience retention for digital media',
    title: 'Audience retention for digital media',
  },
  {
    name: 'activation-metrics-for-industrial-saas.pdf',
    alt: 'PDF of the white paper Activation metrics for industrial SaaS',
    title: 'Activation metrics for industrial SaaS',
  },
  {
    name: 'waking-dormant-accounts-in-retail.pdf',
    alt: 'PDF of the white paper Waking dormant accounts in retail',
    title: 'Waking dormant accounts in retail',
  },
  {
    name: 'operational-analytics-for-airports.pdf',
    alt: 'PDF of the white paper Operational analytics for airports',
    title: 'Operational analytics for airports',
  },
] as const satisfies readonly PdfSeed[]

export const MEDIA_COUNT = COVERS.length + LOGOS.length + PDFS.length

export type MediaName = (typeof COVERS)[number]['name'] | (typeof LOGOS)[number]['name'] | (typeof PDFS)[number]['name']
