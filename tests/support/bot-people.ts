/**
 * Demo people as the suites' fake Teams shows them to the bot: a personal chat each, named by the
 * first name (Anna Berg: from 29:anna, Entra id aad-anna, conversation a:personal-anna).
 */
import type { TestApp } from './test-app';

type Connector = { url: string; captured: unknown[]; waitFor(count: number): Promise<unknown> };

const firstName = (name: string) => name.split(' ')[0].toLowerCase();
/** The person's Entra object id in the fake tenant. */
export const aadOf = (name: string) => `aad-${firstName(name)}`;
/** The person's personal chat with the bot. */
export const conversationOf = (name: string) => `a:personal-${firstName(name)}`;

/** An activity from the person in their personal chat, as Teams sends it to the bot (serviceUrl: the fake connector). */
export function personalActivity(name: string, serviceUrl: string, fields: Record<string, unknown>) {
  return {
    id: `act-${Math.random().toString(36).slice(2)}`,
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date().toISOString(),
    from: { id: `29:${firstName(name)}`, name, aadObjectId: aadOf(name) },
    recipient: { id: '28:ska-bot', name: 'SKA' },
    conversation: { id: conversationOf(name), conversationType: 'personal', tenantId: 'tenant-1' },
    ...fields,
  };
}

/** POSTs an activity to the app's /api/messages (the bot's endpoint). */
export const postActivity = (baseUrl: string, body: object) =>
  fetch(`${baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/**
 * The people have met the bot in Teams: their Entra ids are on their person items, each installed
 * the app (a conversationUpdate, so the bot stored where to reach them), and their welcomes arrived.
 */
export async function meetTheBot(app: Pick<TestApp, 'baseUrl' | 'services'>, connector: Connector, names: string[]): Promise<void> {
  const before = connector.captured.length;
  const people = await app.services.directory.people();
  for (const name of names) {
    const person = people.find((p) => p.displayName === name);
    if (!person) throw new Error(`No demo person ${name}`);
    await app.services.store.update('people', person.id, { aadObjectId: aadOf(name) });
    const installed = personalActivity(name, connector.url, {
      type: 'conversationUpdate',
      membersAdded: [{ id: `29:${firstName(name)}` }],
    });
    const res = await postActivity(app.baseUrl, installed);
    if (res.status !== 200) throw new Error(`the bot answered ${res.status} to ${name}'s conversationUpdate`);
  }
  await connector.waitFor(before + names.length); // the welcomes
}
