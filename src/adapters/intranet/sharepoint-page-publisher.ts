import type { IntranetPage } from '../../domain/page';
import type { PublishedPage, Publisher } from '../../app/ports/publisher';
import { GRAPH_V1, type GraphHttp } from '../graph/graph-http';
import { escapeHtml, renderBlocks } from './render-html';

interface SitePage {
  id: string;
  name: string;
  title: string;
  webUrl: string;
  canvasLayout?: { horizontalSections?: { columns?: { webparts?: { innerHtml?: string }[] }[] }[] };
}

/**
 * Publishes as SharePoint site pages through Graph's pages API: one text web part holding the
 * escaped HTML; the page is found by its file name, updated in place on republish, then published.
 */
export class SharePointPagePublisher implements Publisher {
  private siteWebUrl?: Promise<string>;

  constructor(
    private readonly http: GraphHttp,
    private readonly siteId: string,
  ) {}

  /**
   * A page read by id can carry a web-relative webUrl ("SitePages/x.aspx",
   * microsoft-graph-docs-contrib #734): links in cards and tabs need it absolute, so it is
   * resolved against the site's own webUrl (read once, 1 RU).
   */
  private async absolute(webUrl: string): Promise<string> {
    if (/^https?:\/\//i.test(webUrl)) return webUrl;
    this.siteWebUrl ??= this.http
      .get<{ webUrl: string }>(`${GRAPH_V1}/sites/${encodeURIComponent(this.siteId)}?$select=webUrl`)
      .then((s) => s.webUrl);
    const base = await this.siteWebUrl.catch((error: unknown) => {
      this.siteWebUrl = undefined;
      throw error;
    });
    return new URL(webUrl.replace(/^\//, ''), base.endsWith('/') ? base : `${base}/`).toString();
  }

  private get pagesUrl() {
    return `${GRAPH_V1}/sites/${encodeURIComponent(this.siteId)}/pages`;
  }

  private async find(slug: string): Promise<SitePage | undefined> {
    const found = await this.http.get<{ value: SitePage[] }>(`${this.pagesUrl}?$filter=${encodeURIComponent(`name eq '${slug}.aspx'`)}`);
    return found.value[0];
  }

  async publish(page: IntranetPage): Promise<PublishedPage> {
    const canvasLayout = {
      horizontalSections: [
        {
          id: '1',
          layout: 'oneColumn',
          emphasis: 'none',
          columns: [
            { id: '1', width: 12, webparts: [{ '@odata.type': '#microsoft.graph.textWebPart', innerHtml: renderBlocks(page.blocks) }] },
          ],
        },
      ],
    };
    const existing = await this.find(page.slug);
    let id: string;
    if (existing) {
      await this.http.send('PATCH', `${this.pagesUrl}/${existing.id}/microsoft.graph.sitePage`, {
        body: { '@odata.type': '#microsoft.graph.sitePage', title: page.title, canvasLayout },
      });
      id = existing.id;
    } else {
      const created = await this.http.send<SitePage>('POST', this.pagesUrl, {
        body: {
          '@odata.type': '#microsoft.graph.sitePage',
          name: `${page.slug}.aspx`,
          title: page.title,
          pageLayout: 'article',
          showComments: false,
          showRecommendedPages: false,
          canvasLayout,
        },
      });
      id = created!.id;
    }
    await this.http.send('POST', `${this.pagesUrl}/${id}/microsoft.graph.sitePage/publish`);
    const published = await this.http.get<SitePage>(`${this.pagesUrl}/${id}/microsoft.graph.sitePage?$expand=canvasLayout`);
    return { slug: page.slug, url: await this.absolute(published.webUrl), title: page.title };
  }

  async read(slug: string) {
    const found = await this.find(slug);
    if (!found) return undefined;
    const page = await this.http.get<SitePage>(`${this.pagesUrl}/${found.id}/microsoft.graph.sitePage?$expand=canvasLayout`);
    const html = (page.canvasLayout?.horizontalSections ?? [])
      .flatMap((s) => s.columns ?? [])
      .flatMap((c) => c.webparts ?? [])
      .map((w) => w.innerHtml ?? '')
      .join('\n');
    return { title: page.title, html: `<h1>${escapeHtml(page.title)}</h1>\n${html}`, url: await this.absolute(page.webUrl) };
  }
}
