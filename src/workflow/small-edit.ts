import type { PayloadRequest } from 'payload'

import { relationIds } from '../fields/relation-id'
import { hasPrivilege, privilegeShortfall } from '../growth/team/privileges'
import { teamGrowthSettings } from '../growth/team/settings'
import type { ContentCollection } from '../content/content-collection'
import { changedChars, contentText } from './edit-size'
import { WorkflowError } from './errors'
import { loggedBy, type LogRow } from './log'
import { TRANSITIONS, type Transition } from './transitions'

type Doc = Record<string, unknown> & { id?: number | string; authors?: unknown; workflowLog?: LogRow[] | null }


/** The log since the document last went live: the steps of the revision a small-edit step would publish. */
const sinceLastPublished = (log: readonly LogRow[]): LogRow[] => log.slice(log.map((e) => e.to).lastIndexOf('published') + 1)

/** A step that may carry content: an edit, a restore, or an edge that keeps the content sent with it. */
const changesContent = (e: LogRow) =>
  e.action === 'edit' || Boolean(e.action?.startsWith('restore')) || TRANSITIONS.some((t) => t.keepsContent && t.from === e.from && t.to === e.to)

/**
 * The conditions of a privileged edge (today: publish a small edit), beyond the role that
 * checkTransition already decided. Throws a WorkflowError naming what is missing:
 *  - the privilege, by level (403, naming the level needed);
 *  - the document is the user's own: they are among its authors (content types without authors: any
 *    writer), and every change since it went live is theirs (403);
 *  - the change against the live version is at most `smallEditChars` characters of text (409: review it).
 * https://payloadcms.com/docs/versions/drafts — the main row is the published version, `original` the draft.
 */
export const checkPrivilegedStep = async (
  req: PayloadRequest,
  { collection, transition, original }: { collection: ContentCollection; transition: Transition; original: Doc },
): Promise<void> => {
  const { payload, user } = req
  if (!transition.privilege || !user) return
  if (!(await hasPrivilege(payload, user, transition.privilege, req))) {
    throw new WorkflowError(`to ${transition.action} without review, '${transition.privilege}' ${await privilegeShortfall(payload, user, transition.privilege, req)}; submit it for review instead`, 403)
  }

  const authors = relationIds(Array.isArray(original.authors) ? original.authors : [])
  if (authors.length > 0 && !authors.some((id) => String(id) === String(user.id))) {
    throw new WorkflowError(`you may ${transition.action} only on documents you author: submit this one for review`, 403)
  }
  const others = sinceLastPublished(original.workflowLog ?? []).filter((e) => changesContent(e) && loggedBy(e.by) != null && String(loggedBy(e.by)) !== String(user.id))
  if (others.length > 0) {
    const who = [...new Set(others.map((e) => e.actor || `user ${loggedBy(e.by)}`))].join(', ')
    throw new WorkflowError(`only your own edit can go live without review, and ${who} also changed this since it was published: submit it for review`, 403)
  }

  const live = await payload.findByID({ collection, id: original.id as number, draft: false, depth: 0, overrideAccess: true, showHiddenFields: true, locale: req.locale ?? undefined, req })
  const limit = (await teamGrowthSettings(payload)).smallEditChars
  const changed = changedChars(contentText(live), contentText(original))
  if (changed > limit) {
    throw new WorkflowError(`this edit changes ${changed} characters, more than the ${limit} a small edit may change: it needs review (submit it for review)`, 409)
  }
}
