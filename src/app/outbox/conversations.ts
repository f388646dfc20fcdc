import type { Clock } from '../ports/clock';
import type { Directory } from '../directory/directory';
import { queryAll, type ListStore } from '../ports/list-store';

/** The bot's conversation reference for a person, so it can write to them later (proactively). */
export interface StoredConversation {
  userKey: string;
  personId: string;
  reference: unknown;
  updatedAt: string;
}

/** Keeps one conversation reference per person the bot has met, in the store (never in memory). */
export class ConversationReferences {
  constructor(
    private readonly store: ListStore,
    private readonly directory: Directory,
    private readonly clock: Clock,
  ) {}

  /**
   * Remembers where to reach a person. The user key is their Entra object id when the channel gives
   * one (Teams does), else the channel's user id. Returns whether the person is known to us.
   */
  async remember(
    user: { aadObjectId?: string; channelUserId: string; personId?: string },
    reference: unknown,
  ): Promise<{ personId: string }> {
    const userKey = user.aadObjectId ?? user.channelUserId;
    // personId: who the caller already knows the user to be (the local Playground user mapping).
    const person = user.personId
      ? { id: user.personId }
      : user.aadObjectId
        ? await this.directory.personByAadObjectId(user.aadObjectId)
        : undefined;
    const fields = { userKey, personId: person?.id ?? '', reference: JSON.stringify(reference), updatedAt: this.clock.now().toISOString() };
    const [existing] = await queryAll(this.store, 'conversationReferences', { userKey });
    if (existing) await this.store.update('conversationReferences', existing.id, fields);
    else await this.store.create('conversationReferences', fields, { key: `conversation:${userKey}` });
    return { personId: fields.personId };
  }

  async find(userKey: string): Promise<StoredConversation | undefined> {
    const [item] = await queryAll(this.store, 'conversationReferences', { userKey });
    if (!item) return undefined;
    return {
      userKey,
      personId: String(item.fields.personId ?? ''),
      reference: JSON.parse(String(item.fields.reference)),
      updatedAt: String(item.fields.updatedAt),
    };
  }

  async forPerson(personId: string): Promise<StoredConversation | undefined> {
    const [item] = await queryAll(this.store, 'conversationReferences', { personId });
    return item ? this.find(String(item.fields.userKey)) : undefined;
  }
}
