import type { DownloadGateBlock } from '../../payload-types'
import type { ContentSeed } from '../steps/ensure'
import type { SeedRefs } from '../steps/refs'
import { h2, link, p, richText, strong, ul } from './richtext'

/** The lead form of a gated PDF: work email required, the rest helps sales route the lead. */
export const downloadGate = (asset: number, heading: string, text: string): DownloadGateBlock => ({
  blockType: 'downloadGate',
  heading,
  text,
  asset,
  formFields: [
    { name: 'email', label: 'Work email', type: 'email', required: true },
    { name: 'company', label: 'Company', type: 'text', required: true },
    { name: 'jobTitle', label: 'Job title', type: 'text' },
    {
      name: 'teamSize',
      label: 'Team size',
      type: 'select',
      options: [{ label: '1–50' }, { label: '51–500' }, { label: '501–5,000' }, { label: 'More than 5,000' }],
    },
  ],
  submitLabel: 'Send me the PDF',
  consentText: 'Flywheel may email me about this report and related events. I can unsubscribe at any time.',
})

/** White papers across industries; the public-sector one waits in review, two are translated. */
export const whitePapers = (refs: SeedRefs): ContentSeed<'white-papers'>[] => [
  {
    data: {
      title: 'Growth layers in commercial banking',
      slug: 'growth-layers-in-commercial-banking',
      summary:
        'Business clients of a digital bank behave like users of a B2B SaaS product: most sign up, few adopt. ' +
        'This paper shows how to sort them into five growth layers and what a relationship team should do for each.',
      body: richText(
        h2('Why banks lose business clients quietly'),
        p(
          'A business client rarely closes an account. It stops logging in to cash management, routes payroll through another bank ',
          'and lets the relationship shrink until the renewal of its credit line. By then the decision has been made.',
        ),
        p(
          'Retail apps learned long ago to watch behaviour instead of contracts. Commercial banking can do the same, ',
          'as long as the layers describe what a finance team actually does on the platform.',
        ),
        h2('Five layers, one question each'),
        p('Each layer is defined by one key behaviour, so anyone on the team can tell where a client stands:'),
        ul(
          [strong('Dormant: '), 'has the client done anything at all in the last 90 days?'],
          [strong('General value: '), 'has someone from the client visited the cash-management portal?'],
          [strong('Potential development: '), 'has the client connected its ERP or accounting system?'],
          [strong('Heavy retention: '), 'does its finance team approve payments on the platform every week?'],
          [strong('Paying: '), 'does it pay for at least one add-on such as FX hedging or liquidity sweeps?'],
        ),
        p(
          'The events behind each question and the thresholds we recommend are listed in ',
          link('https://example.com/docs/growth-layers', 'the growth layers reference'),
          '.',
        ),
        h2('What relationship teams do in each layer'),
        p(
          'General-value clients need regular, low-cost updates. Potential-development clients need a guided path to their first ',
          'automated payment run. Heavy-retention clients need their problems fixed first, because they feel every defect. ',
          'Paying clients need an adviser who understands their industry, not a quota.',
        ),
        h2('Measuring movement, not snapshots'),
        p(
          'The useful number is not how many clients sit in a layer but how many move up each month, and how long the move takes. ',
          'Banks in our benchmark that reviewed layer movement weekly halved the time from onboarding to first add-on.',
        ),
      ),
      layout: [
        {
          blockType: 'hero',
          heading: 'Growth layers in commercial banking',
          subheading: 'A practical model for turning onboarded business clients into active, paying ones.',
          image: refs.media('cover-growth-layers-banking.png'),
          primaryCta: { label: 'Read the growth layers reference', url: 'https://example.com/docs/growth-layers' },
          secondaryCta: { label: 'Talk to a banking specialist', url: 'https://example.com/contact/banking' },
        },
        {
          blockType: 'stats',
          items: [
            { value: 38, suffix: '%', label: 'of onboarded business clients were dormant after six months' },
            { value: 2.4, suffix: 'x', label: 'more add-on revenue from clients who connected their ERP' },
            { value: 11, label: 'weeks from first login to first paid add-on, down from 23' },
          ],
        },
        {
          blockType: 'featureGrid',
          heading: 'What the full paper covers',
          columns: '3',
          features: [
            { icon: 'layers', title: 'Layer definitions', text: 'Events and thresholds for each of the five layers, tested with four banks.' },
            { icon: 'route', title: 'Playbooks per layer', text: 'Who on the relationship team acts, through which channel, and how often.' },
            { icon: 'chart-line', title: 'Movement metrics', text: 'The weekly report that shows clients moving up, stalling or slipping back.' },
          ],
        },
        {
          blockType: 'testimonial',
          quote:
            'We used to find out a client had left when its credit line came up for renewal. ' +
            'Now the relationship manager sees the drop in payment approvals the same week.',
          authorName: 'Grace Okafor',
          role: 'Head of Digital Business Banking',
          company: 'Harbor Bank',
        },
        downloadGate(
          refs.media('growth-layers-in-commercial-banking.pdf'),
          'Download the full white paper',
          'Twenty-four pages with the layer definitions, playbooks and the benchmark from four commercial banks.',
        ),
      ],
      coverImage: refs.media('cover-growth-layers-banking.png'),
      file: refs.media('growth-layers-in-commercial-banking.pdf'),
      gated: true,
      industries: refs.industries('finance'),
      product: refs.product('flywheel-insight'),
      targetLayers: refs.layers('general-value', 'potential-development', 'heavy-retention', 'paying'),
      tags: ['growth-layers', 'banking', 'playbook'],
      authors: [refs.user('editor'), refs.user('marketer')],
      meta: {
        title: 'Growth layers in commercial banking · Flywheel',
        description: 'Sort business banking clients into five growth layers by behaviour and give each layer the right playbook before renewal.',
      },
    },
    zh: {
      title: '商业银行的用户增长分层',
      summary: '数字银行的企业客户和 B 端 SaaS 的用户一样：注册的多，真正用起来的少。本文介绍如何按行为把企业客户分成五个增长层级，以及客户经理在每一层该做什么。',
      body: richText(
        h2('为什么银行会悄悄失去企业客户'),
        p('企业客户很少主动销户。它只是不再登录现金管理平台，把代发工资转到别家银行，直到授信续期时才发现关系早已名存实亡。'),
        h2('五个层级，各问一个问题'),
        ul(
          [strong('沉睡：'), '近 90 天内客户有没有任何操作？'],
          [strong('一般价值：'), '客户是否访问过现金管理门户？'],
          [strong('潜力发展：'), '客户是否已对接 ERP 或财务系统？'],
          [strong('重度留存：'), '客户的财务团队是否每周在平台上审批付款？'],
          [strong('付费：'), '客户是否至少购买了一项增值服务？'],
        ),
        p('每个问题背后的事件和推荐阈值见', link('https://example.com/docs/growth-layers', '增长分层参考文档'), '。'),
      ),
      meta: {
        title: '商业银行的用户增长分层 · 飞轮',
        description: '按行为把企业银行客户分为五个增长层级，为每一层配置合适的运营打法，在授信续期之前提升活跃度与付费转化，减少客户的悄然流失。',
      },
    },
  },
  {
    state: 'in_review',
    data: {
      title: 'Adoption before renewal in the public sector',
      slug: 'adoption-before-renewal-public-sector',
      summary:
        'A department buys the licence; its staff decide whether it is renewed. How agencies and their vendors can build a growth system ' +
        'around real work skills, so that adoption is visible long before the budget review.',
      body: richText(
        h2('The buyer is not the user'),
        p(
          'In government, procurement signs the contract and the case workers live with the software. When the tool makes their day harder, ',
          'usage drops and the renewal request arrives with no evidence that anyone used what was bought.',
        ),
        h2('A growth system built on real skills'),
        p(
          'Consumer apps reward logging in every day. Staff in an agency need something else: recognition that they mastered a workflow, ',
          'that a colleague relied on their report, that their team closed cases faster. Tasks, levels and badges still work, ',
          'as long as every one of them maps to a skill the job actually needs.',
        ),
        ul(
          'Onboarding tasks that finish with a real case handled, not a tour completed.',
          'Levels that mirror the agency’s own competency framework.',
          'Recognition from supervisors inside the product, where it is seen.',
        ),
        p('See how CivicCloud measured it in ', link('https://example.com/customers/civiccloud', 'the CivicCloud story'), '.'),
      ),
      layout: [
        {
          blockType: 'faq',
          items: [
            {
              question: 'Does a growth system mean gamifying public servants’ work?',
              answer: 'No. Every task and level maps to a skill in the agency’s competency framework. Points for logging in are deliberately left out.',
            },
            {
              question: 'What evidence does the renewal request get?',
              answer: 'Adoption by team and workflow over the whole contract period, exported from Flywheel Engage as a one-page report.',
            },
          ],
        },
      ],
      coverImage: refs.media('cover-adoption-public-sector.png'),
      file: refs.media('adoption-before-renewal-public-sector.pdf'),
      industries: refs.industries('government', 'public-security'),
      product: refs.product('flywheel-engage'),
      targetLayers: refs.layers('dormant', 'general-value'),
      tags: ['renewal', 'growth-system', 'public-sector'],
      authors: [refs.user('editor')],
      meta: {
        title: 'Adoption before renewal in the public sector · Flywheel',
        description: 'Build a growth system around real work skills so agency staff adopt the software and the renewal has evidence behind it.',
      },
    },
  },
  {
    data: {
      title: 'Audience retention for digital media',
      slug: 'audience-retention-for-digital-media',
      summary:
        'Newsrooms and streaming teams buy analytics to understand readers, then read one dashboard a month. ' +
        'How media groups retain heavy users of their own tools and turn editors into daily users.',
      body: richText(
        h2('Editors are the users that matter'),
        p(
          'In a media group the contract is signed by the digital director, but the product lives or dies with the editors on shift. ',
          'If the homepage editor cannot see within seconds which story is holding readers, she will go back to gut feeling.',
        ),
        h2('Three habits of retained newsroom teams'),
        ul(
          'A dashboard on the newsroom wall, refreshed every minute during the shift.',
          'A weekly review of the stories that brought readers back the next day, not only the most-read ones.',
          'Alerts sent to the chat the desk already uses, instead of another inbox.',
        ),
        p(
          'The retention report used in this paper is described in ',
          link('https://example.com/docs/insight/retention-report', 'the retention report documentation'),
          '.',
        ),
      ),
      layout: [
        {
          blockType: 'stats',
          items: [
            { value: 63, suffix: '%', label: 'of editors opened Insight daily after the wall dashboard went up' },
            { value: 18, suffix: '%', label: 'more readers returning within seven days' },
          ],
        },
        {
          blockType: 'callToAction',
          heading: 'See the newsroom dashboard in action',
          text: 'A 20-minute walkthrough with the Northwind Media audience team.',
          button: { label: 'Book the walkthrough', url: 'https://example.com/demo/media' },
          style: 'primary',
        },
      ],
      coverImage: refs.media('cover-media-retention.png'),
      file: refs.media('audience-retention-for-digital-media.pdf'),
      industries: refs.industries('media', 'internet'),
      product: refs.product('flywheel-insight'),
      targetLayers: refs.layers('potential-development', 'heavy-retention'),
      tags: ['retention', 'media'],
      authors: [refs.user('marketer')],
      meta: {
        title: 'Audience retention for digital media · Flywheel',
        description: 'How media groups make editors daily users of their analytics and bring more readers back within a week.',
      },
    },
    zh: {
      title: '数字媒体的受众留存',
      summary: '新闻编辑部和流媒体团队采购了分析工具，却一个月才看一次看板。本文介绍媒体集团如何留住自家工具的重度用户，让编辑每天都用起来。',
      meta: {
        title: '数字媒体的受众留存 · 飞轮',
        description: '媒体集团如何让一线编辑每天使用数据分析工具：在编辑部大屏上展示实时看板，每周复盘回访读者，把提醒推送到团队常用的聊天工具里。',
      },
    },
  },
  {
    data: {
      title: 'Activation metrics for industrial SaaS',
      slug: 'activation-metrics-for-industrial-saas',
      summary:
        'On the factory floor, a signed contract says nothing about use. Which events show that a plant has really started ' +
        'sending machine data, and how to count activation when one customer has forty sites.',
      body: richText(
        h2('Count sites, not accounts'),
        p(
          'A manufacturer is one customer and forty plants. Activation that is counted per account hides the thirty-five plants ',
          'that never connected a single line. Count the share of sites that send data every day instead.',
        ),
        h2('Three activation events'),
        ul(
          [strong('First event: '), 'a line sends its first machine event through Flywheel Pipeline.'],
          [strong('First schema: '), 'the plant’s events are mapped to the shared schema, so reports compare sites.'],
          [strong('First decision: '), 'a shift lead changes a setting because of what a report showed.'],
        ),
        p('The event names are in ', link('https://example.com/docs/pipeline/events', 'the Pipeline event reference'), '.'),
      ),
      layout: [
        {
          blockType: 'comparisonTable',
          heading: 'Account-level versus site-level activation',
          columns: [{ name: 'Per account' }, { name: 'Per site' }],
          rows: [
            { feature: 'Share reported as active', values: [{ value: '92%' }, { value: '31%' }] },
            { feature: 'Shows plants that never connected', values: [{ value: 'No' }, { value: 'Yes' }] },
            { feature: 'Predicts renewal', values: [{ value: 'Weakly' }, { value: 'Strongly' }] },
          ],
        },
        {
          blockType: 'callToAction',
          heading: 'Measure activation per site',
          text: 'Flywheel Pipeline ships with a site dimension on every event.',
          button: { label: 'Read the setup guide', url: 'https://example.com/docs/pipeline/sites' },
          style: 'secondary',
        },
      ],
      coverImage: refs.media('cover-industrial-activation.png'),
      file: refs.media('activation-metrics-for-industrial-saas.pdf'),
      industries: refs.industries('manufacturing'),
      product: refs.product('flywheel-pipeline'),
      targetLayers: refs.layers('general-value', 'potential-development'),
      tags: ['activation', 'manufacturing'],
      authors: [refs.user('editor')],
      meta: {
        title: 'Activation metrics for industrial SaaS · Flywheel',
        description: 'Count activation per plant, not per account: three events that show a manufacturing site really uses your product.',
      },
    },
  },
  {
    data: {
      title: 'Waking dormant accounts in retail',
      slug: 'waking-dormant-accounts-in-retail',
      summary:
        'Retail chains buy tools for the season and forget them after it. A recall programme for dormant accounts that starts ' +
        'ninety days before renewal, with the message each store manager needs.',
      body: richText(
        h2('Dormancy has a calendar'),
        p(
          'Retail accounts go quiet after peak season and wake up too late for the renewal. ',
          'Plan the recall from the renewal date backwards, not from the day usage dropped.',
        ),
        h2('A ninety-day recall'),
        ul(
          'Day 90: a short report of what the account achieved last season, sent to the store managers who used it.',
          'Day 60: one new feature that solves a problem they had last season, with a two-minute video.',
          'Day 30: a call from customer success, with the usage numbers ready.',
        ),
        p('Templates for each message are in ', link('https://example.com/docs/engage/recall-templates', 'the Engage recall templates'), '.'),
      ),
      layout: [
        {
          blockType: 'stats',
          items: [
            { value: 27, suffix: '%', label: 'of dormant retail accounts reactivated before renewal' },
            { value: 90, label: 'days of lead time before the renewal date' },
          ],
        },
        downloadGate(
          refs.media('waking-dormant-accounts-in-retail.pdf'),
          'Get the recall playbook',
          'The ninety-day calendar, message templates and the numbers from Lumen Retail’s programme.',
        ),
      ],
      coverImage: refs.media('cover-retail-dormant.png'),
      file: refs.media('waking-dormant-accounts-in-retail.pdf'),
      gated: true,
      industries: refs.industries('retail', 'internet'),
      product: refs.product('flywheel-engage'),
      targetLayers: refs.layers('dormant', 'general-value'),
      tags: ['recall', 'retail', 'renewal'],
      authors: [refs.user('marketer')],
      meta: {
        title: 'Waking dormant accounts in retail · Flywheel',
        description: 'A ninety-day recall programme that brings dormant retail accounts back before their renewal date comes up.',
      },
    },
  },
  {
    data: {
      title: 'Operational analytics for airports',
      slug: 'operational-analytics-for-airports',
      summary:
        'Airports run on dozens of systems owned by different teams. How an operations centre consolidates their events ' +
        'into one view, and what Meridian Air learned while doing it.',
      body: richText(
        h2('One view across owners'),
        p(
          'Baggage, security lanes, gates and ground handling each have their own system and their own owner. ',
          'An operations centre needs their events side by side, with the same clock and the same flight identifiers.',
        ),
        h2('Start with one question'),
        p(
          'Meridian Air started with a single question: which flights will miss their slot because of a queue somewhere else? ',
          'Every integration after that had to help answer it.',
        ),
        p('Read the full story on ', link('https://example.com/customers/meridian-air', 'the Meridian Air customer page'), '.'),
      ),
      layout: [
        {
          blockType: 'logoWall',
          heading: 'Operations teams using Flywheel Insight',
          logos: [
            { media: refs.media('logo-meridian-air.png'), name: 'Meridian Air', url: 'https://example.com/customers/meridian-air' },
            { media: refs.media('logo-civiccloud.png'), name: 'CivicCloud', url: 'https://example.com/customers/civiccloud' },
          ],
        },
        {
          blockType: 'testimonial',
          quote: 'For the first time the duty manager sees the security queue and the gate delay on the same screen, ten minutes before they collide.',
          authorName: 'Tomás Reyes',
          role: 'Director of Airport Operations',
          company: 'Meridian Air',
        },
      ],
      coverImage: refs.media('cover-airport-operations.png'),
      file: refs.media('operational-analytics-for-airports.pdf'),
      industries: refs.industries('airports', 'public-security'),
      product: refs.product('flywheel-insight'),
      targetLayers: refs.layers('heavy-retention', 'paying'),
      tags: ['operations', 'airports'],
      authors: [refs.user('editor'), refs.user('admin')],
      meta: {
        title: 'Operational analytics for airports · Flywheel',
        description: 'How an airport operations centre brings baggage, security and gate events into one view to protect departure slots.',
      },
    },
  },
]
