import type { ProductCopy } from '../../payload-types'
import type { ContentSeed } from '../steps/ensure'
import type { SeedRefs } from '../steps/refs'
import type { MediaName } from './media'
import type { ProductSlug } from './taxonomy'

type Link = { label: string; url: string }

/** The words of one introduction page in one language; `page` below lays them out. */
type Copy = {
  title: string
  summary: string
  meta: { title: string; description: string }
  hero: { heading: string; subheading: string; primary: Link; secondary: Link }
  features: { heading: string; items: { icon: string; title: string; text: string }[] }
  stats: { value: number; suffix?: string; label: string }[]
  cta: { heading: string; text: string; button: Link }
}

/** The same components in the same order for every language, so translations never drift apart in structure. */
const page = (copy: Copy, banner: number): NonNullable<ProductCopy['layout']> => [
  { blockType: 'hero', heading: copy.hero.heading, subheading: copy.hero.subheading, image: banner, primaryCta: copy.hero.primary, secondaryCta: copy.hero.secondary },
  { blockType: 'featureGrid', heading: copy.features.heading, columns: '3', features: copy.features.items },
  { blockType: 'stats', items: copy.stats },
  { blockType: 'callToAction', heading: copy.cta.heading, text: copy.cta.text, button: copy.cta.button, style: 'primary' },
]

const INTRODUCTIONS: { product: ProductSlug; banner: MediaName; en: Copy; zh: Copy }[] = [
  {
    product: 'flywheel-insight',
    banner: 'banner-flywheel-insight.png',
    en: {
      title: 'Flywheel Insight: see which accounts are really growing',
      summary: 'Product analytics for B2B teams that sorts every customer account into growth layers by what its people actually do.',
      meta: {
        title: 'Flywheel Insight · B2B product analytics by account',
        description: 'Flywheel Insight sorts every customer account into growth layers by behaviour, so your team knows who to help and who is at risk.',
      },
      hero: {
        heading: 'See which accounts are really growing',
        subheading: 'Flywheel Insight turns product events into growth layers per account, from dormant to paying, and shows who moved this week.',
        primary: { label: 'Start a free trial', url: 'https://example.com/trial/insight' },
        secondary: { label: 'Book a demo', url: 'https://example.com/demo/insight' },
      },
      features: {
        heading: 'Built for accounts, not page views',
        items: [
          { icon: 'layers', title: 'Growth layers', text: 'Five layers defined by key behaviours you can read and change.' },
          { icon: 'chart-line', title: 'Movement reports', text: 'Weekly counts of accounts moving up, stalling and slipping back.' },
          { icon: 'database', title: 'Warehouse sync', text: 'Billing and CRM data joined to product events by account id.' },
        ],
      },
      stats: [
        { value: 40, suffix: '%', label: 'less time spent building customer health reports' },
        { value: 3, suffix: 'x', label: 'earlier warning of renewal risk' },
      ],
      cta: {
        heading: 'Your first layers in under an hour',
        text: 'Install one snippet, identify accounts and the layers fill in on their own.',
        button: { label: 'Start a free trial', url: 'https://example.com/trial/insight' },
      },
    },
    zh: {
      title: '飞轮洞察：看清哪些客户在真正成长',
      summary: '面向 B 端团队的产品分析工具，根据客户团队的实际行为，把每个客户账户划分到对应的增长层级。',
      meta: {
        title: '飞轮洞察 · 按客户账户分析的 B 端产品数据平台',
        description: '飞轮洞察根据产品内的真实行为把每个客户账户划分到增长层级，让客户成功团队清楚地知道该重点帮助谁、哪些客户存在流失风险。',
      },
      hero: {
        heading: '看清哪些客户在真正成长',
        subheading: '飞轮洞察把产品事件转化为每个客户账户的增长层级，从沉睡到付费，并展示本周有哪些客户发生了变化。',
        primary: { label: '免费试用', url: 'https://example.com/zh/trial/insight' },
        secondary: { label: '预约演示', url: 'https://example.com/zh/demo/insight' },
      },
      features: {
        heading: '为客户账户而生，而不是页面浏览量',
        items: [
          { icon: 'layers', title: '增长分层', text: '五个层级，均由可读、可改的关键行为定义。' },
          { icon: 'chart-line', title: '层级流动报告', text: '每周统计上升、停滞和下滑的客户数量。' },
          { icon: 'database', title: '数据仓库同步', text: '按账户 ID 把账单和 CRM 数据与产品事件关联起来。' },
        ],
      },
      stats: [
        { value: 40, suffix: '%', label: '制作客户健康度报告的时间减少' },
        { value: 3, suffix: 'x', label: '更早发现续约风险' },
      ],
      cta: {
        heading: '一小时内看到第一份分层结果',
        text: '安装一段代码、识别客户账户，层级就会自动生成。',
        button: { label: '免费试用', url: 'https://example.com/zh/trial/insight' },
      },
    },
  },
  {
    product: 'flywheel-pipeline',
    banner: 'banner-flywheel-pipeline.png',
    en: {
      title: 'Flywheel Pipeline: one event stream from every site',
      summary: 'Collect, validate and route product and machine events from every site through one versioned schema registry.',
      meta: {
        title: 'Flywheel Pipeline · Event collection with a schema registry',
        description: 'Collect, validate and route events from every product and site through one versioned schema registry, ready for analytics.',
      },
      hero: {
        heading: 'One event stream from every site',
        subheading: 'Flywheel Pipeline collects events from apps, plants and branches, checks them against versioned schemas and routes them where they are needed.',
        primary: { label: 'Read the docs', url: 'https://example.com/docs/pipeline' },
        secondary: { label: 'Talk to an engineer', url: 'https://example.com/contact/pipeline' },
      },
      features: {
        heading: 'Events you can trust',
        items: [
          { icon: 'shield-check', title: 'Schema registry', text: 'Every event type is versioned; bad events are quarantined, not dropped.' },
          { icon: 'map-pin', title: 'Site dimension', text: 'Each event carries its site, so activation is counted per plant or branch.' },
          { icon: 'git-branch', title: 'Routing', text: 'Send the same stream to Insight, your warehouse and your alerting.' },
        ],
      },
      stats: [
        { value: 99.95, suffix: '%', label: 'collector availability over the last year' },
        { value: 120, suffix: 'k', label: 'events per second on a three-node cluster' },
      ],
      cta: {
        heading: 'Moving from Pipeline 1?',
        text: 'The migration guide takes you through schemas, collectors and cut-over, site by site.',
        button: { label: 'Plan your migration', url: 'https://example.com/docs/pipeline/migration' },
      },
    },
    zh: {
      title: '飞轮数据管道：汇聚所有站点的事件流',
      summary: '通过一个带版本的模式注册中心，采集、校验并分发来自每个产品和站点的产品事件与设备事件。',
      meta: {
        title: '飞轮数据管道 · 带模式注册中心的事件采集',
        description: '通过带版本管理的模式注册中心，采集、校验并分发来自每个产品和站点的事件数据，让下游分析、数据仓库和告警系统都能放心使用。',
      },
      hero: {
        heading: '汇聚所有站点的事件流',
        subheading: '飞轮数据管道从应用、工厂和网点采集事件，按版本化的模式进行校验，并分发到需要它们的地方。',
        primary: { label: '阅读文档', url: 'https://example.com/zh/docs/pipeline' },
        secondary: { label: '咨询工程师', url: 'https://example.com/zh/contact/pipeline' },
      },
      features: {
        heading: '值得信赖的事件数据',
        items: [
          { icon: 'shield-check', title: '模式注册中心', text: '每种事件类型都有版本；异常事件会被隔离，而不是丢弃。' },
          { icon: 'map-pin', title: '站点维度', text: '每个事件都带有站点信息，激活率可以按工厂或网点统计。' },
          { icon: 'git-branch', title: '灵活路由', text: '同一条事件流可同时发往洞察、数据仓库和告警系统。' },
        ],
      },
      stats: [
        { value: 99.95, suffix: '%', label: '过去一年采集服务的可用性' },
        { value: 120, suffix: 'k', label: '三节点集群每秒处理的事件数' },
      ],
      cta: {
        heading: '正在从数据管道 1 迁移？',
        text: '迁移指南带你逐个站点完成模式、采集器和切换。',
        button: { label: '规划迁移', url: 'https://example.com/zh/docs/pipeline/migration' },
      },
    },
  },
  {
    product: 'flywheel-engage',
    banner: 'banner-flywheel-engage.png',
    en: {
      title: 'Flywheel Engage: the right message for every growth layer',
      summary: 'Lifecycle messaging for B2B products: onboarding nudges, recall campaigns and renewal alerts driven by growth layers.',
      meta: {
        title: 'Flywheel Engage · Lifecycle messaging by growth layer',
        description: 'Onboarding nudges, recall campaigns and renewal alerts that follow each account as it moves between growth layers.',
      },
      hero: {
        heading: 'The right message for every growth layer',
        subheading: 'Flywheel Engage sends onboarding nudges, recall campaigns and renewal alerts when an account moves between layers, not on a fixed calendar.',
        primary: { label: 'See Engage in action', url: 'https://example.com/demo/engage' },
        secondary: { label: 'Browse templates', url: 'https://example.com/docs/engage/recall-templates' },
      },
      features: {
        heading: 'Messages that follow behaviour',
        items: [
          { icon: 'send', title: 'Layer triggers', text: 'Start a journey when an account enters, leaves or stalls in a layer.' },
          { icon: 'bell', title: 'Renewal alerts', text: 'Tell the account owner when a paying customer slips before renewal.' },
          { icon: 'award', title: 'Growth system', text: 'Tasks, levels and recognition for your customers’ own employees.' },
        ],
      },
      stats: [
        { value: 27, suffix: '%', label: 'of dormant accounts reactivated before renewal' },
        { value: 2, suffix: 'x', label: 'faster onboarding to the first key behaviour' },
      ],
      cta: {
        heading: 'Start with the recall playbook',
        text: 'Ninety days, three messages, one call. The templates are ready to use.',
        button: { label: 'Get the playbook', url: 'https://example.com/resources/recall-playbook' },
      },
    },
    zh: {
      title: '飞轮触达：为每个增长层级发送合适的消息',
      summary: '面向 B 端产品的生命周期消息：由增长层级驱动的新手引导、召回活动和续约提醒。',
      meta: {
        title: '飞轮触达 · 按增长层级驱动的生命周期消息',
        description: '飞轮触达根据客户账户在增长层级之间的变化，自动发送新手引导、沉睡召回和续约风险提醒，而不是按照固定的日程表群发消息。',
      },
      hero: {
        heading: '为每个增长层级发送合适的消息',
        subheading: '当客户账户在层级之间变化时，飞轮触达自动发送新手引导、召回活动和续约提醒，而不是按固定日程群发。',
        primary: { label: '观看产品演示', url: 'https://example.com/zh/demo/engage' },
        secondary: { label: '浏览模板', url: 'https://example.com/zh/docs/engage/recall-templates' },
      },
      features: {
        heading: '跟随行为的消息',
        items: [
          { icon: 'send', title: '层级触发', text: '客户进入、离开或停滞在某一层级时，自动开始对应的旅程。' },
          { icon: 'bell', title: '续约提醒', text: '付费客户在续约前出现下滑时，及时通知客户负责人。' },
          { icon: 'award', title: '成长体系', text: '为客户的员工提供任务、等级和认可，让成长看得见。' },
        ],
      },
      stats: [
        { value: 27, suffix: '%', label: '的沉睡客户在续约前被重新激活' },
        { value: 2, suffix: 'x', label: '更快完成新手引导的首个关键行为' },
      ],
      cta: {
        heading: '从召回手册开始',
        text: '九十天、三条消息、一次电话，模板开箱即用。',
        button: { label: '获取手册', url: 'https://example.com/zh/resources/recall-playbook' },
      },
    },
  },
]

/** Each product's introduction page, written in English and Chinese with the same components. */
export const productCopy = (refs: SeedRefs): ContentSeed<'product-copy'>[] =>
  INTRODUCTIONS.map(({ product, banner, en, zh }) => {
    const image = refs.media(banner)
    return {
      data: {
        title: en.title,
        slug: `${product}-introduction`,
        product: refs.product(product),
        page: 'introduction',
        summary: en.summary,
        layout: page(en, image),
        meta: en.meta,
      },
      zh: { title: zh.title, summary: zh.summary, layout: page(zh, image), meta: zh.meta },
    }
  })
