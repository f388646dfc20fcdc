import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Request, Response } from 'restify';
import { buildSurveyFormCard } from '../../cards/survey-form.card';
import { DomainError } from '../../domain/errors';
import { SCALES, scaleOf, type Scale } from '../../domain/survey';
import { statusOf } from '../errors';
import { clientAddress, RateLimiter, SurveyRateLimits } from '../rate-limit';
import { route, type Route } from '../route';
import { SERVER_NAME } from '../server-name';
import type { HttpServices } from '../services';
import { Message } from '../../contract/common';
import { CodeParams, LINK_CODE, SurveyFormView } from '../../contract/surveys';
import { submittedBody } from './survey-submit-body';

const MAX_SUBMIT_BYTES = 4096;
const THANKS = JSON.stringify({ message: 'Tack för dina svar!' });
/** The whole head at once (an early route's answer names the server itself, see early-routes.ts). */
const THANKS_HEAD = Object.freeze({
  Server: SERVER_NAME,
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
  'Content-Length': Buffer.byteLength(THANKS),
});

/** application/json only (a charset may follow): a form or text/plain body is what another site's page can send without asking. */
const isJson = (contentType: string | undefined) => /^application\/json\s*(;|$)/i.test(contentType ?? '');

/**
 * The answer's body: at most a few kB, read with plain stream events (an async iterator per
 * request is a visible part of the cost when a whole municipality answers), handed to a callback
 * (no promise of its own: each one is a hook call per answer once async hooks are on). Same errors as readJsonBody.
 */
function readSmallJson(req: Request, limit: number, done: (error: unknown, value?: unknown) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size <= limit) chunks.push(chunk);
  });
  req.on('error', done);
  req.on('end', () => {
    if (size > limit) return done(new DomainError('PAYLOAD_TOO_LARGE', `Innehållet är för stort (högst ${Math.floor(limit / 1024)} kB).`));
    // One chunk (an answer is a few hundred bytes): no copy.
    const text = (chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)).toString('utf8');
    if (text.trim() === '') return done(undefined, undefined);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return done(new DomainError('MALFORMED_JSON', 'Innehållet är inte giltig JSON.'));
    }
    done(undefined, value);
  });
}

const NO_SUCH_LINK = 'Kontrollera att du skrivit av länken rätt, eller skanna QR-koden igen.';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function messagePage(title: string, message: string): string {
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,"><title>${escapeHtml(title)}</title><style>body{font-family:system-ui,"Segoe UI",sans-serif;margin:0;padding:32px 20px;color:#1b1b1b;background:#f5f7f6}
main{max-width:480px;margin:0 auto;background:#fff;border-radius:12px;padding:28px;box-shadow:0 1px 4px rgba(0,0,0,.08)}h1{font-size:1.5rem;margin:0 0 12px}p{font-size:1.1rem;line-height:1.5}</style></head>
<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p></main></body></html>`;
}

/** What these routes use, and nothing else. */
export type SurveyPublicRouteServices = Pick<HttpServices, 'config' | 'surveys'>;

/**
 * The anonymous survey: the page a child opens from a link or QR code, the form, and the answer.
 * No sign-in and no identity: the unguessable code is the only key, and requests per code are limited.
 */
export function surveyPublicRoutes(s: SurveyPublicRouteServices): Route[] {
  const limits = new SurveyRateLimits(s.config.surveyRatePerMinute);
  const trustProxy = s.config.stage === 'dev' || s.config.stage === 'production';
  const ownOrigin = new URL(s.config.publicUrl).origin;
  const limit = (req: Request, code: string, deviceToken?: string) => {
    const by = limits.check({ code, client: clientAddress(req.headers, req.socket.remoteAddress, trustProxy), deviceToken });
    if (by === 'link') throw new DomainError('RATE_LIMITED', 'Många svarar just nu. Vänta en liten stund och försök igen.');
    if (by) throw new DomainError('RATE_LIMITED', 'Du har skickat många gånger på kort tid. Vänta en minut och försök igen.');
  };
  // Reading the questions changes nothing; the JSON route sees no address, so only the link's limit applies.
  const formLimiter = new RateLimiter(s.config.surveyRatePerMinute, 60_000);
  const limitForm = (code: string) => {
    if (!formLimiter.allow(code)) throw new DomainError('RATE_LIMITED', 'Många svarar just nu. Vänta en liten stund och försök igen.');
  };
  const why = 'anonymous TLD survey: the unguessable code is the key, no identity is asked or stored';

  return [
    {
      method: 'get',
      path: '/s/:code',
      summary: 'Enkätsidan för barn och elever (länk och QR-kod)',
      tag: 'enkät',
      policy: { kind: 'public', why },
      raw: async (req: Request, res: Response) => {
        const html = (status: number, body: string) => {
          res.writeHead(status, {
            'Content-Type': 'text/html; charset=utf-8',
            'Cache-Control': 'no-store',
            'Referrer-Policy': 'no-referrer',
            'X-Content-Type-Options': 'nosniff',
          });
          res.end(body);
        };
        const parsed = CodeParams.safeParse(req.params);
        if (!parsed.success) return html(404, messagePage('Länken finns inte', NO_SUCH_LINK));
        try {
          limit(req, parsed.data.code);
          await s.surveys.form(parsed.data.code);
        } catch (e) {
          if (!(e instanceof DomainError)) throw e;
          const title = e.code === 'SURVEY_CLOSED' ? 'Enkäten är stängd' : e.code === 'RATE_LIMITED' ? 'Vänta lite' : 'Länken finns inte';
          // Under the heading "Länken finns inte" the message says what to do, not the heading again.
          const message = e.code === 'SURVEY_CLOSED' || e.code === 'RATE_LIMITED' ? e.message : NO_SUCH_LINK;
          return html(statusOf(e.code), messagePage(title, message));
        }
        const file = join(resolve(s.config.tabsDir), 'survey.html');
        if (!existsSync(file)) return html(503, messagePage('Enkäten är inte tillgänglig', 'Försök igen om en stund.'));
        html(200, readFileSync(file, 'utf8'));
      },
    },
    route({
      method: 'get',
      path: '/s/:code/form',
      response: SurveyFormView,
      summary: 'Enkätens frågor som Adaptive Card',
      tag: 'enkät',
      policy: { kind: 'public', why },
      params: CodeParams,
      handler: async ({ params }) => {
        limitForm(params.code);
        const { unit, round, set } = await s.surveys.form(params.code);
        return {
          body: {
            unitName: unit.name,
            roundLabel: round.label,
            assisted: set.assisted,
            questionIds: set.questions.map((q) => q.id),
            scale: SCALES[set.scale].steps.map((st) => ({ value: st.value, label: st.label })),
            layouts: Object.fromEntries(set.questions.map((q) => [q.id, choiceLayout(scaleOf(set, q))])),
            card: buildSurveyFormCard(set, unit.name),
          },
        };
      },
    }),
    {
      method: 'post',
      path: '/s/:code',
      response: Message,
      summary: 'Skicka ett anonymt svar (JSON, från appens egen sida); sparas innan svaret "Tack!" ges',
      tag: 'enkät',
      policy: { kind: 'public', why },
      // Served before restify's chain (early-routes.ts): plain node req/res, so writeHead and end only.
      early: true,
      // One promise per answer here and one for its write (SurveyService.submit): no awaits in between.
      raw: (req: Request, res: Response) =>
        new Promise<void>((resolve, reject) => {
          const code = req.params?.code;
          // CodeParams' rule, without zod's safeParse per answer.
          if (typeof code !== 'string' || !LINK_CODE.test(code))
            throw new DomainError('NOT_FOUND', 'Länken finns inte. Kontrollera att du skrivit av den rätt eller skanna QR-koden igen.');
          // Browsers send Origin with every POST; a page on another site gets its own origin there.
          if (req.headers.origin !== ownOrigin) throw new DomainError('FORBIDDEN', 'Svaren tas bara emot från enkätens egen sida.');
          if (!isJson(req.headers['content-type'])) throw new DomainError('UNSUPPORTED_MEDIA_TYPE', 'Svaren skickas som JSON.');
          readSmallJson(req, MAX_SUBMIT_BYTES, (error, value) => {
            if (error) return reject(error);
            try {
              const body = submittedBody(value);
              limit(req, code, body.deviceToken);
              s.surveys.submit(code, body).then(() => {
                // Content-Length: the head and the body leave in one write (without it, chunked: a writev of four parts).
                res.writeHead(201, THANKS_HEAD);
                res.end(THANKS);
                resolve();
              }, reject);
            } catch (e) {
              reject(e);
            }
          });
        }),
    },
  ];
}

/** Faces where the scale has them; a few short choices (Ja / Nej / Vet inte) side by side; else a list. */
const choiceLayout = (scale: Scale): 'list' | 'faces' | 'buttons' =>
  scale.steps.some((st) => st.symbol) ? 'faces' : scale.steps.length <= 3 ? 'buttons' : 'list';
