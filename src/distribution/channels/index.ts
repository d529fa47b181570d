import type { ChannelKind } from '../kinds'
import type { ChannelAdapter } from './adapter'
import { conferenceAdapter } from './conference'
import { emailAdapter } from './email'
import { feedAdapter } from './feed'
import { socialAdapter } from './social'
import { webhookAdapter } from './webhook'

/** One adapter per channel kind, one file each. */
const ADAPTERS: Record<ChannelKind, ChannelAdapter> = {
  email: emailAdapter,
  webhook: webhookAdapter,
  feed: feedAdapter,
  social: socialAdapter,
  conference: conferenceAdapter,
}

export const adapterFor = (kind: ChannelKind): ChannelAdapter => ADAPTERS[kind]
