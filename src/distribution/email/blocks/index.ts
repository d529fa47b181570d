import type { BlockInput, StandardBlockData } from '../../../blocks'
import type { BlockBase } from '../../../render/block'
import type { EmailEnv, EmailPart } from '../types'
import { callToActionEmail } from './call-to-action'
import { codeSampleEmail } from './code-sample'
import { comparisonTableEmail } from './comparison-table'
import { downloadGateEmail } from './download-gate'
import { faqEmail } from './faq'
import { featureGridEmail } from './feature-grid'
import { heroEmail } from './hero'
import { logoWallEmail } from './logo-wall'
import { richTextEmail } from './rich-text'
import { statsEmail } from './stats'
import { testimonialEmail } from './testimonial'
import { videoEmail } from './video'

type Converters = {
  [Slug in StandardBlockData['blockType']]: (block: Extract<StandardBlockData, { blockType: Slug }>, env: EmailEnv) => EmailPart
}

// Typed as a complete map: a standard block added to src/blocks without an email form fails to compile.
const converters: Converters = {
  hero: heroEmail,
  richText: richTextEmail,
  featureGrid: featureGridEmail,
  stats: statsEmail,
  testimonial: testimonialEmail,
  logoWall: logoWallEmail,
  callToAction: callToActionEmail,
  faq: faqEmail,
  comparisonTable: comparisonTableEmail,
  video: videoEmail,
  codeSample: codeSampleEmail,
  downloadGate: downloadGateEmail,
}

// A Map, not an index into the object: a blockType of "constructor" or "__proto__" must find nothing.
const converterBySlug = new Map(Object.entries(converters)) as Map<string, (block: BlockBase, env: EmailEnv) => EmailPart>

/**
 * Each block in its email form, in order, leaving out empty ones. A block type without an email
 * form (removed, or added by a plugin) is skipped, as `renderBlocks` skips it on the site.
 */
export const blocksEmail = (blocks: readonly BlockInput[] | null | undefined, env: EmailEnv): EmailPart[] =>
  (blocks ?? []).flatMap((block) => {
    const convert = typeof block?.blockType === 'string' ? converterBySlug.get(block.blockType) : undefined
    if (!block || !convert) return []
    const part = convert(block as BlockBase, env)
    return part.html ? [part] : []
  })
