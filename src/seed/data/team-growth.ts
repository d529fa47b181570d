import type { GrowthTask, Medal } from '../../payload-types'

type MedalSeed = Pick<Medal, 'name' | 'slug' | 'title' | 'description'> & { criteria: Medal['criteria'] }
type TaskSeed = Pick<GrowthTask, 'title' | 'kind' | 'rule' | 'target' | 'reward'> & Partial<Pick<GrowthTask, 'description' | 'sourcePrefix' | 'detail' | 'scope' | 'period' | 'series' | 'step'>>

/** Default medals: results others can see (publications, reviews, kudos, levels, a finished series). */
export const MEDALS: MedalSeed[] = [
  { name: 'First publication', slug: 'first-publication', title: 'Author', description: 'Published a first piece of content.', criteria: { kind: 'rule-count', rule: 'content.published', min: 1 } },
  { name: 'Prolific', slug: 'prolific', title: 'Prolific author', description: 'Five published pieces.', criteria: { kind: 'rule-count', rule: 'content.published', min: 5 } },
  { name: 'Keen reviewer', slug: 'keen-reviewer', title: 'Keen reviewer', description: 'Five completed reviews.', criteria: { kind: 'rule-count', rule: 'review.completed', min: 5 } },
  { name: 'Appreciated', slug: 'appreciated', title: 'Appreciated', description: 'Kudos worth 5 from colleagues.', criteria: { kind: 'kudos', min: 5 } },
  { name: 'Rising star', slug: 'rising-star', title: 'Rising star', description: 'Reached level 3.', criteria: { kind: 'level', min: 3 } },
  { name: 'Pathfinder', slug: 'pathfinder', title: 'Pathfinder', description: "Finished the writer's path.", criteria: { kind: 'series', series: 'writers-path', min: 3 } },
]

/** Default tasks (issue 6): novice onboarding, a main goal, a recurring one and a series of three steps. */
export const TASKS: TaskSeed[] = [
  { title: 'Publish your first guide', kind: 'novice', rule: 'content.published', sourcePrefix: 'guides:', target: 1, reward: 20 },
  { title: 'Schedule your first distribution', kind: 'novice', rule: 'distribution.sent', target: 1, reward: 20 },
  { title: 'A white paper that brings 50 leads', kind: 'main', rule: 'conversion.credited', detail: 'lead', sourcePrefix: 'white-papers:', scope: 'single-source', target: 50, reward: 200 },
  { title: 'Review 5 submissions this week', kind: 'recurring', period: 'week', rule: 'review.completed', target: 5, reward: 15 },
  { title: "Writer's path 1: publish one piece", kind: 'main', rule: 'content.published', target: 1, reward: 10, series: 'writers-path', step: 1 },
  { title: "Writer's path 2: publish three pieces", kind: 'main', rule: 'content.published', target: 3, reward: 30, series: 'writers-path', step: 2 },
  { title: "Writer's path 3: publish six pieces", kind: 'main', rule: 'content.published', target: 6, reward: 60, series: 'writers-path', step: 3 },
]

/** Teams of the demo members (steps/users.ts); the marketer leads growth. */
export const TEAMS: Record<'editor' | 'reviewer' | 'marketer' | 'developer', { team: string; teamLead?: boolean }> = {
  editor: { team: 'content' },
  reviewer: { team: 'content' },
  marketer: { team: 'growth', teamLead: true },
  developer: { team: 'growth' },
}
