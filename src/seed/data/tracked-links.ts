import type { RequiredDataFromCollectionSlug } from 'payload'

import type { SeedRefs } from '../steps/refs'

/** Destination domains the demo links may use (the seed's content links all point at example.com). */
export const ALLOWED_DOMAINS = ['example.com']

/** Demo tracked links: a newsletter and a LinkedIn post for the finance white paper, a booth QR code. */
export const trackedLinks = (refs: SeedRefs): RequiredDataFromCollectionSlug<'tracked-links'>[] => [
  {
    code: 'fin-q4-newsletter',
    destinationType: 'content',
    content: { relationTo: 'white-papers', value: refs.content('white-papers', 'growth-layers-in-commercial-banking') },
    campaign: refs.campaign('finance-q4-whitepaper'),
    channel: 'newsletter',
  },
  {
    code: 'fin-q4-linkedin',
    destinationType: 'content',
    content: { relationTo: 'white-papers', value: refs.content('white-papers', 'growth-layers-in-commercial-banking') },
    campaign: refs.campaign('finance-q4-whitepaper'),
    channel: 'linkedin',
  },
  {
    code: 'booth-fintech-summit',
    destinationType: 'url',
    url: 'https://example.com/events/fintech-summit',
    campaign: refs.campaign('finance-q4-whitepaper'),
    channel: 'conference-booth',
  },
]
