import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IntranetPage } from '../../domain/page';
import type { PublishedPage, Publisher } from '../../app/ports/publisher';
import { renderDocument } from './render-html';

/**
 * The local stand-in for SharePoint site pages: each page is an HTML file in the data directory,
 * served at /intranet/{slug}. Written to a temporary file and renamed, so a reader never sees half a page.
 */
export class LocalFilePublisher implements Publisher {
  constructor(
    private readonly dir: string,
    private readonly baseUrl: string,
    private readonly siteName: string,
  ) {
    mkdirSync(dir, { recursive: true });
  }

  async publish(page: IntranetPage): Promise<PublishedPage> {
    const file = join(this.dir, `${page.slug}.html`);
    writeFileSync(`${file}.tmp`, renderDocument(page.title, page.blocks, page.siteName ?? this.siteName));
    renameSync(`${file}.tmp`, file);
    writeFileSync(join(this.dir, `${page.slug}.json`), JSON.stringify({ title: page.title }));
    return { slug: page.slug, url: `${this.baseUrl}/intranet/${page.slug}`, title: page.title };
  }

  async read(slug: string) {
    if (!/^[a-z0-9-]{1,100}$/.test(slug)) return undefined;
    const file = join(this.dir, `${slug}.html`);
    if (!existsSync(file)) return undefined;
    const { title } = JSON.parse(readFileSync(join(this.dir, `${slug}.json`), 'utf8')) as { title: string };
    return { title, html: readFileSync(file, 'utf8'), url: `${this.baseUrl}/intranet/${slug}` };
  }
}
