import type { Payload } from 'payload'

import { querySql } from '../../db/raw-sql'
import { aggregateContacts } from './aggregate'
import { loadLayerConfig, requirementsOf } from './config'
import { layersEngine, accountMetrics } from './recompute'
import { emptyMetrics, ruleMatches, type Rule } from './rules'
import { storedContacts } from './stored'

export type RulePreview = {
  contacts: number
  accounts: number
  examples: { contacts: { id: number; email: string | null }[]; accounts: { id: number; name: string; domain: string }[] }
}

const EXAMPLES = 5

/** Who a rule would take right now: contacts and accounts whose aggregates match it, with a few of each. */
export const previewRule = async (payload: Payload, rule: Rule): Promise<RulePreview> => {
  const engine = layersEngine(payload)
  const { currency } = await loadLayerConfig(payload)
  const now = Date.now()
  const [metrics, contacts] = await Promise.all([
    aggregateContacts(payload, { engine, requirements: requirementsOf(rule.conditions), currency, now }),
    storedContacts(payload),
  ])
  const ofContact = (id: number) => metrics.get(id) ?? emptyMetrics()
  const contactIds = contacts.filter((c) => ruleMatches(rule, ofContact(c.id), now)).map((c) => c.id)
  const accountIds = [...accountMetrics(contacts, ofContact)].filter(([, m]) => ruleMatches(rule, m, now)).map(([id]) => id)
  const pick = async (table: string, columns: string, ids: number[]) =>
    ids.length ? ((await querySql(payload, `SELECT id, ${columns} FROM ${table} WHERE id IN (${ids.map(() => '?').join(', ')}) ORDER BY id`, ids)) ?? []) : []
  const sample = <T>(ids: number[]) => [...ids].sort((a, b) => a - b).slice(0, EXAMPLES) as T
  return {
    contacts: contactIds.length,
    accounts: accountIds.length,
    examples: {
      contacts: (await pick('contacts', 'email', sample(contactIds))).map((r) => ({ id: Number(r.id), email: (r.email as string | null) ?? null })),
      accounts: (await pick('accounts', 'name, domain', sample(accountIds))).map((r) => ({ id: Number(r.id), name: String(r.name), domain: String(r.domain) })),
    },
  }
}
