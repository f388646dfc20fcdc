/**
 * The directory import from the command line: prints the preview (new, moved, left people; new
 * and closed units) and, with --apply, applies exactly that preview.
 *
 *   npm run import:directory                          # preview only
 *   npm run import:directory -- --apply               # preview, then apply it
 *   npm run import:directory -- --config import.json  # save the settings first (as the tab does)
 *   npm run import:directory -- --save-units units.json --municipality 0180
 *        # where the network reaches Skolverket: save its answer for SKOLVERKET_FILE elsewhere
 *
 * Env (or env/.env.<SKA_STAGE> and its .user file) as for npm start: the store, AZURE_TENANT_ID,
 * AZURE_CLIENT_ID and AZURE_CLIENT_CERTIFICATE_PATH for Graph (GroupMember.Read.All,
 * User.ReadBasic.All), and SKOLVERKET_FILE or SKOLVERKET_FETCH=true.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SkolenhetsregistretHttpSource } from '../src/adapters/skolverket/skolenhetsregistret-source';
import type { DirectoryPreview } from '../src/app/directory/directory-preview';
import { composeApp } from '../src/compose';
import { environmentWithFiles, parseConfig } from '../src/config';
import { DomainError } from '../src/domain/errors';

export function formatPreview(p: DirectoryPreview): string[] {
  const lines = [
    `Förhandsgranskning ${p.generatedAt} (${p.fingerprint})`,
    `Enheter: ${p.counts.newUnits} nya, ${p.counts.changedUnits} ändrade (${p.counts.closedUnits} nedlagda)`,
    `Personer: ${p.counts.newPeople} nya, ${p.counts.movedPeople} flyttade, ${p.counts.leftPeople} slutat`,
  ];
  for (const u of p.units) lines.push(`  enhet ${u.schoolUnitCode} ${u.name} (${u.schoolFormLabel}): ${u.change.join(', ')}`);
  for (const n of p.newPeople) lines.push(`  ny: ${n.displayName} <${n.email}> ${n.units?.join(', ') ?? ''}`);
  for (const m of p.moved) lines.push(`  flyttad: ${m.displayName}: ${m.from?.join(', ') || '–'} → ${m.to?.join(', ') || '–'}`);
  for (const l of p.left) lines.push(`  slutat: ${l.displayName} (dokumenten finns kvar)`);
  for (const w of p.warnings) lines.push(`  varning: ${w}`);
  if (p.empty) lines.push('Inga ändringar.');
  return lines;
}

async function main() {
  const { values } = parseArgs({
    options: {
      apply: { type: 'boolean', default: false },
      config: { type: 'string' },
      'save-units': { type: 'string' },
      municipality: { type: 'string' },
    },
  });
  if (values['save-units']) {
    const code = values.municipality ?? '';
    const saved = await new SkolenhetsregistretHttpSource().fetchSaved(code);
    writeFileSync(values['save-units'], JSON.stringify(saved, null, 1) + '\n');
    console.log(`Sparade ${saved.list.data.attributes.length} skolenheter för kommunkod ${code} i ${values['save-units']}.`);
    return;
  }
  const config = parseConfig(environmentWithFiles(process.env, process.cwd()));
  const log = { info: (m: string) => console.error(m), error: (m: string, d?: Record<string, unknown>) => console.error(m, d ?? '') };
  const app = await composeApp(config, { log, background: { scheduler: false, sender: false } });
  try {
    const imports = app.services.directoryImport;
    if (values.config) await imports.saveConfig(JSON.parse(readFileSync(values.config, 'utf8')), 'import-directory');
    const preview = await imports.preview();
    formatPreview(preview).forEach((l) => console.log(l));
    if (values.apply && !preview.empty) {
      await imports.apply(preview.fingerprint, 'import-directory');
      console.log('Tillämpat.');
    } else if (!preview.empty) console.log('Inget är ändrat. Kör med --apply för att tillämpa.');
  } finally {
    await app.close();
  }
}

main().catch((err) => {
  console.error(err instanceof DomainError ? `${err.code}: ${err.message}` : err instanceof Error ? err.message : String(err));
  process.exit(1);
});
