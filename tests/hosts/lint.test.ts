/**
 * `npm run lint` runs eslint-plugin-office-addins over src/excel (eslint.config.mjs). These tests
 * make sure that setup cannot silently lint nothing: the config gives every rule of the plugin, as
 * an error, to each file of src/excel; code that breaks a rule is reported by ESLint's Node API;
 * the Excel code and the generated custom functions source lint clean; and each rule switched off
 * on a line says why.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import plugin from 'eslint-plugin-office-addins';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../shared/catalogue/catalogue';
import { excelFunctionsSource } from '../../scripts/build/functionsMetadata';

// The plugin's own declaration file is empty (`export {}`): it is an ESLint plugin object.
const officeAddins = plugin as unknown as ESLint.Plugin;
const eslint = new ESLint({ cwd: path.resolve('.') });

function excelFiles(folder = 'src/excel'): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return excelFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

async function findings(code: string, file = 'src/excel/panel/snippet.ts'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.resolve(file) });
  return result.messages.map((message) => `${message.line}: ${message.ruleId ?? message.message}`);
}

describe('ESLint with eslint-plugin-office-addins over src/excel', () => {
  it('gives every rule of the plugin, as an error, to each Excel file', async () => {
    const rules = Object.keys(officeAddins.rules ?? {}).map((rule) => `office-addins/${rule}`);
    expect(rules).toEqual(expect.arrayContaining([
      'office-addins/load-object-before-read', 'office-addins/no-context-sync-in-loop', 'office-addins/call-sync-before-read',
    ]));
    const files = excelFiles();
    expect(files).toEqual(expect.arrayContaining([
      path.join('src/excel/panel/excelPort.ts'), path.join('src/excel/panel/taskpane.ts'), path.join('src/excel/functions/excelCall.ts'),
    ]));
    for (const file of files) {
      expect(await eslint.isPathIgnored(file)).toBe(false);
      const config = await eslint.calculateConfigForFile(file) as { rules?: Record<string, unknown> };
      for (const rule of rules) expect([file, rule, config.rules?.[rule]]).toEqual([file, rule, [2]]);
    }
  });

  it('reports a property read without load, and a read before sync', async () => {
    expect(await findings([
      'export async function read(context: Excel.RequestContext): Promise<unknown> {',
      '  const range = context.workbook.getSelectedRange();',
      '  await context.sync();',
      '  return range.values;',
      '}',
    ].join('\n'))).toEqual(['4: office-addins/load-object-before-read']);
    expect(await findings([
      'export function read(context: Excel.RequestContext): unknown {',
      '  const range = context.workbook.getSelectedRange();',
      '  range.load("values");',
      '  return range.values;',
      '}',
    ].join('\n'))).toEqual(['4: office-addins/call-sync-after-load', '4: office-addins/call-sync-before-read']);
  });

  it('reports a sync in a loop, a null test of an OrNullObject result and Office.initialize', async () => {
    expect(await findings([
      'export async function each(context: Excel.RequestContext, names: string[]): Promise<void> {',
      '  for (const name of names) {',
      '    context.workbook.worksheets.getItem(name).activate();',
      '    await context.sync();',
      '  }',
      '}',
    ].join('\n'))).toEqual(['4: office-addins/no-context-sync-in-loop']);
    expect(await findings([
      'export async function exists(context: Excel.RequestContext): Promise<boolean> {',
      '  const sheet = context.workbook.worksheets.getItemOrNullObject("Clients");',
      '  await context.sync();',
      '  return sheet !== null;',
      '}',
      'Office.initialize = () => undefined;',
    ].join('\n'))).toEqual(['4: office-addins/test-for-null-using-isNullObject', '6: office-addins/no-office-initialize']);
  });

  it('finds nothing in the Excel code and the generated custom functions source', async () => {
    const results = await eslint.lintFiles(['src/excel']);
    expect(results.length).toBe(excelFiles().length);
    expect(results.flatMap((result) => result.messages.map((message) => `${result.filePath}:${message.line}: ${message.ruleId}`))).toEqual([]);
    expect(await findings(excelFunctionsSource(CATALOGUE), 'src/excel/functions/functions.generated.ts')).toEqual([]);
  });

  it('names the rule and the reason wherever a rule is switched off', () => {
    const directives = excelFiles().flatMap((file) => readFileSync(file, 'utf8').split('\n')
      .filter((line) => /eslint-disable/.test(line)).map((line) => ({ file, line: line.trim() })));
    for (const { file, line } of directives) {
      expect([file, line]).toEqual([file, expect.stringMatching(/^\/\/ eslint-disable-next-line office-addins\/[\w-]+ -- \S.{20,}$/)]);
    }
  });
});
