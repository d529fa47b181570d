import type { Payload } from 'payload'

import { type LayerTransitionsInput, subjectType } from './schemas'
import { transitionCounts } from './transition-counts'

export type MatrixCell = { from: string | null; to: string | null; count: number }

/** The transition matrix of a period: how many contacts or accounts moved from each layer to each other one (from null: first placed). Largest first. */
export const layerTransitionMatrix = async (payload: Payload, input: LayerTransitionsInput): Promise<MatrixCell[]> => {
  const cells = new Map<string, MatrixCell>()
  for (const c of await transitionCounts(payload, subjectType(input.subject), input.to, input.from)) {
    const key = JSON.stringify([c.from, c.to])
    const cell = cells.get(key) ?? { from: c.from, to: c.to, count: 0 }
    cell.count += c.count
    cells.set(key, cell)
  }
  return [...cells.values()].sort((a, b) => b.count - a.count || String(a.from).localeCompare(String(b.from)) || String(a.to).localeCompare(String(b.to)))
}
