import { readFile } from 'node:fs/promises';
import type { UnitRegister } from '../../app/ports/directory-source';
import { DomainError } from '../../domain/errors';
import type { RegisteredUnit } from '../../domain/school-unit-register';
import { detailResponse, listResponse, savedRegister, unitsFromSaved, type SavedRegister } from './register-response';

const BASE = 'https://api.skolverket.se/skolenhetsregistret';

/** Skolverket's open API, where the network reaches it (production). */
export class SkolenhetsregistretHttpSource implements UnitRegister {
  constructor(
    private readonly baseUrl = BASE,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  async unitsOf(municipalityCode: string): Promise<RegisteredUnit[]> {
    return unitsFromSaved(await this.fetchSaved(municipalityCode));
  }

  /** Everything the import needs in one object, also what `npm run import:directory -- --save-units` writes. */
  async fetchSaved(municipalityCode: string): Promise<SavedRegister> {
    if (!/^\d{4}$/.test(municipalityCode)) throw new Error(`"${municipalityCode}" is not a municipality code (four digits)`);
    const list = listResponse.parse(await this.get(`${this.baseUrl}/v2/school-units?municipality_code=${municipalityCode}`));
    const details: SavedRegister['details'] = {};
    // One request per unit (40–300 in a municipality), a few at a time to stay polite.
    const codes = list.data.attributes.map((u) => u.schoolUnitCode);
    for (let i = 0; i < codes.length; i += 5) {
      await Promise.all(
        codes
          .slice(i, i + 5)
          .map(async (code) => (details[code] = detailResponse.parse(await this.get(`${this.baseUrl}/v2/school-units/${code}`)))),
      );
    }
    return { source: 'skolenhetsregistret-v2', municipalityCode, fetchedAt: new Date().toISOString(), list, details };
  }

  private async get(url: string): Promise<unknown> {
    let res: Response;
    try {
      res = await this.fetchImpl(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(30_000) });
    } catch (error) {
      throw new DomainError(
        'UNIT_REGISTER_UNAVAILABLE',
        'Skolverkets skolenhetsregister svarar inte. Försök igen senare eller läs in en sparad fil.',
        { cause: String(error) },
      );
    }
    if (!res.ok)
      throw new DomainError(
        'UNIT_REGISTER_UNAVAILABLE',
        `Skolverkets skolenhetsregister svarade ${res.status}. Försök igen senare eller läs in en sparad fil.`,
      );
    return res.json();
  }
}

/** A saved answer (tests/fixtures/skolverket, or a file saved where the network reached Skolverket). */
export class SkolenhetsregistretFileSource implements UnitRegister {
  constructor(private readonly path: string) {}

  async unitsOf(municipalityCode: string): Promise<RegisteredUnit[]> {
    let saved: SavedRegister;
    try {
      saved = savedRegister.parse(JSON.parse(await readFile(this.path, 'utf8')));
    } catch (error) {
      throw new DomainError('UNIT_REGISTER_UNAVAILABLE', 'Den sparade filen från skolenhetsregistret går inte att läsa.', {
        path: this.path,
        cause: String(error),
      });
    }
    if (saved.municipalityCode !== municipalityCode) {
      throw new DomainError(
        'UNIT_REGISTER_UNAVAILABLE',
        `Den sparade filen gäller kommunkod ${saved.municipalityCode}, inte ${municipalityCode}.`,
      );
    }
    return unitsFromSaved(saved);
  }
}
