import type { Payload } from 'payload'

/** Marks every delivery of a distribution that has not gone out as cancelled; returns how many. */
export const cancelDeliveries = async (payload: Payload, distributionId: number): Promise<number> => {
  const result = await payload.update({
    collection: 'deliveries',
    where: { and: [{ distributionId: { equals: distributionId } }, { status: { in: ['queued', 'failed'] } }] },
    data: { status: 'cancelled' },
    overrideAccess: true,
    depth: 0,
  })
  return result.docs.length
}
