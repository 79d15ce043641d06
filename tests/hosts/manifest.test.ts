/**
 * Offline check of the Excel manifest (Microsoft's validator needs the internet: that is
 * `npm run validate:online`): well-formed to a strict parser (Debian's `xmllint`, which refuses
 * what Office refuses, such as `--` inside a comment), valid against Microsoft's schema
 * (../shared/reference/office-manifest-xsd), every resid resolves, every URL is https, the shared
 * runtime and custom functions requirement sets, the custom functions extension point on the
 * shared runtime's page, the permission, and the base URL the build writes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildExcel, metadataTag, normaliseBaseUrl } from '../../scripts/build/excel';

type Node = Record<string, any>;

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => ['Set', 'Runtime', 'ExtensionPoint', 'bt:Image', 'bt:Url', 'bt:String', 'bt:Override', 'Override', 'AppDomain', 'Control'].includes(name) });

function walk(node: unknown, visit: (key: string, value: unknown, parent: Node) => void): void {
  if (Array.isArray(node)) { node.forEach((child) => walk(child, visit)); return; }
  if (typeof node !== 'object' || node === null) return;
  for (const [key, value] of Object.entries(node as Node)) {
    visit(key, value, node as Node);
    walk(value, visit);
  }
}

const SCHEMA = path.resolve('../shared/reference/office-manifest-xsd/OfficeAppManifestV1_1.xsd');

/**
 * `xmllint --noout` (strict XML 1.0) then `xmllint --noout --schema`: the errors xmllint prints,
 * empty when the file passes both. Throws when xmllint or the schema is missing, so the check
 * cannot pass by not running (.ci/run installs libxml2-utils).
 */
function xmllintErrors(file: string): string {
  if (!existsSync(SCHEMA)) throw new Error(`The manifest schema is missing: ${SCHEMA} (../shared beside the repository)`);
  for (const args of [['--noout', file], ['--noout', '--schema', SCHEMA, file]]) {
    const result = spawnSync('xmllint', args, { encoding: 'utf8' });
    if (result.error) throw new Error(`xmllint could not run (Debian package libxml2-utils): ${result.error.message}`);
    if (result.status !== 0) return result.stderr || `xmllint ${args.join(' ')} exited with ${result.status}`;
  }
  return '';
}

/** The metadata file names of the manifest kept in the repository; the build versions them. */
const KEPT_METADATA = { default: 'functions.json', 'ru-RU': 'functions.ru-RU.json', 'uk-UA': 'functions.uk-UA.json' };

function check(xml: string, baseUrl: string, metadataFiles: Readonly<Record<string, string>> = KEPT_METADATA): void {
  expect(XMLValidator.validate(xml)).toBe(true);
  const app = parser.parse(xml).OfficeApp as Node;
  expect(app['@_xsi:type']).toBe('TaskPaneApp');
  expect(app.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  expect(app.Permissions).toBe('ReadWriteDocument');
  expect(app.Hosts.Host['@_Name']).toBe('Workbook');

  const sets = Object.fromEntries((app.Requirements.Sets.Set as Node[]).map((set) => [set['@_Name'], set['@_MinVersion']]));
  // ExcelApi 1.8: chart series axisGroup (excelPort.ts); CustomFunctionsRuntime 1.2: CustomFunctions.Error.
  expect(sets).toEqual({ ExcelApi: '1.8', SharedRuntime: '1.1', CustomFunctionsRuntime: '1.2' });

  const resources = app.VersionOverrides.Resources as Node;
  const ids = new Set<string>();
  walk(resources, (key, value) => { if (key === '@_id') ids.add(String(value)); });
  const resids: string[] = [];
  const urls: string[] = [];
  walk(app, (key, value) => {
    if (key === '@_resid') resids.push(String(value));
    if ((key === '@_DefaultValue' || key === '@_Value') && /^[a-z]+:\/\//i.test(String(value))) urls.push(String(value));
    if (key === 'AppDomain') (value as string[]).forEach((domain) => urls.push(domain));
  });
  expect(resids.length).toBeGreaterThan(10);
  for (const resid of resids) expect(ids.has(resid), `resid ${resid}`).toBe(true);
  expect(resids.every((resid) => resid.length <= 32)).toBe(true);
  for (const url of urls) {
    expect(url.startsWith('https://'), url).toBe(true);
    expect(url.startsWith(baseUrl), url).toBe(true);
  }

  const host = app.VersionOverrides.Hosts.Host as Node;
  const runtimes = host.Runtimes.Runtime as Node[];
  expect(runtimes).toHaveLength(1);
  expect(runtimes[0]['@_lifetime']).toBe('long');
  const customFunctions = (host.AllFormFactors.ExtensionPoint as Node[]).find((point) => point['@_xsi:type'] === 'CustomFunctions')!;
  expect(customFunctions).toBeDefined();
  expect(customFunctions.Page.SourceLocation['@_resid']).toBe(runtimes[0]['@_resid']);
  const urlOf = (id: string) => (resources['bt:Urls']['bt:Url'] as Node[]).find((url) => url['@_id'] === id)!;
  expect(urlOf(customFunctions.Script.SourceLocation['@_resid'])['@_DefaultValue']).toBe(`${baseUrl}/functions.js`);
  const metadata = urlOf(customFunctions.Metadata.SourceLocation['@_resid']);
  expect(metadata['@_DefaultValue']).toBe(`${baseUrl}/${metadataFiles.default}`);
  expect(Object.fromEntries((metadata['bt:Override'] as Node[]).map((o) => [o['@_Locale'], o['@_Value']]))).toEqual({
    'ru-RU': `${baseUrl}/${metadataFiles['ru-RU']}`, 'uk-UA': `${baseUrl}/${metadataFiles['uk-UA']}`,
  });
  const namespace = (resources['bt:ShortStrings']['bt:String'] as Node[]).find((s) => s['@_id'] === customFunctions.Namespace['@_resid'])!;
  expect(namespace['@_DefaultValue']).toBe('CLIENTS');
  expect(host.DesktopFormFactor.FunctionFile['@_resid']).toBe(runtimes[0]['@_resid']);
}

describe('manifest.xml', () => {
  let outDir: string;
  let metadataFiles: Readonly<Record<string, string>>;
  const baseUrl = 'https://addins.example.org/client-value';

  beforeAll(async () => {
    outDir = mkdtempSync(path.join(tmpdir(), 'client-value-manifest-'));
    ({ metadataFiles } = await buildExcel({ outDir, baseUrl: `${baseUrl}/`, withPanel: false }));
  }, 120_000);

  it('is valid as kept in the repository (https://localhost:3000)', () => {
    check(readFileSync('manifest.xml', 'utf8'), 'https://localhost:3000');
  });

  it('passes xmllint and the schema, as kept and as built', () => {
    expect(xmllintErrors(path.resolve('manifest.xml'))).toBe('');
    expect(xmllintErrors(path.join(outDir, 'manifest.xml'))).toBe('');
  });

  it('xmllint refuses what Office refuses: "--" in a comment, an unknown element, a bad requirement version', () => {
    const xml = readFileSync('manifest.xml', 'utf8');
    const variants = {
      doubleHyphen: [xml.replace('<!--', '<!-- built with `--base-url`'), /Double hyphen within comment/],
      unknownElement: [xml.replace('<Permissions>', '<Permission>ReadWriteDocument</Permission>\n  <Permissions>'), /Permission/],
      badVersion: [xml.replace('MinVersion="1.8"', 'MinVersion="1.8?"'), /MinVersion/],
    } as const;
    for (const [name, [broken, message]] of Object.entries(variants)) {
      expect(broken, name).not.toBe(xml);
      const file = path.join(outDir, `broken-${name}.xml`);
      writeFileSync(file, broken);
      expect(xmllintErrors(file), name).toMatch(message);
    }
  });

  it('is valid as built, with every URL at the chosen base URL and every file it names built', () => {
    const xml = readFileSync(path.join(outDir, 'manifest.xml'), 'utf8');
    expect(xml).not.toContain('localhost');
    check(xml, baseUrl, metadataFiles);
    const files = [...xml.matchAll(new RegExp(`${baseUrl.replace(/[./]/g, '\\$&')}/([\\w./-]+)`, 'g'))].map((match) => match[1]);
    for (const file of new Set(files)) expect(existsSync(path.join(outDir, file)), file).toBe(true);
  });

  it('names the function metadata by release and content, so Office\'s day-long cache never serves old functions', () => {
    const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
    expect(metadataFiles.default).toMatch(new RegExp(`^functions\\.${version.replace(/\./g, '\\.')}-[0-9a-f]{8}\\.json$`));
    const tag = metadataFiles.default.slice('functions.'.length, -'.json'.length);
    expect(metadataFiles['ru-RU']).toBe(`functions.${tag}.ru-RU.json`);
    expect(metadataTag('.', ['a', 'b'])).toBe(metadataTag('.', ['a', 'b']));
    expect(metadataTag('.', ['a', 'b'])).not.toBe(metadataTag('.', ['a', 'c']));
    expect(existsSync(path.join(outDir, 'functions.json'))).toBe(false);
  });

  it('refuses a base URL that is not https', () => {
    expect(() => normaliseBaseUrl('http://localhost:3000')).toThrow(/https/);
    expect(normaliseBaseUrl('https://localhost:3000/')).toBe('https://localhost:3000');
  });
});
