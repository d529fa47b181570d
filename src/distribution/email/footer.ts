import { escapeHtml, safeUrl } from '../../render/escape'
import { attrs } from '../../render/html'
import type { EmailLabels } from './labels'
import { STYLES } from './styles'
import { wrap } from './text'
import type { EmailPart } from './types'

/**
 * Why the reader gets the mail and how to stop it. The unsubscribe URL is used as given (it is
 * often a placeholder the mailer fills in per recipient), only refused when it is a script URL.
 */
export const footerPart = (labels: EmailLabels, unsubscribeUrl: string): EmailPart => {
  const href = safeUrl(unsubscribeUrl)
  return {
    html:
      `${escapeHtml(labels.footer)}<br>` +
      `<a${attrs({ href, style: STYLES.footerLink, target: '_blank' })}>${escapeHtml(labels.unsubscribe)}</a>`,
    text: `${wrap(labels.footer)}\n${labels.unsubscribe}: ${href}`,
  }
}
