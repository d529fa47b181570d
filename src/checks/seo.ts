import { SEO_LIMITS } from './limits'

type WithMeta = { meta?: { title?: string | null; description?: string | null } | null }

const length = (value: string) => [...value].length

/**
 * Missing or badly sized SEO fields (from @payloadcms/plugin-seo): a title of at most 70 characters
 * and a description of 50–160, the lengths search results show without cutting them off.
 * Characters are counted as code points, so a CJK title is measured as readers see it.
 */
export const seoProblems = (doc: WithMeta): string[] => {
  const { titleMax, descriptionMin, descriptionMax } = SEO_LIMITS
  const title = doc.meta?.title?.trim() ?? ''
  const description = doc.meta?.description?.trim() ?? ''
  const problems: string[] = []
  if (!title) problems.push(`meta.title (SEO title) is empty; write one of at most ${titleMax} characters`)
  else if (length(title) > titleMax)
    problems.push(`meta.title (SEO title) is ${length(title)} characters; keep it to ${titleMax} or fewer`)
  if (!description)
    problems.push(`meta.description (SEO description) is empty; write ${descriptionMin}–${descriptionMax} characters`)
  else if (length(description) < descriptionMin)
    problems.push(`meta.description (SEO description) is ${length(description)} characters; write at least ${descriptionMin}`)
  else if (length(description) > descriptionMax)
    problems.push(`meta.description (SEO description) is ${length(description)} characters; keep it to ${descriptionMax} or fewer`)
  return problems
}
