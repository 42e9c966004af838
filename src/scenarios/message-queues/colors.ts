import { OKABE_ITO } from '../../ui/theme/palette';

/** One colour per job, in JOBS order; always paired with the job's letter or name. */
export const JOB_COLORS = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.green,
  OKABE_ITO.vermillion,
  OKABE_ITO.purple,
] as const;
