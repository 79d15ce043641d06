/**
 * The catalogue, Excel's functions.json (and its translations) and the Apps Script stubs list the
 * same functions with the same parameters: this fails as soon as one of them drifts.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../shared/catalogue/catalogue';
import { exampleLine } from '../../shared/catalogue/examples';
import { buildExcel } from '../../scripts/build/excel';
import { buildSheets } from '../../scripts/build/sheets';

interface Listed { name: string; params: { name: string; optional: boolean }[] }

let outDir: string;
let metadataFiles: Readonly<Record<string, string>>;
beforeAll(async () => {
  outDir = mkdtempSync(path.join(tmpdir(), 'client-value-drift-'));
  metadataFiles = (await buildExcel({ outDir: path.join(outDir, 'excel'), withPanel: false })).metadataFiles;
  await buildSheets({ outDir: path.join(outDir, 'sheets'), withPanel: false });
}, 120_000);

const fromCatalogue = (): Listed[] =>
  CATALOGUE.map((entry) => ({ name: entry.name, params: entry.params.map(({ name, optional }) => ({ name, optional })) }));

function fromMetadata(file: string): (Listed & { id: string; dimensionality: string[] })[] {
  const metadata = JSON.parse(readFileSync(path.join(outDir, 'excel', metadataFiles[file]), 'utf8'));
  return metadata.functions.map((fn: any) => ({
    id: fn.id,
    name: fn.id,
    params: fn.parameters.map((p: any) => ({ name: p.name, optional: p.optional === true })),
    dimensionality: fn.parameters.map((p: any) => p.dimensionality ?? 'scalar'),
  }));
}

/** The stubs after the bundle: `function NAME(a, b)` with their `@param` tags. */
function fromStubs(): Listed[] {
  const code = readFileSync(path.join(outDir, 'sheets/Code.js'), 'utf8');
  const stubs = code.slice(code.indexOf('// Generated from shared/catalogue'));
  const listed: Listed[] = [];
  for (const match of stubs.matchAll(/\/\*\*([\s\S]*?)\*\/\nfunction (\w+)\(([^)]*)\)/g)) {
    const [, doc, name, args] = match;
    if (!doc.includes('@customfunction')) continue;
    const tags = [...doc.matchAll(/@param \{[^}]*\} (\[?)(\w+)\]?/g)].map((tag) => ({ name: tag[2], optional: tag[1] === '[' }));
    const declared = args.split(',').map((arg) => arg.trim()).filter(Boolean);
    expect(tags.map((tag) => tag.name), `${name}: @param tags match the declaration`).toEqual(declared);
    listed.push({ name, params: tags });
  }
  return listed;
}

describe('one catalogue, two hosts', () => {
  it('functions.json lists the catalogue functions with the same parameters', () => {
    const metadata = fromMetadata('default');
    expect(metadata.map(({ name, params }) => ({ name, params }))).toEqual(fromCatalogue());
    for (const fn of metadata) {
      const entry = CATALOGUE.find((candidate) => candidate.name === fn.id)!;
      expect(fn.dimensionality).toEqual(entry.params.map((p) => (p.kind === 'range' || p.kind === 'rangeOrText' ? 'matrix' : 'scalar')));
    }
  });

  it('the localised metadata has the same ids and parameters, with the translated names', () => {
    for (const [file, lang] of [['ru-RU', 'ru'], ['uk-UA', 'uk']] as const) {
      const metadata = JSON.parse(readFileSync(path.join(outDir, 'excel', metadataFiles[file]), 'utf8'));
      expect(metadata.functions.map((fn: any) => fn.id)).toEqual(CATALOGUE.map((entry) => entry.name));
      expect(metadata.functions.map((fn: any) => fn.name)).toEqual(CATALOGUE.map((entry) => entry.localNames[lang]));
      expect(fromMetadata(file).map(({ params }) => params)).toEqual(fromCatalogue().map(({ params }) => params));
      for (const name of metadata.functions.map((fn: any) => fn.name)) expect(name).toMatch(/^[\p{L}][\p{L}\d._]*$/u);
    }
  });

  it('the Apps Script stubs list the catalogue functions with the same parameters', () => {
    expect(fromStubs()).toEqual(fromCatalogue());
  });

  it('names are unique in every language', () => {
    for (const names of [CATALOGUE.map((e) => e.name), CATALOGUE.map((e) => e.localNames.ru), CATALOGUE.map((e) => e.localNames.uk)]) {
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('src/README.md documents every function with its worked examples', () => {
    const docs = readFileSync('src/README.md', 'utf8');
    for (const entry of CATALOGUE) {
      expect(docs).toContain(`### ${entry.name}(`);
      for (const example of entry.examples) expect(docs).toContain(exampleLine(entry, example, 'en', `CLIENTS.${entry.name}`));
    }
  });
});
