import type { Request, Response } from 'restify';
import type { PageBlock } from '../../domain/page';
import type { Route } from '../route';
import type { HttpServices } from '../services';

const h2 = (text: string): PageBlock => ({ type: 'heading', level: 2, text });
const p = (text: string): PageBlock => ({ type: 'paragraph', text });
const list = (items: string[]): PageBlock => ({ type: 'list', items });

/** What the app stores and why: the privacy page the Teams manifest links to (privacyUrl). */
function privacy(municipality: string): PageBlock[] {
  return [
    { type: 'heading', level: 1, text: 'Integritet – SKA i Teams' },
    p(
      `${municipality} är personuppgiftsansvarig för det som lagras i SKA i Teams. Appen används för skolans systematiska kvalitetsarbete enligt skollagen (2010:800) 4 kap.; den rättsliga grunden är allmänt intresse och myndighetsutövning i kommunens skolverksamhet.`,
    ),
    h2('Det här lagras om personal'),
    list([
      'Namn, e-postadress och Entra ID-objekt-id, hämtade från kommunens Entra ID-grupper (katalogimporten).',
      'Roller: rektor eller personal på en enhet, huvudmannanivå, nämnd eller systemförvaltare.',
      'Det du skriver i åtagandeplaner, läsårsrapporter, kommentarer och dialoganteckningar, med vem som skrev och när, i en versionshistorik.',
      'Svar på dialoginbjudningar och en konversationsreferens så att boten kan skriva till dig i Teams.',
    ]),
    p(
      'När någon slutar i kommunens grupper tas roller och behörigheter bort vid nästa import. Personen och det hen skrev finns kvar, eftersom dokumenten är en del av kommunens dokumentation av kvalitetsarbetet (allmänna handlingar).',
    ),
    h2('TLD-enkäten lagrar ingen identitet'),
    p(
      'Barn och elever svarar anonymt. Ett svar lagras bara med mätomgång, enhet, skolform, eventuellt årskursspann och själva svaren, blandade inom varje skrivning. Inget namn, ingen inloggning, ingen IP-adress och ingen uppgift om enheten (mobil, dator) lagras. "Ett svar per enhet" hålls på elevens egen enhet och, per server, som nycklade kontrollsummor i minnet som försvinner vid omstart. Resultat visas inte för grupper under anonymitetsgränsen.',
    ),
    h2('Var uppgifterna finns'),
    p(
      'I kommunens egen Microsoft 365-miljö: listor på en SharePoint-webbplats som bara appen når, och publicerade sidor på kommunens intranät. Appen körs i kommunens Azure-prenumeration. Driftloggar innehåller korrelations-id och felkoder, inte dokumentens innehåll.',
    ),
    h2('Dina rättigheter'),
    p(
      `Du har rätt att få veta vilka uppgifter som finns om dig, att få fel rättade och att klaga hos Integritetsskyddsmyndigheten (IMY). Kontakta ${municipality} (dataskyddsombudet) för frågor.`,
    ),
  ];
}

function terms(municipality: string): PageBlock[] {
  return [
    { type: 'heading', level: 1, text: 'Användarvillkor – SKA i Teams' },
    p(
      `SKA i Teams tillhandahålls av ${municipality} för kommunens systematiska kvalitetsarbete i förskola och skola. Appen får användas av den som kommunen gett en roll i den, i tjänsten.`,
    ),
    list([
      'Skriv sakligt: det du skriver i dokumenten är allmänna handlingar och kan lämnas ut enligt offentlighetsprincipen.',
      'Skriv inte känsliga personuppgifter eller uppgifter om enskilda barn och elever i dokument, kommentarer eller anteckningar.',
      'Enkätlänkar och QR-koder delas bara med de barn och elever som ska svara.',
      'Fel och frågor anmäls till kommunens systemförvaltare.',
    ]),
    p('Kommunen kan ändra villkoren; den gällande versionen finns alltid här.'),
  ];
}

/** What these routes use, and nothing else. */
export type LegalRouteServices = Pick<HttpServices, 'pageRenderer' | 'settings'>;

/** /integritet.html and /anvandarvillkor.html, named in the Teams manifest; the municipality's name from its settings. */
export function legalRoutes(s: LegalRouteServices): Route[] {
  const page = (path: string, title: string, blocks: (municipality: string) => PageBlock[]): Route => ({
    method: 'get',
    path,
    summary: title,
    tag: 'system',
    policy: { kind: 'public', why: 'linked from the Teams app details before anyone signs in; holds no personal data' },
    raw: async (_req: Request, res: Response) => {
      const { municipalityName } = await s.settings.processConfig();
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' });
      res.end(s.pageRenderer.page(title, blocks(municipalityName), 'SKA i Teams'));
    },
  });
  return [page('/integritet.html', 'Integritet', privacy), page('/anvandarvillkor.html', 'Användarvillkor', terms)];
}
