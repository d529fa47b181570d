import type { ViewName } from '../../operations/types'
import { csvHref, type PageQuery } from './query-string'

/** What every tab gets besides its data: routes and the page's query (for links and CSV exports). */
export type TabContext = { adminRoute: string; apiRoute: string; query: PageQuery }

/** The CSV link of one of the view's tables. */
export const csvFor =
  (view: ViewName, { apiRoute, query }: TabContext) =>
  (table: string): string =>
    csvHref(apiRoute, view, table, query)
