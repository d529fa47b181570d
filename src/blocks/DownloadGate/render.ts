import { blockDomId, blockClass, section, type BlockBase } from '../../render/block'
import { resourceUrl, type RenderContext } from '../../render/context'
import { escapeHtml } from '../../render/escape'
import { attrs, paragraphs } from '../../render/html'
import { mediaId, type MediaRef } from '../../render/image'

/** Where lead forms post (the endpoint comes in a later issue). */
export const LEADS_ENDPOINT = '/v1/leads'

type FormFieldData = {
  name?: string | null
  label?: string | null
  type?: 'text' | 'email' | 'tel' | 'select' | null
  required?: boolean | null
  options?: { label?: string | null; value?: string | null; id?: string | null }[] | null
  id?: string | null
}

export type DownloadGateBlockData = BlockBase<'downloadGate'> & {
  heading?: string | null
  text?: string | null
  asset?: MediaRef
  formFields?: FormFieldData[] | null
  submitLabel?: string | null
  consentText?: string | null
}

// WCAG 1.3.5 (identify input purpose): browsers autofill these, and assistive tech can recognise them.
const AUTOCOMPLETE: Record<string, string> = {
  email: 'email',
  name: 'name',
  fullName: 'name',
  firstName: 'given-name',
  lastName: 'family-name',
  company: 'organization',
  organization: 'organization',
  jobTitle: 'organization-title',
  phone: 'tel',
  country: 'country-name',
}

const INPUT_TYPES = new Set(['text', 'email', 'tel'])

const renderField = (block: DownloadGateBlockData, field: FormFieldData): string => {
  const name = field.name && /^[A-Za-z][A-Za-z0-9_]*$/.test(field.name) ? field.name : null
  if (!name || !field.label) return ''
  const base = blockClass(block.blockType)
  const id = blockDomId(block, `field-${name}`)
  const type = field.type === 'select' ? 'select' : INPUT_TYPES.has(field.type ?? '') ? field.type : 'text'
  const required = Boolean(field.required)
  // The asterisk is visual only; the `required` attribute is what assistive tech announces.
  const label =
    `<label${attrs({ for: id })}>${escapeHtml(field.label)}` +
    (required ? `<span class="${base}__required" aria-hidden="true"> *</span>` : '') +
    `</label>`
  const autocomplete = AUTOCOMPLETE[name] ?? (type === 'email' ? 'email' : type === 'tel' ? 'tel' : null)
  const control =
    type === 'select'
      ? `<select${attrs({ id, name, required, autocomplete })}><option value="">Select…</option>` +
        (field.options ?? [])
          .filter((o) => o.label)
          .map((o) => `<option${attrs({ value: o.value || o.label })}>${escapeHtml(o.label)}</option>`)
          .join('') +
        `</select>`
      : `<input${attrs({ id, name, type, required, autocomplete })}>`
  return `<div class="${base}__field ${base}__field--${type}">${label}${control}</div>`
}

/**
 * The lead form. It carries the asset's id in a hidden field and never the asset's URL: the file is
 * sent once the lead is recorded. Without an asset there is nothing to gate, so no form.
 */
export const renderDownloadGate = (block: DownloadGateBlockData, ctx: RenderContext = {}): string => {
  const base = blockClass(block.blockType)
  const assetId = mediaId(block.asset)
  const intro = paragraphs(block.text, `${base}__text`)
  if (assetId === null) return section(block, { heading: block.heading, body: intro })
  const consentId = blockDomId(block, 'consent')
  const consent = block.consentText
    ? `<div class="${base}__consent"><input${attrs({ id: consentId, name: 'consent', type: 'checkbox', value: 'yes', required: true })}>` +
      `<label${attrs({ for: consentId })}>${escapeHtml(block.consentText)}</label></div>`
    : ''
  const form =
    `<form${attrs({ class: `${base}__form`, method: 'post', action: resourceUrl(LEADS_ENDPOINT, ctx) })}>` +
    `<input${attrs({ type: 'hidden', name: 'assetId', value: String(assetId) })}>` +
    (block.formFields ?? []).map((field) => renderField(block, field)).join('') +
    consent +
    `<button class="fw-button fw-button--primary" type="submit">${escapeHtml(block.submitLabel || 'Download')}</button>` +
    `</form>`
  return section(block, { heading: block.heading, body: intro + form })
}
