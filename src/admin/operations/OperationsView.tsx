import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { hasRole } from '../../access/roles'
import { CONTENT_COLLECTIONS } from '../../content/content-collection'
import { mayReadOperations, parseOperationsQuery, periodOf, viewData, VIEWS, type OperationsQuery, type ViewName } from '../../operations'
import { CalendarsTab } from './CalendarsTab'
import { CampaignsTab } from './CampaignsTab'
import { ContentTab } from './ContentTab'
import { GrowthTab } from './GrowthTab'
import { ModelSelect } from './ModelSelect'
import { OverviewTab } from './OverviewTab'
import { PeriodPicker } from './PeriodPicker'
import { ProgressPanel } from './ProgressPanel'
import { dateInputs, pickQuery } from './query-string'
import type { TabContext } from './tab-props'
import { Tabs } from './Tabs'

/** Views whose numbers depend on the attribution model (the others hide the model selector). */
const MODEL_VIEWS: readonly ViewName[] = ['overview', 'content', 'campaigns']

const isView = (v: unknown): v is ViewName => typeof v === 'string' && (VIEWS as readonly string[]).includes(v)

/** A caller's mistake in the query (a 4xx from the parser or a view): its message; anything else is a fault and thrown. */
const clientError = (e: unknown): string | null => {
  const status = (e as { status?: number })?.status
  return typeof status === 'number' && status >= 400 && status < 500 ? (e as Error).message : null
}

const message = (text: string, testId: string) => (
  <p data-testid={testId} role="alert" style={{ padding: '0.75rem 1rem', borderRadius: 4, background: 'var(--theme-error-100, #fee2e2)', color: 'var(--theme-error-800, #991b1b)' }}>
    {text}
  </p>
)

/**
 * /admin/operations – the operations dashboard: growth layers and funnel, content, campaigns and channels, the
 * calendars and the team's growth, one tab at a time (`?view=`), for a period (`from`, `to`, `interval`) and an
 * attribution model (`model`). Only the active tab's data is fetched; charts are client components (recharts).
 */
export const OperationsView: React.FC<AdminViewServerProps> = async ({ initPageResult, params, searchParams }) => {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { payload, user } = req
  const adminRoute = payload.config.routes.admin
  const apiRoute = payload.config.routes.api
  const rawView = Array.isArray(searchParams?.view) ? searchParams.view[0] : searchParams?.view
  const view: ViewName = isView(rawView) ? rawView : 'overview'
  const query = pickQuery(searchParams)
  const ctx: TabContext = { adminRoute, apiRoute, query }

  let body: React.ReactNode
  let parsed: OperationsQuery | null = null
  if (!user || !mayReadOperations(user)) {
    body = <p data-testid="ops-forbidden">The operations dashboard is for the admin, editor, reviewer and marketer roles. Ask an admin for one of them.</p>
  } else {
    try {
      parsed = parseOperationsQuery(searchParams ?? {})
      if (rawView !== undefined && !isView(rawView)) throw Object.assign(new Error(`view must be one of ${VIEWS.join(', ')}`), { status: 400 })
      body = await renderTab(view, parsed, req, ctx)
    } catch (e) {
      const text = clientError(e)
      if (text === null) throw e
      body = message(text, 'ops-error')
    }
  }
  const period = periodOf(parsed ?? parseOperationsQuery({}))
  const team = Boolean(user && mayReadOperations(user))
  // After a bad query, the links start over from the defaults instead of carrying the mistake along.
  const linkQuery = parsed ? query : {}

  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      searchParams={searchParams}
      user={user || undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <div data-testid="operations" data-view={view} style={{ paddingBottom: '3rem' }}>
          <h1 style={{ marginBottom: '0.5rem' }}>Operations</h1>
          {team && (
            <>
              <div style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', gap: '1rem', alignItems: 'center' }}>
                <PeriodPicker view={view} adminRoute={adminRoute} query={linkQuery} inputs={dateInputs(period)} interval={period.interval} />
                {MODEL_VIEWS.includes(view) && <ModelSelect value={period.model} />}
              </div>
              <Tabs active={view} adminRoute={adminRoute} query={linkQuery} />
              <ProgressPanel apiRoute={apiRoute} isAdmin={hasRole(user, 'admin')} />
            </>
          )}
          {body}
        </div>
      </Gutter>
    </DefaultTemplate>
  )
}

/** Fetch and draw only the active tab. */
const renderTab = async (view: ViewName, query: OperationsQuery, req: AdminViewServerProps['initPageResult']['req'], ctx: TabContext): Promise<React.ReactNode> => {
  const { payload, user } = req
  switch (view) {
    case 'overview':
      return <OverviewTab data={await viewData(payload, 'overview', query, user)} ctx={ctx} />
    case 'content':
      return <ContentTab data={await viewData(payload, 'content', query, user)} ctx={ctx} />
    case 'campaigns':
      return <CampaignsTab data={await viewData(payload, 'campaigns', query, user)} ctx={ctx} />
    case 'calendars': {
      const labels = Object.fromEntries(
        CONTENT_COLLECTIONS.map((slug) => {
          const plural = payload.collections[slug].config.labels?.plural
          return [slug, typeof plural === 'string' ? plural : slug]
        }),
      )
      return <CalendarsTab data={await viewData(payload, 'calendars', query, user)} ctx={ctx} labels={labels} />
    }
    case 'growth':
      return <GrowthTab data={await viewData(payload, 'growth', query, user)} ctx={ctx} />
  }
}
