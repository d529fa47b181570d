import type { Block } from 'payload'

import { mediaUpload, textWith } from '../fields'
import { videoUrlProblem } from './video-url'

/** An embedded YouTube or Vimeo video, or an .mp4 file played natively. */
export const Video: Block = {
  slug: 'video',
  interfaceName: 'VideoBlock',
  labels: { singular: 'Video', plural: 'Videos' },
  fields: [
    {
      name: 'url',
      type: 'text',
      required: true,
      maxLength: 2048,
      validate: textWith(videoUrlProblem),
      admin: { description: 'https:// link to a YouTube or Vimeo video, or to an .mp4 file.' },
    },
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: 160,
      // WCAG 4.1.2: an embedded frame needs a name, or screen readers announce only "frame".
      admin: { description: 'What the video is about. Screen readers announce it; it is not shown.' },
    },
    mediaUpload('poster', { admin: { description: 'Still image shown before an .mp4 plays.' } }),
  ],
}
