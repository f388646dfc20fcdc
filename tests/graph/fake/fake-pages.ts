/**
 * Site pages for the fake Graph: the subset the SharePoint page publisher uses
 * (list by name, create, update the canvas, publish, read with the canvas).
 */
import { randomUUID } from 'node:crypto';
import { graphError, type Answer } from './fake-site';

interface FakePage {
  id: string;
  name: string;
  title: string;
  canvasLayout: unknown;
  published: boolean;
  version: number;
}

export class FakePages {
  readonly pages = new Map<string, FakePage>();

  constructor(private readonly siteUrl: string) {}

  private json(p: FakePage, withCanvas: boolean, byId = false) {
    return {
      '@odata.type': '#microsoft.graph.sitePage',
      id: p.id,
      name: p.name,
      title: p.title,
      // Read by id, a page's webUrl is web-relative (microsoft-graph-docs-contrib #734).
      webUrl: byId ? `SitePages/${p.name}` : `${this.siteUrl}/SitePages/${p.name}`,
      publishingState: { level: p.published ? 'published' : 'checkout', versionId: `${p.version}.0` },
      ...(withCanvas ? { canvasLayout: p.canvasLayout } : {}),
    };
  }

  /** Routes below /sites/{id}/: seg is the path after the site id. */
  handle(method: string, seg: string[], query: URLSearchParams, body: Record<string, unknown>): Answer | undefined {
    if (seg[0] !== 'pages') return undefined;
    if (method === 'GET' && seg.length === 1) {
      const name = /^name eq '(.*)'$/.exec(query.get('$filter') ?? '')?.[1];
      return {
        status: 200,
        body: { value: [...this.pages.values()].filter((p) => !name || p.name === name).map((p) => this.json(p, false)) },
      };
    }
    if (method === 'POST' && seg.length === 1) {
      if (body['@odata.type'] !== '#microsoft.graph.sitePage')
        return graphError(400, 'invalidRequest', 'The @odata.type must be #microsoft.graph.sitePage');
      const name = String(body.name ?? '');
      if (!name.endsWith('.aspx')) return graphError(400, 'invalidRequest', 'The page name must end with .aspx');
      if ([...this.pages.values()].some((p) => p.name === name))
        return graphError(409, 'nameAlreadyExists', 'A page with this name already exists');
      const page: FakePage = {
        id: randomUUID(),
        name,
        title: String(body.title ?? ''),
        canvasLayout: body.canvasLayout,
        published: false,
        version: 1,
      };
      this.pages.set(page.id, page);
      return { status: 201, body: this.json(page, false) };
    }
    const page = this.pages.get(seg[1]);
    if (!page) return graphError(404, 'itemNotFound', 'The page could not be found');
    if (seg[2] !== 'microsoft.graph.sitePage') return graphError(400, 'BadRequest', 'Cast to microsoft.graph.sitePage expected');
    if (method === 'GET' && seg.length === 3)
      return { status: 200, body: this.json(page, (query.get('$expand') ?? '').includes('canvasLayout'), true) };
    if (method === 'PATCH' && seg.length === 3) {
      if (typeof body.title === 'string') page.title = body.title;
      if (body.canvasLayout) page.canvasLayout = body.canvasLayout;
      page.published = false;
      page.version += 1;
      return { status: 200, body: this.json(page, false) };
    }
    if (method === 'POST' && seg[3] === 'publish') {
      page.published = true;
      return { status: 204 };
    }
    return graphError(400, 'BadRequest', 'Unsupported page request');
  }
}
