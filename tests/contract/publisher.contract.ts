/** The contract both intranet publishers pass: publish, read back, republish in place, and never let markup through. */
import type { IntranetPage } from '../../src/domain/page';
import type { Publisher } from '../../src/app/ports/publisher';

const page = (title: string, text: string): IntranetPage => ({
  slug: 'atagandeplan-bjorkskolan-2025-26',
  kind: 'plan',
  title,
  schoolYear: '2025/26',
  sourceKey: 'plan|1|2025/26',
  blocks: [
    { type: 'heading', level: 1, text: title },
    { type: 'paragraph', text },
    {
      type: 'table',
      columns: ['Aktivitet', 'Resultat'],
      rows: [
        ['Läsgrupper', '<b>fet</b>'],
        ['Tom', null],
      ],
    },
    { type: 'list', items: ['Studiero', 'Digital kompetens'] },
  ],
});

export function describePublisherContract(name: string, open: () => Promise<{ publisher: Publisher; close?: () => Promise<void> }>) {
  describe(`Publisher contract: ${name}`, () => {
    let publisher: Publisher;
    let close: (() => Promise<void>) | undefined;
    beforeEach(async () => ({ publisher, close } = await open()));
    afterEach(async () => close?.());

    it('publishes a page that can be read back with its title, text and tables', async () => {
      const published = await publisher.publish(page('Åtagandeplan 2025/26 – Björkskolan', 'Läsförståelse i alla ämnen.'));
      expect(published.url).toMatch(/atagandeplan-bjorkskolan-2025-26/);
      expect(new URL(published.url).protocol).toMatch(/^https?:$/); // absolute: it goes out in cards and tabs
      const read = await publisher.read('atagandeplan-bjorkskolan-2025-26');
      expect(read?.title).toBe('Åtagandeplan 2025/26 – Björkskolan');
      expect(read?.html).toContain('Läsförståelse i alla ämnen.');
      expect(read?.html).toContain('<th scope="col">Aktivitet</th>');
      expect(read?.html).toContain('<li>Digital kompetens</li>');
    });

    it('updates the same page in place when published again', async () => {
      const first = await publisher.publish(page('Åtagandeplan 2025/26 – Björkskolan', 'Första versionen.'));
      const second = await publisher.publish(page('Åtagandeplan 2025/26 – Björkskolan', 'Andra versionen.'));
      expect(second.url).toBe(first.url);
      const read = await publisher.read('atagandeplan-bjorkskolan-2025-26');
      expect(read?.html).toContain('Andra versionen.');
      expect(read?.html).not.toContain('Första versionen.');
    });

    it('escapes every field: no markup or script from any text', async () => {
      await publisher.publish(page('Plan <script>alert(1)</script>', '<img src=x onerror=alert(1)> & "citat"'));
      const read = await publisher.read('atagandeplan-bjorkskolan-2025-26');
      expect(read?.html).not.toMatch(/<script>alert|<img src=x|<b>fet<\/b>/);
      expect(read?.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(read?.html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;citat&quot;');
    });

    it('answers undefined for a page never published', async () => {
      expect(await publisher.read('finns-inte')).toBeUndefined();
    });
  });
}
