import type { IndustrySlug } from './taxonomy'

/** One demo person: their key behaviours (track events, `daysAgo` old) and purchases in USD. */
export type SeedPerson = { name: string; email: string; events: string[]; purchases?: number[]; daysAgo?: number }
export type SeedAccount = { name: string; domain: string; industry: IndustrySlug; people: SeedPerson[] }

/**
 * Demo accounts whose behaviour places them, and their contacts, in every growth layer and every
 * paying sub-tier under the default rules (src/growth/layers/defaults.ts). The comment after each
 * account says where it lands.
 */
export const LAYER_ACCOUNTS: SeedAccount[] = [
  // general-value
  {
    name: 'Northwind Bank', domain: 'northwind-bank.example', industry: 'finance',
    people: [{ name: 'Grace Lin', email: 'grace@northwind-bank.example', events: ['product_page_viewed', 'product_page_viewed'] }],
  },
  // potential-development
  {
    name: 'Civic Data Office', domain: 'civic-data.example', industry: 'government',
    people: [
      { name: 'Omar Haddad', email: 'omar@civic-data.example', events: ['product_page_viewed', 'sdk_integrated'] },
      { name: 'Ines Duarte', email: 'ines@civic-data.example', events: ['product_page_viewed'] },
    ],
  },
  // heavy-retention
  {
    name: 'Skyport Airports', domain: 'skyport.example', industry: 'airports',
    people: [{ name: 'Kenji Mori', email: 'kenji@skyport.example', events: ['sdk_integrated', 'dashboard_viewed', 'dashboard_viewed'] }],
  },
  // paying · one-time
  {
    name: 'Harbor Media', domain: 'harbor-media.example', industry: 'media',
    people: [{ name: 'Lena Vogel', email: 'lena@harbor-media.example', events: ['dashboard_viewed'], purchases: [4_800] }],
  },
  // paying · mid-level (a repeat purchase)
  {
    name: 'Bright Retail', domain: 'bright-retail.example', industry: 'retail',
    people: [{ name: 'Sam Okafor', email: 'sam@bright-retail.example', events: ['dashboard_viewed'], purchases: [3_500, 4_000] }],
  },
  // paying · potential-big
  {
    name: 'Ironworks Manufacturing', domain: 'ironworks.example', industry: 'manufacturing',
    people: [{ name: 'Mia Novak', email: 'mia@ironworks.example', events: ['sdk_integrated', 'dashboard_viewed'], purchases: [72_000] }],
  },
  // paying · big (two buyers: Ravi big, Noor mid-level; 240,000 as an account)
  {
    name: 'Metro Public Safety', domain: 'metro-safety.example', industry: 'public-security',
    people: [
      { name: 'Ravi Shah', email: 'ravi@metro-safety.example', events: ['dashboard_viewed'], purchases: [210_000] },
      { name: 'Noor Aziz', email: 'noor@metro-safety.example', events: ['dashboard_viewed'], purchases: [30_000] },
    ],
  },
  // dormant (bought once, nothing for four months)
  {
    name: 'Quiet Commerce', domain: 'quiet-commerce.example', industry: 'internet',
    people: [{ name: 'Tom Berg', email: 'tom@quiet-commerce.example', events: ['product_page_viewed', 'sdk_integrated'], purchases: [2_000], daysAgo: 120 }],
  },
]
