import { z } from 'zod';
import { safeString } from '@/lib/validation/text';

export const createClassSchema = z.object({
  name: safeString().trim().min(1, { error: 'nameRequired' }).max(80, { error: 'nameRequired' }),
});
