import type { ConversationReferences } from '../src/app/conversations';
import type { Directory } from '../src/app/directory';
import type { Settings } from '../src/app/settings';
import type { DialogueService } from '../src/app/dialogues';
import type { CheckInService } from '../src/app/check-ins';
import type { MyWork } from '../src/app/my-work';

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
