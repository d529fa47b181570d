import type { Block } from 'payload'

import { mediaUpload } from '../fields'

/** A customer quote with its source. */
export const Testimonial: Block = {
  slug: 'testimonial',
  interfaceName: 'TestimonialBlock',
  labels: { singular: 'Testimonial', plural: 'Testimonials' },
  fields: [
    { name: 'quote', type: 'textarea', required: true, maxLength: 1200 },
    { name: 'authorName', type: 'text', required: true, maxLength: 120 },
    { name: 'role', type: 'text', maxLength: 120 },
    { name: 'company', type: 'text', maxLength: 120 },
    mediaUpload('photo'),
  ],
}
