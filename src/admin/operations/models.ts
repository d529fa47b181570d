/** The attribution models' names in the dashboard (a plain module: server tabs and the client selector both read it). */
import type { Model } from '../../attribution/models/credit'

export const MODEL_LABELS: Record<Model, string> = {
  FIRST_TOUCH: 'First touch',
  LAST_TOUCH: 'Last touch',
  LAST_NON_DIRECT: 'Last non-direct',
  LINEAR: 'Linear',
  POSITION_BASED: 'Position based',
  TIME_DECAY: 'Time decay',
}
