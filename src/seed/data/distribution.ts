import type { RequiredDataFromCollectionSlug } from 'payload'

import type { SeedRefs } from '../steps/refs'

type Channel = RequiredDataFromCollectionSlug<'channels'>

/** One demo channel of each kind; the partner feed is the one the README's examples fetch. */
export const channels: Channel[] = [
  { name: 'Growth newsletter', slug: 'growth-newsletter', kind: 'email', email: { fromName: 'Flywheel demo', fromAddress: 'newsletter@flywheel.demo', batchSize: 50, concurrency: 2, ratePerMinute: 600 }, cost: { amount: 0.002, per: 'send', currency: 'USD' } },
  { name: 'Partner CRM webhook', slug: 'partner-crm-webhook', kind: 'webhook', webhook: { url: 'https://partner.example.com/flywheel/webhook', timeoutMs: 10_000 }, cost: { amount: 0, per: 'month', currency: 'USD' } },
  { name: 'Partner feed: finance white papers', slug: 'partner-feed', kind: 'feed', feed: { description: 'White papers for finance partners, with tracked links.', items: 50 }, cost: { amount: 200, per: 'month', currency: 'USD' } },
  { name: 'LinkedIn company page', slug: 'linkedin-company-page', kind: 'social', social: { network: 'linkedin', account: 'Flywheel Demo' }, cost: { amount: 150, per: 'placement', currency: 'USD' } },
  { name: 'Fintech Summit booth', slug: 'fintech-summit-booth', kind: 'conference', conference: { event: 'Fintech Summit 2026', location: 'Hall B, booth 12', startsAt: '2026-12-08T09:00:00.000Z' }, cost: { amount: 8000, per: 'placement', currency: 'USD' } },
]

/** Demo contacts in the potential-development layer who agreed to email (the digest's audience). */
export const contacts = (refs: SeedRefs): RequiredDataFromCollectionSlug<'contacts'>[] => [
  { email: 'li.wei@harbour-bank.example', name: 'Li Wei', jobTitle: 'Head of digital channels', timeZone: 'Asia/Shanghai', layer: refs.layers('potential-development')[0], consent: { email: true, tracking: true } },
  { email: 'anna.berg@nordkredit.example', name: 'Anna Berg', jobTitle: 'Product owner, payments', timeZone: 'Europe/Berlin', layer: refs.layers('potential-development')[0], consent: { email: true, tracking: true } },
  { email: 'sam.okafor@lakeside-credit.example', name: 'Sam Okafor', jobTitle: 'CIO', timeZone: 'America/New_York', layer: refs.layers('potential-development')[0], consent: { email: true, tracking: true } },
]

/** A weekly digest to potential-development contacts, scheduled on the newsletter and the partner feed. */
export const distributions = (refs: SeedRefs, channelId: (slug: string) => number): RequiredDataFromCollectionSlug<'distributions'>[] => [
  {
    title: 'Weekly finance digest',
    content: [{ relationTo: 'white-papers', value: refs.content('white-papers', 'growth-layers-in-commercial-banking') }],
    channels: [channelId('growth-newsletter'), channelId('partner-feed')],
    campaign: refs.campaign('finance-q4-whitepaper'),
    audience: { layers: refs.layers('potential-development') },
    variants: [
      { channel: channelId('growth-newsletter'), subject: 'Growth layers in commercial banking', preheader: 'How banks move accounts from trial to paying', copy: 'This week: our white paper on growth layers in commercial banking.', ctaLabel: 'Read the white paper' },
    ],
    schedule: { mode: 'local', localTime: '09:00', timeZone: 'Asia/Shanghai', repeat: 'weekly', weekday: '1' },
    status: 'scheduled',
    sentCount: 0,
    totalCount: 0,
    failedCount: 0,
  },
]
