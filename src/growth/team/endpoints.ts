import type { Endpoint, PayloadRequest } from 'payload'

import { ROLES, hasRole } from '../../access/roles'
import { forbidden, unauthorized } from '../../content/queries/errors'
import { parseInput } from '../../content/queries/schemas'
import { myGrowth } from './my-growth'
import { growthRanking, rankingInput } from './ranking'

/** The growth system is the team's: any signed-in user with a role. */
export const assertTeamMember = (user: PayloadRequest['user']): number => {
  if (!user) throw unauthorized('Sign in to see growth')
  if (!hasRole(user, ...ROLES)) throw forbidden('Growth is for team members')
  return Number(user.id)
}

// GET /api/growth/me – the signed-in member's value, level, medals, tasks and privileges
export const myGrowthEndpoint: Endpoint = {
  method: 'get',
  path: '/growth/me',
  handler: async (req) => Response.json(await myGrowth(req.payload, assertTeamMember(req.user))),
}

// GET /api/growth/ranking?team=content&period=WEEK|MONTH|ALL&from=&to=
export const growthRankingEndpoint: Endpoint = {
  method: 'get',
  path: '/growth/ranking',
  handler: async (req) => {
    assertTeamMember(req.user)
    return Response.json(await growthRanking(req.payload, parseInput(rankingInput, Object.fromEntries(req.searchParams))))
  },
}

export const growthEndpoints: Endpoint[] = [myGrowthEndpoint, growthRankingEndpoint]
