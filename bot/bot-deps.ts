import type { ConversationReferences } from '../src/app/outbox/conversations';
import type { Directory } from '../src/app/directory/directory';
import type { Settings } from '../src/app/config/settings';
import type { DialogueService } from '../src/app/dialogues/dialogues';
import type { CheckInService } from '../src/app/year/check-ins';
import type { MyWork } from '../src/app/documents/my-work';

/** What the bot's handlers are given: use cases and links, never the store itself. */
export interface BotDeps {
  conversations: ConversationReferences;
  directory: Directory;
  settings: Settings;
  /** Dialogue invitations answered from cards. */
  dialogues: DialogueService;
  /** Check-ins answered from cards. */
  checkIns: CheckInService;
  /** "mina dokument" and "nästa steg". */
  myWork: MyWork;
  /** Local development: the demo person (id or e-mail) the Agents Playground's default user is. */
  playgroundUser?: string;
  links: { tabDeepLink: string; webUrl: string };
  log: { info(m: string, d?: Record<string, unknown>): void; error(m: string, d?: Record<string, unknown>): void };
}
