import type { CollectionBeforeValidateHook } from 'payload'

import { relationId, relationIds } from '../../../src/fields/relation-id'
import type { Distribution } from '../../../src/payload-types'

/**
 * beforeValidate of distributions: choosing a playbook targets its layer (the audience's layers, when
 * none are chosen) and its channels (when none are chosen). beforeValidate, not beforeChange, so the
 * playbook's channels satisfy the required `channels` field. What the marketer picked is never replaced.
 */
export const applyPlaybook: CollectionBeforeValidateHook<Distribution> = async ({ data, originalDoc, req }) => {
  if (!data) return data
  const playbookId = relationId(data.playbook !== undefined ? data.playbook : originalDoc?.playbook)
  if (playbookId == null) return data
  const playbook = await req.payload.findByID({ collection: 'playbooks', id: playbookId, depth: 0, req, disableErrors: true })
  if (!playbook) return data
  const channels = relationIds(data.channels !== undefined ? data.channels : originalDoc?.channels)
  if (channels.length === 0 && playbook.channels?.length) data.channels = relationIds(playbook.channels)
  const audience = { ...originalDoc?.audience, ...data.audience }
  const layer = relationId(playbook.layer)
  if (relationIds(audience.layers).length === 0 && layer != null) data.audience = { ...audience, layers: [layer] }
  return data
}
