/**
 * Asks Microsoft Graph whether a message whose sender died mid-send is in the person's chat with
 * the bot: finds the app's installation for the user, its 1:1 chat, and looks through the chat's
 * latest messages for the card carrying the outbox item's marker (see outboxMarker).
 * Needs TeamsAppInstallation.ReadForUser.All and Chat.Read.All (or the chat's RSC permission).
 * Any failure answers "unknown": the outbox then sends again rather than risk a loss.
 * Requests go through the app's one Graph pipeline (app-only auth, retry, timeout, RU meter).
 */
import type { DeliveryProbe } from '../src/app/ports/notifier';
import { GRAPH_V1, type GraphHttp } from '../src/adapters/graph/graph-http';
import { outboxMarker } from './bot-framework-notifier';

export interface GraphDeliveryProbeOptions {
  /** The app-only Graph client (the store's pipeline). */
  http: GraphHttp;
  /** The Teams app's id in the manifest (externalId in the app catalogue). */
  teamsAppId: string;
  /** How many of the chat's latest messages to look through. */
  top?: number;
}

export class GraphDeliveryProbe implements DeliveryProbe {
  private readonly chats = new Map<string, string>();

  constructor(private readonly options: GraphDeliveryProbeOptions) {}

  async wasDelivered(reference: unknown, outboxId: string): Promise<'delivered' | 'notDelivered' | 'unknown'> {
    const user = (reference as { user?: { aadObjectId?: string } }).user?.aadObjectId;
    if (!user) return 'unknown';
    try {
      const chatId = await this.chatOf(user);
      if (!chatId) return 'unknown';
      const page = await this.get<{ value: { attachments?: { content?: string | null }[] }[] }>(
        `/chats/${encodeURIComponent(chatId)}/messages?$top=${this.options.top ?? 50}`,
      );
      const marker = `"${outboxMarker(outboxId)}"`;
      const found = page.value.some((m) => (m.attachments ?? []).some((a) => typeof a.content === 'string' && a.content.includes(marker)));
      return found ? 'delivered' : 'notDelivered';
    } catch {
      return 'unknown';
    }
  }

  private async chatOf(user: string): Promise<string | undefined> {
    const known = this.chats.get(user);
    if (known) return known;
    const filter = encodeURIComponent(`teamsApp/externalId eq '${this.options.teamsAppId}'`);
    const installs = await this.get<{ value: { id: string }[] }>(
      `/users/${encodeURIComponent(user)}/teamwork/installedApps?$expand=teamsApp&$filter=${filter}`,
    );
    const installation = installs.value[0]?.id;
    if (!installation) return undefined;
    const chat = await this.get<{ id: string }>(
      `/users/${encodeURIComponent(user)}/teamwork/installedApps/${encodeURIComponent(installation)}/chat`,
    );
    this.chats.set(user, chat.id);
    return chat.id;
  }

  private get<T>(path: string): Promise<T> {
    return this.options.http.get<T>(`${GRAPH_V1}${path}`);
  }
}
