import type { Distribution } from '../../payload-types'
import { nextLocalTime } from './local-time'

/** "HH:MM" as numbers. */
export const clock = (value: string | null | undefined): { hour: number; minute: number } => {
  const [hour, minute] = (value || '09:00').split(':').map(Number)
  return { hour, minute }
}

/**
 * When the send job should next run for a distribution being scheduled: now, at its time (now when
 * that has passed), or for a weekly digest the next weekday at its local time. Local-time sends start
 * now: the job gives each recipient their own due time and sleeps until the next one.
 */
export const firstRunAt = (schedule: Distribution['schedule'], now = new Date()): Date => {
  if (schedule?.repeat === 'weekly')
    return nextLocalTime({ after: now, timeZone: schedule.timeZone || 'UTC', ...clock(schedule.localTime), weekday: Number(schedule.weekday ?? 1) })
  if (schedule?.mode === 'at' && schedule.at && Date.parse(schedule.at) > now.getTime()) return new Date(schedule.at)
  return now
}
