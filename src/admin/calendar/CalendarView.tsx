import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { DRAFT_READERS } from '../../access/publishedOrTeam'
import { hasRole } from '../../access/roles'
import { listScheduled } from '../../calendar/list-scheduled'
import { CONTENT_COLLECTIONS } from '../../content/content-collection'
import { groupByDay, parseMonth } from './month'
import { MonthList } from './MonthList'

/** /admin/calendar – the month's scheduled publishes and unpublishes (GET /api/calendar in the admin). */
export const CalendarView: React.FC<AdminViewServerProps> = async ({ initPageResult, params, searchParams }) => {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const month = parseMonth(searchParams?.month)
  const team = hasRole(req.user, ...DRAFT_READERS)
  const items = team ? await listScheduled(req.payload, month, req) : []
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
        {team ? (
          <MonthList month={month} days={groupByDay(items)} adminRoute={req.payload.config.routes.admin} labels={labels} />
        ) : (
          <p>The publishing calendar is for the editorial team.</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
