/**
 * The anonymous TLD form a child opens from a link or QR code: fetches the round's questions as
 * an Adaptive Card, renders it with Microsoft's adaptivecards renderer, and posts the answers.
 * No sign-in, no cookies; a random device token (not an identity) lets a phone answer once.
 */
import { AdaptiveCard, HostConfig, SubmitAction, type Action } from 'adaptivecards';
import { applyChoiceLayouts, type ChoiceLayout } from './choice-layouts';
import { confirmSend } from './confirm-send';

interface FormResponse {
  unitName: string;
  roundLabel: string;
  assisted: boolean;
  questionIds: string[];
  layouts: Record<string, ChoiceLayout>;
  card: object;
}

const root = document.getElementById('survey')!;
const code = decodeURIComponent(location.pathname.split('/')[2] ?? '');
const answeredKey = `ska-tld-answered:${code}`;

const hostConfig = new HostConfig({
  fontFamily: 'system-ui, "Segoe UI", Roboto, sans-serif',
  fontSizes: { small: 14, default: 17, medium: 19, large: 24, extraLarge: 28 },
  spacing: { small: 6, default: 12, medium: 20, large: 28, extraLarge: 36, padding: 16 },
  containerStyles: { default: { backgroundColor: '#FFFFFF', foregroundColors: { default: { default: '#1B1B1B', subtle: '#555555' } } } },
  actions: { actionsOrientation: 'vertical', actionAlignment: 'stretch', buttonSpacing: 12, maxActions: 3 },
  inputs: { label: { requiredInputs: { weight: 'Bolder' }, optionalInputs: { weight: 'Bolder', size: 'Medium' } } },
});

function deviceToken(): string {
  const key = 'ska-tld-device';
  let token = localStorage.getItem(key);
  if (!token) {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    token = btoa(String.fromCharCode(...bytes))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
    localStorage.setItem(key, token);
  }
  return token;
}

function message(title: string, text: string, after?: HTMLElement) {
  root.replaceChildren();
  const h = document.createElement('h1');
  h.textContent = title;
  const p = document.createElement('p');
  p.textContent = text;
  root.append(h, p);
  if (after) root.append(after);
  h.tabIndex = -1;
  h.focus();
}

function statusLine(text: string, kind: 'info' | 'error') {
  let el = document.getElementById('status');
  if (!el) {
    el = document.createElement('p');
    el.id = 'status';
    el.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    root.append(el);
  }
  el.className = kind;
  el.textContent = text;
}

async function submit(form: FormResponse, data: Record<string, string>) {
  const answers: Record<string, number> = {};
  for (const id of form.questionIds) if (data[id] !== undefined && data[id] !== '') answers[id] = Number(data[id]);
  if (Object.keys(answers).length === 0) return statusLine('Svara på minst en fråga innan du skickar.', 'error');
  const unanswered = form.questionIds.filter((id) => answers[id] === undefined);
  if (unanswered.length > 0 && !(await confirmSend(root, unanswered.length))) {
    // Back to the first question left open.
    root.querySelector<HTMLInputElement>(`input[name="${CSS.escape(unanswered[0])}"]`)?.focus();
    return;
  }
  statusLine('Skickar…', 'info');
  const body = {
    answers,
    ...(data.gradeBand ? { gradeBand: data.gradeBand } : {}),
    ...(form.assisted ? {} : { deviceToken: deviceToken() }),
  };
  let res: Response;
  try {
    res = await fetch(`/s/${encodeURIComponent(code)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    return statusLine('Det gick inte att skicka. Kontrollera uppkopplingen och försök igen.', 'error');
  }
  if (res.status === 201) {
    if (form.assisted) {
      const next = document.createElement('button');
      next.textContent = 'Nästa barn';
      next.className = 'primary';
      next.addEventListener('click', () => render(form));
      return message('Tack!', 'Svaren är sparade. Nu kan nästa barn svara.', next);
    }
    localStorage.setItem(answeredKey, '1');
    return message('Tack!', 'Dina svar är sparade. Ingen kan se vad just du har svarat.');
  }
  const problem = (await res.json().catch(() => undefined)) as { error?: { message?: string; code?: string } } | undefined;
  if (problem?.error?.code === 'SURVEY_ALREADY_ANSWERED') {
    localStorage.setItem(answeredKey, '1');
    return message('Du har redan svarat', 'Tack! Den här enheten har redan skickat svar i den här mätningen.');
  }
  statusLine(problem?.error?.message ?? 'Något gick fel. Försök igen.', 'error');
}

function render(form: FormResponse) {
  const card = new AdaptiveCard();
  card.hostConfig = hostConfig;
  card.parse(form.card);
  card.onExecuteAction = (action: Action) => {
    if (action instanceof SubmitAction) void submit(form, (action.data ?? {}) as Record<string, string>);
  };
  const rendered = card.render();
  root.replaceChildren();
  const meta = document.createElement('p');
  meta.className = 'meta';
  meta.textContent = `${form.roundLabel} · ${form.unitName}`;
  root.append(meta);
  if (rendered) root.append(rendered);
  applyChoiceLayouts(root, form.layouts ?? {});
  window.scrollTo(0, 0);
}

async function start() {
  if (localStorage.getItem(answeredKey)) return message('Du har redan svarat', 'Tack för dina svar!');
  try {
    const res = await fetch(`/s/${encodeURIComponent(code)}/form`);
    const body = await res.json();
    if (!res.ok)
      return message(res.status === 410 ? 'Enkäten är stängd' : 'Enkäten kunde inte öppnas', body?.error?.message ?? 'Försök igen senare.');
    const form = body as FormResponse;
    if (form.assisted) localStorage.removeItem(answeredKey);
    render(form);
  } catch {
    message('Enkäten kunde inte öppnas', 'Kontrollera uppkopplingen och försök igen.');
  }
}

void start();
