import type { Payload } from 'payload'

import type { EventRow } from '../../attribution/ingest/to-row'
import type { Conversion } from '../../payload-types'
import { querySql } from '../../db/raw-sql'
import { updateLayersFor, type Trigger } from './incremental'
import { contactsOfKeys } from './stored'

/**
 * After the events buffer stored a batch (and stitched its identify calls): the contacts behind it are
 * placed again, each move triggered by that contact's last track event of the batch (else its last
 * event). Never throws: a failure here must not make the buffer write the batch again; the nightly
 * recompute repairs whatever was missed.
 */
export const layersAfterEvents = async (payload: Payload, rows: readonly EventRow[]): Promise<void> => {
  try {
    const keysOf = (r: EventRow) => [r.userId ? `user:${r.userId}` : null, r.anonymousId ? `anonymous:${r.anonymousId}` : null].filter((k): k is string => k !== null)
    const owners = await contactsOfKeys(payload, [...new Set(rows.flatMap(keysOf))])
    if (owners.size === 0) return
    const triggers = new Map<number, Trigger & { track: boolean }>()
    for (const r of rows) {
      const contact = keysOf(r).map((k) => owners.get(k)).find((id) => id !== undefined)
      if (contact === undefined) continue
      const track = r.type === 'track'
      if (!track && triggers.get(contact)?.track) continue
      triggers.set(contact, { kind: 'event', event: r.event ?? r.type, id: r.dedupeKey, track })
    }
    await updateLayersFor(payload, [...triggers.keys()], (id) => triggers.get(id) ?? { kind: 'event' })
  } catch (err) {
    payload.logger.error({ err, msg: `updating growth layers after ${rows.length} events failed` })
  }
}

/**
 * After a conversion is stored, stitched and credited: its contact (and, for a refund, the contact of
 * the refunded purchase) is placed again. Records the contact on the conversion when crediting did not
 * get that far. Never throws: the conversion's answer does not depend on it.
 */
export const layersAfterConversion = async (payload: Payload, conversion: Conversion, contactId: number): Promise<void> => {
  try {
    await querySql(payload, 'UPDATE conversions SET contact_id = ? WHERE id = ? AND contact_id IS NULL', [contactId, Number(conversion.id)])
    const ids = [contactId]
    const refundOf = (conversion.properties as { refundOf?: unknown } | null)?.refundOf
    if (conversion.event === 'refund' && typeof refundOf === 'string') {
      const rows = await querySql(payload, 'SELECT contact_id FROM conversions WHERE dedupe_key = ?', [`${conversion.sourceId}:${refundOf}`])
      const refunded = rows?.[0]?.contact_id
      if (refunded != null) ids.push(Number(refunded))
    }
    await updateLayersFor(payload, ids, { kind: 'conversion', event: conversion.event, id: String(conversion.id) })
  } catch (err) {
    payload.logger.error({ err, msg: `updating growth layers after conversion ${conversion.id} failed` })
  }
}
