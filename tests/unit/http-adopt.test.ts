/** An answer asked for by the page's first script is read as the app's own requests are (tabs/src/api/http.ts). */
import { ApiError } from '../../tabs/src/api/api-error';
import { Http } from '../../tabs/src/api/http';

const json = (status: number, body: unknown) =>
  Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));

it('gives the JSON of a good answer, and the server code and message of a failed one', async () => {
  const http = new Http({ getToken: async () => null });
  await expect(http.adopt(json(200, { currentSchoolYear: '2026/27' }))).resolves.toEqual({ currentSchoolYear: '2026/27' });
  const failed = await http.adopt(json(404, { error: { code: 'PLAN_NOT_STARTED', message: 'Planen är inte påbörjad.' } })).catch((e) => e);
  expect(failed).toBeInstanceOf(ApiError);
  expect(failed).toMatchObject({ status: 404, code: 'PLAN_NOT_STARTED', message: 'Planen är inte påbörjad.' });
  await expect(
    http.orNull(http.adopt(json(404, { error: { code: 'PLAN_NOT_STARTED', message: '' } })), 'PLAN_NOT_STARTED'),
  ).resolves.toBeNull();
});

it('tells the app of a 401, and turns a timeout or a lost network into TIMEOUT and NETWORK', async () => {
  const onUnauthorized = jest.fn();
  const http = new Http({ getToken: async () => null, onUnauthorized });
  await expect(http.adopt(json(401, { error: { code: 'UNAUTHENTICATED', message: 'Logga in igen.' } }))).rejects.toMatchObject({
    status: 401,
  });
  expect(onUnauthorized).toHaveBeenCalledTimes(1);
  await expect(http.adopt(Promise.reject(new DOMException('aborted', 'AbortError')))).rejects.toMatchObject({ code: 'TIMEOUT' });
  await expect(http.adopt(Promise.reject(new TypeError('fetch failed')))).rejects.toMatchObject({ code: 'NETWORK' });
});
