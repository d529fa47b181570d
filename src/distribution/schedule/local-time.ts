// Sends at a recipient's local wall-clock time ("every day at 08:00 in Asia/Kolkata", "Mondays at 09:00")
// with the platform's own time-zone data (Intl), so no date library and no bundled tz database to update.

export interface LocalTimeRule {
  /** Finds the next time strictly after this instant. */
  after: Date
  /** IANA zone name, e.g. `Europe/Berlin`. */
  timeZone: string
  hour: number
  minute: number
  /** 0 (Sunday) to 6 (Saturday), as Date#getDay counts, for weekly digests; every day when absent. */
  weekday?: number
}

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE

const formatters = new Map<string, Intl.DateTimeFormat>()

// Building a DateTimeFormat is costly next to using one, and a send run asks for the same zones often.
const formatterFor = (timeZone: string): Intl.DateTimeFormat => {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

/**
 * IANA names only. Newer Node versions also accept offsets such as `+05:30`, older ones refuse them;
 * refusing them everywhere keeps stored preferences valid across upgrades, and an offset would not follow DST.
 */
export const isValidTimeZone = (timeZone: string): boolean => {
  if (!timeZone || /^[+-]/.test(timeZone)) return false
  try {
    formatterFor(timeZone)
    return true
  } catch {
    return false
  }
}

/** The wall-clock time an instant shows in the zone, as milliseconds of a UTC date with the same fields. */
const wallClock = (instant: number, timeZone: string): number => {
  const fields: Record<string, number> = {}
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value)
  }
  return Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second)
}

const offsetAt = (instant: number, timeZone: string): number => wallClock(instant, timeZone) - instant

/**
 * The instant a wall-clock time (given as UTC-based milliseconds) happens in the zone. An ambiguous time
 * (clocks set back) resolves to its first occurrence, so a digest is not sent an hour late. A time in a
 * gap (clocks set forward) does not exist and resolves to the moment the clocks jump, the first instant
 * after the gap. Assumes at most one offset change within a day either side, true of every real zone.
 */
const instantOfWallClock = (wall: number, timeZone: string): number => {
  const before = offsetAt(wall - DAY, timeZone)
  const after = offsetAt(wall + DAY, timeZone)
  const candidates = [wall - before, wall - after]
    .filter((instant) => wallClock(instant, timeZone) === wall)
    .sort((a, b) => a - b)
  if (candidates.length > 0) return candidates[0]

  // In the gap: binary search, to the second, for the first instant with the new offset.
  let low = wall - after
  let high = wall - before
  while (high - low > 1000) {
    const middle = low + Math.floor((high - low) / 2000) * 1000
    if (offsetAt(middle, timeZone) === after) high = middle
    else low = middle
  }
  return high
}

const checkRule = ({ after, timeZone, hour, minute, weekday }: LocalTimeRule): void => {
  if (Number.isNaN(after.getTime())) throw new RangeError('after is not a valid date')
  if (!isValidTimeZone(timeZone)) throw new RangeError(`unknown time zone: ${timeZone}`)
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new RangeError(`hour must be 0–23: ${hour}`)
  if (!Number.isInteger(minute) || minute < 0 || minute > 59) throw new RangeError(`minute must be 0–59: ${minute}`)
  if (weekday !== undefined && (!Number.isInteger(weekday) || weekday < 0 || weekday > 6)) {
    throw new RangeError(`weekday must be 0–6: ${weekday}`)
  }
}

/** The next instant strictly after `after` when the zone's clocks show hour:minute (on `weekday`, if given). */
export const nextLocalTime = (rule: LocalTimeRule): Date => {
  checkRule(rule)
  const { after, timeZone, hour, minute, weekday } = rule
  const local = new Date(wallClock(after.getTime(), timeZone))
  const today = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate())
  // Today, then up to a week ahead: a weekly rule whose weekday is today but whose time has passed.
  for (let day = 0; day <= 7; day++) {
    const date = new Date(today + day * DAY)
    if (weekday !== undefined && date.getUTCDay() !== weekday) continue
    const wall = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), hour, minute)
    const instant = instantOfWallClock(wall, timeZone)
    if (instant > after.getTime()) return new Date(instant)
  }
  throw new Error(`no ${hour}:${minute} in ${timeZone} within a week after ${after.toISOString()}`)
}
