/** `GET /api/my/dialogue-meetings`'s query (its answer is MyDialogueMeetings in meetings.ts). */
import { z } from 'zod';

/** `?chatId=`: the meeting chat the tab's configuration page runs in (a Teams thread id, e.g. 19:meeting_…@thread.v2). */
export const MyDialogueMeetingsQuery = z.object({
  chatId: z
    .string()
    .max(300)
    .regex(/^19:[^\s/?#]+@thread\.[a-z0-9]+$/, { message: 'Chattens id har fel format (19:…@thread.v2).' })
    .optional(),
});
