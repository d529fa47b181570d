import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { DRAFT_READERS } from '../../access/publishedOrTeam'
import { hasRole } from '../../access/roles'
import { listDistributions } from '../../calendar/list-distributions'
import { listScheduled } from '../../calendar/list-scheduled'
import { CONTENT_COLLECTIONS } from '../../content/content-collection'
import { groupByDay, parseMonth } from './month'
import { MonthList } from './MonthList'
import { ViewSwitch } from './ViewSwitch'
import { groupByWeekday, parseWeek, weekInMonth } from './week'
import { WeekGrid } from './WeekGrid'

/**
 * /admin/calendar – the week's or month's scheduled publishes and unpublishes and distributions going out
 * (GET /api/calendar in the admin). Each calendar keeps its rule: publishing for the editorial team,
 * distributions for whoever may read them (Payload's permissions for this user).
 */
export const CalendarView: React.FC<AdminViewServerProps> = async ({ initPageResult, params, searchParams }) => {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  const mode = searchParams?.view === 'week' ? 'week' : 'month'
  const week = parseWeek(searchParams?.week)
  const month = parseMonth(searchParams?.month)
  const range = mode === 'week' ? week : month
  const team = hasRole(req.user, ...DRAFT_READERS)
  const [scheduled, distributions] = await Promise.all([
    team ? listScheduled(req.payload, range, req) : [],
    permissions?.collections?.distributions?.read ? listDistributions(req.payload, range, { req }) : [],
  ])
  const entries = [...scheduled, ...distributions]
  const labels = Object.fromEntries(
    CONTENT_COLLECTIONS.map((slug) => {
      const plural = req.payload.collections[slug].config.labels?.plural
      return [slug, typeof plural === 'string' ? plural : slug]
    }),
  )
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user || undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>Calendar</h1>
        <ViewSwitch mode={mode} adminRoute={adminRoute} week={mode === 'week' ? week.key : weekInMonth(month)} month={mode === 'week' ? week.month : month.key} />
        <p>
          Times are UTC. Content is scheduled in its workflow: approve it, then move it to Scheduled with a publish time. Distributions are on
          the calendar once saved as scheduled; weekly digests show each issue.
        </p>
        {!team && <p>Scheduled publishing is for the editorial team; you see distributions only.</p>}
        {mode === 'week' ? (
          <WeekGrid week={week} days={groupByWeekday(entries, week)} adminRoute={adminRoute} labels={labels} />
        ) : (
          <MonthList month={month} days={groupByDay(entries)} adminRoute={adminRoute} labels={labels} />
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
