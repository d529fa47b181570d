import type { ContentSeed } from '../steps/ensure'
import type { SeedRefs } from '../steps/refs'
import { h2, link, p, richText, strong, ul } from './richtext'

/** Promotional articles in three formats and three series; the one on small accounts is still a draft. */
export const articles = (refs: SeedRefs): ContentSeed<'articles'>[] => [
  {
    data: {
      title: 'Why B2B products need a growth system too',
      slug: 'why-b2b-products-need-a-growth-system',
      summary:
        'The company buys the licence, but its employees decide whether it is renewed. A growth system built around their real work skills is how you win them over.',
      body: richText(
        p(
          'Consumer apps have had growth systems for years: tasks for new users, levels, badges, privileges. ',
          'Most B2B products have none, on the theory that the boss decides and the boss has already paid.',
        ),
        p(
          'That theory breaks at renewal. When products in a category look alike, the experience of the people who use the tool every day ',
          'is what tips the decision. Renewal rate is the lifeline of a SaaS business, and it is decided on the shop floor, not in the boardroom.',
        ),
        h2('What is different in B2B'),
        ul(
          [strong('User goals first. '), 'A B2B growth system rewards mastering a workflow, not logging in every day.'],
          [strong('Recognition is real. '), 'A like from a team lead inside the company means more than any badge from a stranger.'],
          [strong('No busywork. '), 'Points for clicking around are left out; every task maps to a skill the job needs.'],
        ),
        h2('Where to start'),
        p(
          'Write down the three skills a new user needs in their first month and turn each into a task that ends with real work done. ',
          'Flywheel Engage ships templates for this; see ',
          link('https://example.com/docs/engage/growth-system', 'the growth system guide'),
          '.',
        ),
      ),
      coverImage: refs.media('cover-growth-system.png'),
      topic: 'Growth systems',
      format: 'article',
      series: 'B2B growth fundamentals',
      industries: refs.industries('internet'),
      product: refs.product('flywheel-engage'),
      targetLayers: refs.layers('general-value', 'potential-development'),
      tags: ['growth-system', 'retention'],
      authors: [refs.user('marketer')],
      meta: {
        title: 'Why B2B products need a growth system too · Flywheel',
        description: 'Employees decide whether a B2B licence is renewed. A growth system built on real work skills is how you win them over.',
      },
    },
    zh: {
      title: '为什么 B 端产品也需要用户成长体系',
      summary: '买单的是企业，决定是否续约的却是每天使用产品的员工。围绕真实工作技能搭建的成长体系，才能真正赢得他们。',
      meta: {
        title: '为什么 B 端产品也需要用户成长体系 · 飞轮',
        description: '企业买单，员工决定续约。本文讲解 B 端产品如何围绕真实的工作技能搭建用户成长体系，用任务、等级和认可提升员工的使用体验与续约率。',
      },
    },
  },
  {
    state: 'draft',
    data: {
      title: 'Operating small accounts like a consumer app',
      slug: 'operating-small-accounts-like-a-consumer-app',
      summary: 'Once you have more than a few dozen small customers, treat them like a consumer product: layers, key behaviours and data, not account plans.',
      body: richText(
        p(
          'Large customers get account plans and a named team. Small customers cannot, and they do not need to: ',
          'their behaviour is closer to a consumer app’s than to an enterprise’s.',
        ),
        h2('Start earlier than you think'),
        p('Layered operations pay off sooner than expected. For a technical product with a small market, thirty active accounts can be enough to start.'),
        h2('Turn growth goals into key behaviours'),
        p(
          '“Grow paying accounts by 20%” is hard to act on. “Get potential-development accounts to their first dashboard within a week” is not. ',
          'Every layer goal should name the behaviour that moves an account up.',
        ),
      ),
      topic: 'Account segmentation',
      format: 'article',
      series: 'B2B growth fundamentals',
      industries: refs.industries('internet', 'retail'),
      product: refs.product('flywheel-insight'),
      targetLayers: refs.layers('general-value', 'potential-development', 'heavy-retention'),
      tags: ['growth-layers', 'small-accounts'],
      authors: [refs.user('editor')],
      meta: {
        title: 'Operating small accounts like a consumer app · Flywheel',
        description: 'Past a few dozen small customers, run them like a consumer product: growth layers, key behaviours and data instead of account plans.',
      },
    },
  },
  {
    data: {
      title: 'How Harbor Bank woke up its business clients',
      slug: 'how-harbor-bank-woke-up-its-business-clients',
      summary:
        'Harbor Bank had thousands of business clients on its cash-management platform and no idea which of them used it. Six months with growth layers changed that.',
      body: richText(
        h2('The problem'),
        p(
          'Harbor Bank’s relationship managers learned that a client was drifting away when its credit line came up for renewal. ',
          'The platform had the data; nobody looked at it per client.',
        ),
        h2('What they did'),
        ul(
          'Defined five growth layers from payment approvals, ERP connections and add-on contracts.',
          'Gave each relationship manager a weekly list of clients that slipped a layer.',
          'Ran a ninety-day recall for dormant clients before each renewal.',
        ),
        p('The layer definitions they used are in ', link('https://example.com/white-papers/growth-layers-in-commercial-banking', 'our banking white paper'), '.'),
      ),
      layout: [
        {
          blockType: 'stats',
          items: [
            { value: 31, suffix: '%', label: 'of dormant business clients reactivated in six months' },
            { value: 2.4, suffix: 'x', label: 'add-on revenue from clients with a connected ERP' },
          ],
        },
        {
          blockType: 'testimonial',
          quote: 'The weekly list is the first thing our relationship managers open on Monday. It tells them who to call before the client calls someone else.',
          authorName: 'Grace Okafor',
          role: 'Head of Digital Business Banking',
          company: 'Harbor Bank',
        },
        {
          blockType: 'logoWall',
          logos: [{ media: refs.media('logo-harbor-bank.png'), name: 'Harbor Bank', url: 'https://example.com/customers/harbor-bank' }],
        },
      ],
      coverImage: refs.media('cover-harbor-bank-story.png'),
      topic: 'Activation',
      format: 'case-study',
      series: 'Customer stories',
      industries: refs.industries('finance'),
      product: refs.product('flywheel-insight'),
      targetLayers: refs.layers('dormant', 'paying'),
      tags: ['banking', 'case-study', 'recall'],
      authors: [refs.user('marketer')],
      meta: {
        title: 'How Harbor Bank woke up its business clients · Flywheel',
        description: 'Harbor Bank sorted its business clients into growth layers and reactivated almost a third of the dormant ones in six months.',
      },
    },
  },
  {
    data: {
      title: 'Northwind Media puts analytics on the newsroom wall',
      slug: 'northwind-media-puts-analytics-on-the-newsroom-wall',
      summary: 'Northwind’s editors had an analytics licence and never used it. A wall dashboard and chat alerts made them daily users within a month.',
      body: richText(
        p(
          'Northwind Media’s digital team bought Flywheel Insight to understand which stories bring readers back. ',
          'Three months later only the audience team logged in. The editors on shift never did.',
        ),
        p(
          'The fix was not training. It was moving the numbers to where editors already look: a screen on the newsroom wall and alerts in the desk’s chat channel. ',
          'Read the method in ',
          link('https://example.com/white-papers/audience-retention-for-digital-media', 'our media retention white paper'),
          '.',
        ),
      ),
      layout: [
        {
          blockType: 'stats',
          items: [
            { value: 63, suffix: '%', label: 'of editors opening Insight every day' },
            { value: 18, suffix: '%', label: 'more readers returning within a week' },
          ],
        },
      ],
      coverImage: refs.media('cover-media-retention.png'),
      topic: 'Retention',
      format: 'case-study',
      series: 'Customer stories',
      industries: refs.industries('media'),
      product: refs.product('flywheel-insight'),
      targetLayers: refs.layers('heavy-retention'),
      tags: ['media', 'case-study'],
      authors: [refs.user('editor')],
      meta: {
        title: 'Northwind Media puts analytics on the newsroom wall · Flywheel',
        description: 'How Northwind Media turned editors who never logged in into daily users of Flywheel Insight with a wall dashboard and chat alerts.',
      },
    },
  },
  {
    data: {
      title: 'Open class: designing growth layers for your product',
      slug: 'open-class-designing-growth-layers',
      summary: 'A recorded 45-minute open class: how to pick one key behaviour per layer, set time windows and review movement with customer success.',
      body: richText(
        p('In this open class our product team designs growth layers live for a fictional project-management SaaS, from the first event to the weekly review.'),
        ul('Choosing one key behaviour per layer', 'Time windows that fit B2B usage', 'Reviewing layer movement with customer success'),
        p('Slides and the worksheet are on ', link('https://example.com/open-class/growth-layers', 'the open class page'), '.'),
      ),
      layout: [
        {
          blockType: 'video',
          url: 'https://example.com/media/open-class-growth-layers.mp4',
          title: 'Open class: designing growth layers for your product',
          poster: refs.media('cover-open-class.png'),
        },
        {
          blockType: 'faq',
          items: [
            { question: 'Do I need Flywheel Insight to follow along?', answer: 'No. The worksheet works with any product analytics tool or a spreadsheet.' },
            { question: 'Is there a live session?', answer: 'Yes, every first Thursday of the month, with questions from attendees answered on air.' },
          ],
        },
        {
          blockType: 'callToAction',
          heading: 'Join the next live open class',
          button: { label: 'Reserve a seat', url: 'https://example.com/open-class/register' },
          style: 'primary',
        },
      ],
      coverImage: refs.media('cover-open-class.png'),
      topic: 'Growth layers',
      format: 'open-class',
      series: 'Flywheel Open Class',
      industries: refs.industries('internet'),
      product: refs.product('flywheel-insight'),
      targetLayers: refs.layers('general-value', 'potential-development'),
      tags: ['open-class', 'growth-layers'],
      authors: [refs.user('editor'), refs.user('developer')],
      meta: {
        title: 'Open class: designing growth layers for your product',
        description: 'A recorded 45-minute open class on choosing key behaviours, time windows and a weekly review for your growth layers.',
      },
    },
  },
]
