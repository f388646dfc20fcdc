import type { IntranetPage } from '../../domain/page';

export interface PublishedPage {
  slug: string;
  url: string;
  title: string;
}

/**
 * Publishes a final document as an intranet page: SharePoint site pages in production, pages
 * rendered at /intranet locally. Publishing the same slug again updates the page in place.
 * Both adapters pass tests/contract/publisher.contract.ts.
 */
export interface Publisher {
  publish(page: IntranetPage): Promise<PublishedPage>;
  /** The page as published (its HTML), or undefined. */
  read(slug: string): Promise<{ title: string; html: string; url: string } | undefined>;
}
