import type { Dice } from './random'

const FIRST = ['Ada', 'Ben', 'Chen', 'Dana', 'Eli', 'Fatima', 'Gus', 'Hana', 'Ivan', 'Jun', 'Kira', 'Luis', 'Mei', 'Nia', 'Omar', 'Priya', 'Quinn', 'Rosa', 'Sven', 'Tariq', 'Uma', 'Vik', 'Wen', 'Xia', 'Yusuf', 'Zoe']
const LAST = ['Andersen', 'Baker', 'Costa', 'Dubois', 'Eriksen', 'Fischer', 'Garcia', 'Huang', 'Ito', 'Jensen', 'Kim', 'Li', 'Moreau', 'Nakamura', 'Okoro', 'Patel', 'Rossi', 'Silva', 'Tanaka', 'Wang', 'Zhang']
const TITLES = ['Head of data', 'Product manager', 'CTO', 'Data engineer', 'Growth lead', 'Customer success manager', 'Analyst', 'VP Marketing', 'Developer', 'Operations manager']
const ZONES = ['Asia/Shanghai', 'Europe/Berlin', 'America/New_York', 'Europe/London', 'Asia/Singapore', 'America/Los_Angeles', 'Asia/Tokyo']
const WORDS = ['north', 'river', 'summit', 'harbor', 'delta', 'granite', 'maple', 'orbit', 'cedar', 'lumen', 'atlas', 'vector', 'pioneer', 'crescent', 'beacon', 'falcon']
const SUFFIX: Record<string, string[]> = {
  finance: ['Bank', 'Capital', 'Credit Union', 'Payments'],
  government: ['City Council', 'Data Office', 'Agency', 'Ministry'],
  media: ['Media', 'Broadcasting', 'News', 'Studios'],
  internet: ['Labs', 'Cloud', 'Apps', 'Networks'],
  'public-security': ['Public Safety', 'Police Data', 'Emergency Services', 'Security'],
  airports: ['Airport', 'Air Hub', 'Aviation', 'Airways'],
  manufacturing: ['Manufacturing', 'Industries', 'Works', 'Robotics'],
  retail: ['Retail', 'Stores', 'Commerce', 'Markets'],
}

/** Company sizes, skewed towards small ones as in a real B2B base, and how many people each brings. */
export const SIZES = [
  { size: '1-49', weight: 50, people: 1, revenue: [1_500, 6_000] },
  { size: '50-249', weight: 30, people: 3, revenue: [4_000, 18_000] },
  { size: '250-999', weight: 15, people: 7, revenue: [12_000, 60_000] },
  { size: '1000+', weight: 5, people: 16, revenue: [40_000, 220_000] },
] as const
export type SizeInfo = (typeof SIZES)[number]

const cap = (s: string) => s[0].toUpperCase() + s.slice(1)

export const companyName = (d: Dice, industry: string, n: number) => {
  const word = WORDS[n % WORDS.length]
  const name = `${cap(word)}${cap(d.pick(WORDS))} ${d.pick(SUFFIX[industry] ?? ['Group'])}`
  return { name, domain: `${word}-${industry}-${n}.example` }
}

export const person = (d: Dice, n: number, domain: string | null) => {
  const first = d.pick(FIRST)
  const last = d.pick(LAST)
  const handle = `${first}.${last}.${n}`.toLowerCase()
  return { name: `${first} ${last}`, email: domain ? `${handle}@${domain}` : `${handle}@gmail.com`, jobTitle: d.pick(TITLES), timeZone: d.pick(ZONES) }
}
