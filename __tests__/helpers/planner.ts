import { type CollapseInput, planCollapse } from '../../src/planner/collapse.js';
import type { PurgeTimeModel } from '../../src/providers/time-model.js';

/** The collapse planner with `collapse: auto` and `max-duration` in seconds. */
export const collapse = (
  changed: readonly string[],
  model: PurgeTimeModel,
  seconds: number,
  more: Partial<CollapseInput> = {},
) => planCollapse({ changed, model, maxDurationSeconds: seconds, collapse: 'auto', ...more });
