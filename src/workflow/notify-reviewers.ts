import type { PayloadRequest } from 'payload'

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** Where the document opens in the admin: PUBLIC_URL (serverURL) when set, else the request's origin. */
export const adminLink = (req: PayloadRequest, collection: string, id: number | string): string => {
  const base = (req.payload.config.serverURL || req.origin || '').replace(/\/$/, '')
  return `${base}${req.payload.config.routes.admin}/collections/${collection}/${id}`
}

/**
 * Mails every reviewer (except whoever submitted) that a document entered review, with its title and
 * an admin link. The recipients are read in the request; the mail goes out after it, so a slow or
 * unreachable SMTP server never holds up the transition.
 */
export const notifyReviewers = async (
  req: PayloadRequest,
  { collection, label, id, title, comment }: { collection: string; label: string; id: number | string; title: string; comment?: string | null },
): Promise<void> => {
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { roles: { in: ['reviewer'] } },
    depth: 0,
    limit: 500,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const to = docs.filter((u) => String(u.id) !== String(req.user?.id)).map((u) => u.email)
  if (to.length === 0) return
  const link = adminLink(req, collection, id)
  const who = req.user ? (req.user as { name?: string | null }).name || req.user.email : 'Someone'
  const subject = `Review requested: ${title}`
  const text = [`${who} submitted the ${label} "${title}" for review.`, comment ? `\nComment: ${comment}` : '', `\nOpen it: ${link}`].join('\n')
  const html =
    `<p>${escapeHtml(who)} submitted the ${escapeHtml(label)} <strong>${escapeHtml(title)}</strong> for review.</p>` +
    (comment ? `<p>Comment: ${escapeHtml(comment)}</p>` : '') +
    `<p><a href="${escapeHtml(link)}">Open it in Flywheel</a></p>`
  const { payload } = req
  // One message per reviewer: recipients do not see each other's addresses.
  void Promise.all(to.map((address) => payload.sendEmail({ to: address, subject, text, html }))).catch((err: unknown) =>
    payload.logger.error({ err, msg: `review request mail for ${collection}/${id} failed` }),
  )
}
