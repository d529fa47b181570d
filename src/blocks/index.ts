import type { Block } from 'payload'

import type { BlockBase } from '../render/block'
import type { RenderContext } from '../render/context'
import { CallToAction } from './CallToAction/config'
import { renderCallToAction, type CallToActionBlockData } from './CallToAction/render'
import { CodeSample } from './CodeSample/config'
import { renderCodeSample, type CodeSampleBlockData } from './CodeSample/render'
import { ComparisonTable } from './ComparisonTable/config'
import { renderComparisonTable, type ComparisonTableBlockData } from './ComparisonTable/render'
import { DownloadGate } from './DownloadGate/config'
import { renderDownloadGate, type DownloadGateBlockData } from './DownloadGate/render'
import { FAQ } from './FAQ/config'
import { renderFAQ, type FAQBlockData } from './FAQ/render'
import { FeatureGrid } from './FeatureGrid/config'
import { renderFeatureGrid, type FeatureGridBlockData } from './FeatureGrid/render'
import { Hero } from './Hero/config'
import { renderHero, type HeroBlockData } from './Hero/render'
import { LogoWall } from './LogoWall/config'
import { renderLogoWall, type LogoWallBlockData } from './LogoWall/render'
import { RichText } from './RichText/config'
import { renderRichText, type RichTextBlockData } from './RichText/render'
import { Stats } from './Stats/config'
import { renderStats, type StatsBlockData } from './Stats/render'
import { Testimonial } from './Testimonial/config'
import { renderTestimonial, type TestimonialBlockData } from './Testimonial/render'
import { Video } from './Video/config'
import { renderVideo, type VideoBlockData } from './Video/render'

export type { RenderContext } from '../render/context'

/** The standard components, in the order the admin's block picker shows them. */
export const allBlocks: Block[] = [
  Hero,
  RichText,
  FeatureGrid,
  Stats,
  Testimonial,
  LogoWall,
  CallToAction,
  FAQ,
  ComparisonTable,
  Video,
  CodeSample,
  DownloadGate,
]

/** Any block this module can render. */
export type StandardBlockData =
  | HeroBlockData
  | RichTextBlockData
  | FeatureGridBlockData
  | StatsBlockData
  | TestimonialBlockData
  | LogoWallBlockData
  | CallToActionBlockData
  | FAQBlockData
  | ComparisonTableBlockData
  | VideoBlockData
  | CodeSampleBlockData
  | DownloadGateBlockData

type Renderers = {
  [Slug in StandardBlockData['blockType']]: (block: Extract<StandardBlockData, { blockType: Slug }>, ctx: RenderContext) => string
}

const renderers: Renderers = {
  hero: renderHero,
  richText: renderRichText,
  featureGrid: renderFeatureGrid,
  stats: renderStats,
  testimonial: renderTestimonial,
  logoWall: renderLogoWall,
  callToAction: renderCallToAction,
  faq: renderFAQ,
  comparisonTable: renderComparisonTable,
  video: renderVideo,
  codeSample: renderCodeSample,
  downloadGate: renderDownloadGate,
}

// A Map, not an index into the object: a blockType of "constructor" or "__proto__" must find nothing.
const rendererBySlug = new Map(Object.entries(renderers)) as Map<string, (block: BlockBase, ctx: RenderContext) => string>

/**
 * What `renderBlocks` accepts: typed blocks, or rows straight from the database or a hook where
 * the shape is not known yet. Only `blockType` is read before dispatch.
 */
export type BlockInput = { blockType?: string | null; id?: unknown } | null | undefined

/**
 * HTML for a `blocks` field's value, in order. A block type this module does not know (removed, or
 * added by a plugin) renders nothing rather than failing the page.
 */
export const renderBlocks = (blocks: readonly BlockInput[] | null | undefined, ctx: RenderContext = {}): string =>
  (blocks ?? [])
    .map((block, index) => {
      const render = typeof block?.blockType === 'string' ? rendererBySlug.get(block.blockType) : undefined
      if (!block || !render) return ''
      // Unsaved blocks (live preview) have no id yet; the position keeps element ids unique.
      const id = typeof block.id === 'string' && block.id ? block.id : String(index + 1)
      return render({ ...(block as BlockBase), id }, ctx)
    })
    .filter(Boolean)
    .join('\n')
