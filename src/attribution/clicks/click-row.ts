export type ClickRow = {
  clickId: string
  at: string
  linkId: number
  code: string
  campaignKey: string | null
  channel: string | null
  contentType: string | null
  contentId: number | null
  human: boolean
  botReason: string | null
  referrer: string | null
  userAgent: string | null
  visitorId: string | null
  /** The newsletter delivery the link was in (`?d=`), when it came from one. */
  deliveryId: number | null
  channelGroup: string | null
}
