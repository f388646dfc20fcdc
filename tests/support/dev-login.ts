/** Signing in over the dev identity's routes (GET /dev/users, POST /dev/login), as the demo picker does. */

/** A bearer token for the demo person with this display name on the app at baseUrl; fails clearly when there is none. */
export async function devToken(baseUrl: string, displayName: string): Promise<string> {
  const users = (await (await fetch(`${baseUrl}/dev/users`)).json()) as { id: string; displayName: string }[];
  const user = users.find((u) => u.displayName === displayName);
  if (!user) throw new Error(`No demo user ${displayName}`);
  const res = await fetch(`${baseUrl}/dev/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId: user.id }),
  });
  return ((await res.json()) as { token: string }).token;
}
