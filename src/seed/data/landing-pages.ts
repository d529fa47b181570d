import type { ContentSeed } from '../steps/ensure'
import type { SeedRefs } from '../steps/refs'
import { downloadGate } from './white-papers'

/** Campaign pages for the finance white paper and the dormant-account recall, and an evergreen trial page. */
export const landingPages = (refs: SeedRefs): ContentSeed<'landing-pages'>[] => [
  {
    data: {
      title: 'Growth layers for commercial banks: free report',
      slug: 'finance-growth-layers-report',
      layout: [
        {
          blockType: 'hero',
          heading: 'Know which business clients are drifting away',
          subheading: 'Our free report shows how four commercial banks sorted their business clients into five growth layers, and what it did for renewals.',
          image: refs.media('cover-growth-layers-banking.png'),
          primaryCta: { label: 'Read the summary', url: 'https://example.com/white-papers/growth-layers-in-commercial-banking' },
        },
        {
          blockType: 'stats',
          items: [
            { value: 38, suffix: '%', label: 'of onboarded business clients dormant after six months' },
            { value: 11, label: 'weeks from first login to first paid add-on' },
          ],
        },
        downloadGate(
          refs.media('growth-layers-in-commercial-banking.pdf'),
          'Get the report',
          'Twenty-four pages: layer definitions, playbooks per layer and the benchmark from four commercial banks.',
        ),
        {
          blockType: 'logoWall',
          heading: 'Banks that contributed to the benchmark',
          logos: [{ media: refs.media('logo-harbor-bank.png'), name: 'Harbor Bank', url: 'https://example.com/customers/harbor-bank' }],
        },
        {
          blockType: 'faq',
          items: [
            { question: 'Who is the report for?', answer: 'Heads of digital and business banking, and the teams that run cash-management platforms.' },
            { question: 'Is it really free?', answer: 'Yes. We ask for your work email so we can send the PDF and, if you agree, invite you to the follow-up webinar.' },
          ],
        },
      ],
      campaign: refs.campaign('finance-q4-whitepaper'),
      targetLayers: refs.layers('general-value', 'potential-development'),
      meta: {
        title: 'Growth layers for commercial banks: free report · Flywheel',
        description: 'Free report: how four commercial banks sorted business clients into growth layers and cut the time to the first paid add-on.',
      },
    },
  },
  {
    data: {
      title: 'Wake up dormant accounts before they renew',
      slug: 'wake-up-dormant-accounts',
      layout: [
        {
          blockType: 'hero',
          heading: 'Wake up dormant accounts before they renew',
          subheading: 'A ninety-day recall programme in Flywheel Engage: the right message to the right people, timed from the renewal date.',
          image: refs.media('cover-retail-dormant.png'),
          primaryCta: { label: 'Get the recall playbook', url: 'https://example.com/white-papers/waking-dormant-accounts-in-retail' },
          secondaryCta: { label: 'See Engage in action', url: 'https://example.com/demo/engage' },
        },
        {
          blockType: 'featureGrid',
          heading: 'Three messages, one call',
          columns: '4',
          features: [
            { icon: 'calendar', title: 'Day 90', text: 'What the account achieved last season, sent to the people who used it.' },
            { icon: 'sparkles', title: 'Day 60', text: 'One new feature that solves last season’s problem.' },
            { icon: 'phone', title: 'Day 30', text: 'A call from customer success with the numbers ready.' },
            { icon: 'check-circle', title: 'Renewal', text: 'A renewal conversation about value, not price.' },
          ],
        },
        {
          blockType: 'testimonial',
          quote: 'We used to discover dormant stores at renewal. Now the recall starts three months earlier and a quarter of them come back.',
          authorName: 'Mei Lin',
          role: 'Customer Success Lead',
          company: 'Lumen Retail',
        },
        {
          blockType: 'callToAction',
          heading: 'Start your first recall this week',
          text: 'Templates, timing and alerts are ready in Flywheel Engage.',
          button: { label: 'Book a demo', url: 'https://example.com/demo/engage' },
          style: 'primary',
        },
      ],
      campaign: refs.campaign('dormant-account-recall'),
      targetLayers: refs.layers('dormant'),
      meta: {
        title: 'Wake up dormant accounts before they renew · Flywheel',
        description: 'A ninety-day recall programme in Flywheel Engage that brings dormant accounts back before their renewal comes up.',
      },
    },
  },
  {
    data: {
      title: 'Try Flywheel Insight free for 14 days',
      slug: 'flywheel-insight-free-trial',
      layout: [
        {
          blockType: 'hero',
          heading: 'Try Flywheel Insight free for 14 days',
          subheading: 'See your customer accounts sorted into growth layers by the end of the day. No credit card needed.',
          image: refs.media('banner-flywheel-insight.png'),
          primaryCta: { label: 'Start the trial', url: 'https://example.com/trial/insight' },
        },
        {
          blockType: 'comparisonTable',
          heading: 'Trial and paid plans compared',
          columns: [{ name: 'Trial' }, { name: 'Growth' }, { name: 'Enterprise' }],
          rows: [
            { feature: 'Tracked accounts', values: [{ value: '500' }, { value: '10,000' }, { value: 'Unlimited' }] },
            { feature: 'Growth layers', values: [{ value: '5' }, { value: '5' }, { value: 'Custom' }] },
            { feature: 'Warehouse sync', values: [{ value: 'No' }, { value: 'Hourly' }, { value: 'Every 5 minutes' }] },
            { feature: 'Single sign-on', values: [{ value: 'No' }, { value: 'No' }, { value: 'Yes' }] },
          ],
        },
        {
          blockType: 'faq',
          items: [
            { question: 'What happens when the trial ends?', answer: 'Your workspace is kept for 30 days. Choose a plan to continue, or it is deleted.' },
            { question: 'Can I invite my team?', answer: 'Yes, invite as many viewers as you like during the trial.' },
          ],
        },
        {
          blockType: 'callToAction',
          heading: 'Your first growth layers today',
          button: { label: 'Start the trial', url: 'https://example.com/trial/insight' },
          style: 'primary',
        },
      ],
      targetLayers: refs.layers('general-value'),
      meta: {
        title: 'Try Flywheel Insight free for 14 days',
        description: 'Start a 14-day Flywheel Insight trial and see your customer accounts sorted into growth layers today. No credit card needed.',
      },
    },
  },
]
