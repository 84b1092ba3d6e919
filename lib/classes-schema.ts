import { z } from 'zod';

export const createClassSchema = z.object({
  name: z.string().trim().min(1, { error: 'nameRequired' }).max(80, { error: 'nameRequired' }),
});
