import { relationId } from '../fields/relation-id'
import type { Distribution } from '../payload-types'

/** The distribution's variant for one channel, if the marketer wrote one. */
export const variantFor = (distribution: Distribution, channelId: number): NonNullable<Distribution['variants']>[number] | undefined =>
  distribution.variants?.find((v) => relationId(v.channel) === channelId)
