import { describe, expect, it } from 'vitest'

import { BufferFullError, EventBuffer } from '../../src/attribution/buffer/event-buffer'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** A writer that records batches and can be made to fail (a database that is down). */
const fakeDatabase = () => {
  const rows: number[] = []
  const batches: number[][] = []
  let down = false
  return {
    rows,
    batches,
    setDown: (value: boolean) => (down = value),
    write: async (batch: number[]) => {
      await sleep(1)
      if (down) throw new Error('database is down')
      batches.push([...batch])
      rows.push(...batch)
    },
  }
}

describe('the event buffer in front of the database', () => {
  it('flushes when flushAt items wait, and on the interval otherwise, in order', async () => {
    const db = fakeDatabase()
    const buffer = new EventBuffer({ write: db.write, flushAt: 3, intervalMs: 50 })
    buffer.push(1, 2)
    expect(db.rows).toEqual([])
    buffer.push(3)
    await buffer.flush()
    expect(db.rows).toEqual([1, 2, 3])
    buffer.push(4)
    await sleep(120)
    expect(db.rows).toEqual([1, 2, 3, 4])
    expect(buffer.stats()).toMatchObject({ waiting: 0, written: 4 })
    await buffer.close()
  })

  it('writes at most maxBatch items per write', async () => {
    const db = fakeDatabase()
    const buffer = new EventBuffer({ write: db.write, flushAt: 1000, maxBatch: 4, intervalMs: 10_000 })
    buffer.push(...Array.from({ length: 10 }, (_, i) => i))
    await buffer.flush()
    expect(db.batches.map((b) => b.length)).toEqual([4, 4, 2])
    expect(db.rows).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
  })

  it('refuses items when full instead of dropping any, and takes them again once flushed', async () => {
    const db = fakeDatabase()
    const buffer = new EventBuffer({ write: db.write, capacity: 5, flushAt: 100, intervalMs: 10_000 })
    buffer.push(1, 2, 3, 4)
    expect(() => buffer.push(5, 6)).toThrow(BufferFullError)
    expect(buffer.stats().waiting).toBe(4)
    buffer.push(5)
    expect(() => buffer.push(6)).toThrow(/full/)
    await buffer.flush()
    buffer.push(6)
    await buffer.close()
    expect(db.rows).toEqual([1, 2, 3, 4, 5, 6])
  })

  it('keeps every item while the database is down and writes them, in order, once it is back', async () => {
    const db = fakeDatabase()
    const errors: number[] = []
    const buffer = new EventBuffer({ write: db.write, flushAt: 2, intervalMs: 20, backoffMs: 10, maxBackoffMs: 40, onError: (_e, waiting) => errors.push(waiting) })
    db.setDown(true)
    buffer.push(1, 2)
    await sleep(100)
    buffer.push(3)
    await sleep(100)
    expect(db.rows).toEqual([])
    expect(errors.length).toBeGreaterThanOrEqual(2)
    expect(buffer.stats()).toMatchObject({ waiting: 3, written: 0 })
    db.setDown(false)
    await sleep(150)
    expect(db.rows).toEqual([1, 2, 3])
    expect(buffer.stats().failedWrites).toBe(errors.length)
    await buffer.close()
  })

  it('close() writes what is left, retrying a failing database until its deadline, then refuses new items', async () => {
    const db = fakeDatabase()
    const buffer = new EventBuffer({ write: db.write, flushAt: 1000, intervalMs: 10_000, backoffMs: 10 })
    buffer.push(1, 2, 3)
    db.setDown(true)
    setTimeout(() => db.setDown(false), 80)
    expect(await buffer.close(2000)).toBe(0)
    expect(db.rows).toEqual([1, 2, 3])
    expect(() => buffer.push(4)).toThrow(BufferFullError)

    const stuck = fakeDatabase()
    stuck.setDown(true)
    const other = new EventBuffer({ write: stuck.write, intervalMs: 10_000, backoffMs: 10 })
    other.push(7, 8)
    expect(await other.close(100)).toBe(2)
  })
})
