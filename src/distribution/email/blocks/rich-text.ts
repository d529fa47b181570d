import type { RichTextBlockData } from '../../../blocks/RichText/render'
import { richTextHtml } from '../rich-text-html'
import { richTextText } from '../rich-text-text'
import type { EmailEnv, EmailPart } from '../types'

export const richTextEmail = (block: RichTextBlockData, env: EmailEnv): EmailPart => ({
  html: richTextHtml(block.content, env),
  text: richTextText(block.content, env),
})
