import type { KeyFigureSource } from '../../app/ports/key-figure-source';

/** Kolada's open API (v2). Follows next_page until the answer is whole; merges the pages' values. */
export class KoladaHttpSource implements KeyFigureSource {
  constructor(
    private readonly baseUrl = 'https://api.kolada.se/v2',
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  unitFigures(kpis: string[], ous: string[], years: number[]) {
    return this.all(`${this.baseUrl}/oudata/kpi/${kpis.join(',')}/ou/${ous.join(',')}/year/${years.join(',')}`);
  }

  municipalityFigures(kpis: string[], municipalities: string[], years: number[]) {
    return this.all(`${this.baseUrl}/data/kpi/${kpis.join(',')}/municipality/${municipalities.join(',')}/year/${years.join(',')}`);
  }

  private async all(first: string): Promise<unknown> {
    const values: unknown[] = [];
    let url: string | undefined = first;
    for (let page = 0; url && page < 100; page++) {
      const res = await this.fetchImpl(url, { headers: { accept: 'application/json' } });
      if (!res.ok) throw new Error(`Kolada answered ${res.status} for ${url}`);
      const body = (await res.json()) as { values?: unknown[]; next_page?: string };
      values.push(...(body.values ?? []));
      url = body.next_page;
    }
    return { count: values.length, values };
  }
}
