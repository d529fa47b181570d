'use client'
import React, { useCallback, useEffect, useState } from 'react'

import type { WorkItem, WorkKind } from '../../operations/types'
import { formatDateTime } from './format'

/** How often the panel asks again while something is queued or running. */
export const POLL_MS = 2000

const STARTABLE: { kind: WorkKind; label: string }[] = [
  { kind: 'recompute-layers', label: 'Recompute layers' },
  { kind: 'recompute-attribution', label: 'Recompute attribution' },
  { kind: 'recompute-growth', label: 'Recompute growth' },
]

const active = (items: readonly WorkItem[]) => items.some((i) => i.state === 'queued' || i.state === 'running')

const STATE_COLORS: Record<WorkItem['state'], string> = {
  queued: 'var(--theme-elevation-400)',
  running: '#3b82f6',
  done: '#10b981',
  failed: '#ef4444',
}

const ratio = (item: WorkItem): number | null =>
  item.state === 'done' ? 1 : item.total && item.total > 0 && item.done != null ? Math.min(1, Math.max(0, item.done / item.total)) : null

type Props = { apiRoute: string; isAdmin: boolean }

/**
 * Long work (recomputes, sends, imports): GET /api/operations/work on mount and every 2 s while anything is queued or
 * running, a progress bar per item; admins start recomputes here (POST /api/operations/work).
 */
export const ProgressPanel: React.FC<Props> = ({ apiRoute, isAdmin }) => {
  const [items, setItems] = useState<WorkItem[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [tick, setTick] = useState(0)
  const [starting, setStarting] = useState<WorkKind | null>(null)
  const url = `${apiRoute}/operations/work`

  const load = useCallback(async () => {
    try {
      const res = await fetch(url, { credentials: 'include' })
      if (!res.ok) throw new Error(`${res.status} ${res.statusText}`)
      const body = (await res.json()) as WorkItem[] | { items?: WorkItem[]; docs?: WorkItem[] }
      setItems(Array.isArray(body) ? body : (body.items ?? body.docs ?? []))
      setError(null)
    } catch (e) {
      setError(`Could not load the work in progress (${(e as Error).message})`)
      setItems((prev) => prev ?? [])
    }
  }, [url])

  useEffect(() => {
    void load()
  }, [load, tick])

  useEffect(() => {
    if (!items || !active(items)) return
    const timer = setTimeout(() => setTick((t) => t + 1), POLL_MS)
    return () => clearTimeout(timer)
  }, [items])

  const start = async (kind: WorkKind) => {
    setStarting(kind)
    try {
      const res = await fetch(url, { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ kind }) })
      const body = (await res.json().catch(() => ({}))) as { errors?: { message: string }[]; message?: string }
      if (!res.ok) throw new Error(body.errors?.[0]?.message ?? body.message ?? `${res.status}`)
      setError(null)
    } catch (e) {
      setError(`Could not start ${kind} (${(e as Error).message})`)
    }
    setStarting(null)
    setTick((t) => t + 1)
  }

  return (
    <section
      data-testid="work-progress"
      aria-label="Work in progress"
      style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '0.75rem 1rem', margin: '1rem 0', background: 'var(--theme-elevation-50)' }}
    >
      <header style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'center', gap: '0.5rem' }}>
        <strong>Work in progress</strong>
        {isAdmin && (
          <span style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
            {STARTABLE.map((s) => (
              <button key={s.kind} type="button" data-testid={`start-${s.kind}`} className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }} disabled={starting !== null} onClick={() => void start(s.kind)}>
                {s.label}
              </button>
            ))}
          </span>
        )}
      </header>
      {error && <p style={{ color: '#ef4444', margin: '0.5rem 0 0' }}>{error}</p>}
      {items === null ? (
        <p style={{ margin: '0.5rem 0 0' }}>Loading…</p>
      ) : items.length === 0 ? (
        <p style={{ margin: '0.5rem 0 0', color: 'var(--theme-elevation-600)' }}>Nothing is running. Recomputes, sends and imports show their progress here.</p>
      ) : (
        <ul style={{ listStyle: 'none', padding: 0, margin: '0.5rem 0 0', display: 'grid', gap: '0.5rem' }}>
          {items.map((item) => {
            const r = ratio(item)
            return (
              <li key={item.id} data-testid={`work-${item.id}`} data-state={item.state} style={{ display: 'grid', gridTemplateColumns: 'minmax(10rem, 1fr) 2fr auto', gap: '0.75rem', alignItems: 'center' }}>
                <span>
                  {item.label} <small style={{ color: STATE_COLORS[item.state] }}>{item.state}</small>
                </span>
                <progress
                  value={r == null ? undefined : r}
                  max={1}
                  aria-label={`${item.label} progress`}
                  style={{ width: '100%', height: '0.75rem', accentColor: STATE_COLORS[item.state] }}
                />
                <small style={{ whiteSpace: 'nowrap', color: 'var(--theme-elevation-600)' }}>
                  {item.total != null ? `${item.done ?? 0}/${item.total}` : ''}
                  {item.error ? ` · ${item.error}` : item.finishedAt ? ` · done ${formatDateTime(item.finishedAt)}` : item.startedAt ? ` · since ${formatDateTime(item.startedAt)}` : ''}
                </small>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
