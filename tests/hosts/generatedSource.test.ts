/**
 * The Excel functions source is generated in memory by the build (never written to the repo), so
 * `npm test`'s type check cannot see it: this test type-checks it with src/excel/tsconfig.json's
 * settings (DOM, Office and custom-functions types) as if it sat beside excelCall.ts.
 */
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../shared/catalogue/catalogue';
import { excelFunctionsSource } from '../../scripts/build/functionsMetadata';

describe('the generated Excel functions source', () => {
  it('type-checks with the Excel project\'s settings', () => {
    const config = ts.getParsedCommandLineOfConfigFile(path.resolve('src/excel/tsconfig.json'), {}, {
      ...ts.sys, onUnRecoverableConfigFileDiagnostic: (diagnostic) => { throw new Error(String(diagnostic.messageText)); },
    })!;
    const file = path.resolve('src/excel/functions/functions.generated.ts');
    const source = excelFunctionsSource(CATALOGUE);
    const host = ts.createCompilerHost(config.options);
    const readFile = host.readFile.bind(host);
    const fileExists = host.fileExists.bind(host);
    host.readFile = (name) => (path.resolve(name) === file ? source : readFile(name));
    host.fileExists = (name) => path.resolve(name) === file || fileExists(name);
    const program = ts.createProgram([file], { ...config.options, noEmit: true, noUnusedLocals: true }, host);
    const diagnostics = ts.getPreEmitDiagnostics(program)
      .filter((diagnostic) => diagnostic.file && path.resolve(diagnostic.file.fileName) === file)
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    expect(diagnostics).toEqual([]);
    expect(source).not.toMatch(/=>|\btype \w+ =/);
  }, 60_000);
});
