/**
 * The Excel bundles (taskpane.js, functions.js) must run in the oldest webview Office can host this
 * add-in in (scripts/build/webviews.ts: ES2017 syntax; Chromium Edge 79, Chrome 80, Firefox 78,
 * Safari 13). esbuild lowers what it can for that target and fails on what it cannot; this test
 * checks the output itself, with a parser and tables of its own:
 * - it parses as ES2017 (acorn), regular expressions aside, which are checked feature by feature
 *   (lookbehind and the `d`/`v` flags are newer than Safari 13);
 * - it has no array rest pattern, the shape of the WebKit destructuring bug of Safari 9 to 13.1;
 * - the built-in objects and methods it calls exist in those webviews, except the ones listed in
 *   KNOWN_NEWER (each one named, with where it comes from, and checked to still be there).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as acorn from 'acorn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExcel } from '../../scripts/build/excel';
import { OFFICE_WEBVIEW_TARGET } from '../../scripts/build/webviews';

/** The oldest engine versions the target names (Edge from 79 is Chromium with the same number). */
function floors(target: readonly string[]): { chrome: number; firefox: number; safari: number } {
  const version = (name: string): number => {
    const found = target.find((entry) => entry.startsWith(name));
    if (!found) throw new Error(`the target names no ${name}`);
    return Number(found.slice(name.length));
  };
  return { chrome: Math.min(version('chrome'), version('edge')), firefox: version('firefox'), safari: version('safari') };
}

interface Since { chrome: number; firefox: number; safari: number }
/**
 * Built-ins newer than ES2017's era, with the first Chrome, Firefox and Safari that have them
 * (MDN browser-compat data). `member` is looked up as a property name (`x.flat(...)`), `global`
 * as a free identifier (`structuredClone(...)`).
 */
const BUILT_INS: readonly { name: string; kind: 'member' | 'global'; since: Since }[] = [
  { name: 'flat', kind: 'member', since: { chrome: 69, firefox: 62, safari: 12 } },
  { name: 'flatMap', kind: 'member', since: { chrome: 69, firefox: 62, safari: 12 } },
  { name: 'trimStart', kind: 'member', since: { chrome: 66, firefox: 61, safari: 12 } },
  { name: 'trimEnd', kind: 'member', since: { chrome: 66, firefox: 61, safari: 12 } },
  { name: 'fromEntries', kind: 'member', since: { chrome: 73, firefox: 63, safari: 12.1 } },
  { name: 'matchAll', kind: 'member', since: { chrome: 73, firefox: 67, safari: 13 } },
  { name: 'allSettled', kind: 'member', since: { chrome: 76, firefox: 71, safari: 13 } },
  { name: 'globalThis', kind: 'global', since: { chrome: 71, firefox: 65, safari: 12.1 } },
  { name: 'queueMicrotask', kind: 'global', since: { chrome: 71, firefox: 69, safari: 12.1 } },
  { name: 'replaceAll', kind: 'member', since: { chrome: 85, firefox: 77, safari: 13.1 } },
  { name: 'any', kind: 'member', since: { chrome: 85, firefox: 79, safari: 14 } },
  { name: 'AggregateError', kind: 'global', since: { chrome: 85, firefox: 79, safari: 14 } },
  { name: 'replaceChildren', kind: 'member', since: { chrome: 86, firefox: 78, safari: 14 } },
  { name: 'WeakRef', kind: 'global', since: { chrome: 84, firefox: 79, safari: 14.1 } },
  { name: 'Segmenter', kind: 'member', since: { chrome: 87, firefox: 125, safari: 14.1 } },
  { name: 'ListFormat', kind: 'member', since: { chrome: 72, firefox: 78, safari: 14.1 } },
  { name: 'at', kind: 'member', since: { chrome: 92, firefox: 90, safari: 15.4 } },
  { name: 'hasOwn', kind: 'member', since: { chrome: 93, firefox: 92, safari: 15.4 } },
  { name: 'structuredClone', kind: 'global', since: { chrome: 98, firefox: 94, safari: 15.4 } },
  { name: 'findLast', kind: 'member', since: { chrome: 97, firefox: 104, safari: 15.4 } },
  { name: 'findLastIndex', kind: 'member', since: { chrome: 97, firefox: 104, safari: 15.4 } },
  { name: 'toSorted', kind: 'member', since: { chrome: 110, firefox: 115, safari: 16 } },
  { name: 'toReversed', kind: 'member', since: { chrome: 110, firefox: 115, safari: 16 } },
  { name: 'toSpliced', kind: 'member', since: { chrome: 110, firefox: 115, safari: 16 } },
  { name: 'fromAsync', kind: 'member', since: { chrome: 121, firefox: 115, safari: 16.4 } },
  { name: 'groupBy', kind: 'member', since: { chrome: 117, firefox: 119, safari: 17.4 } },
  { name: 'withResolvers', kind: 'member', since: { chrome: 119, firefox: 121, safari: 17.4 } },
  { name: 'requestIdleCallback', kind: 'global', since: { chrome: 47, firefox: 55, safari: Infinity } },
];

/**
 * Built-ins newer than the target that the bundles use today, with where: they fail in the oldest
 * webviews (a ReferenceError when that code runs). The fix belongs to the owner of that code; the
 * test fails when a new one appears, and when one listed here is gone (then delete the entry).
 */
const KNOWN_NEWER: Readonly<Record<string, Record<string, string>>> = {
  'taskpane.js': {},
  'functions.js': {},
};

interface Findings { syntax: string | null; regexps: string[]; arrayRest: number; builtIns: string[] }

/** What in `code` is newer than `target` allows. */
function check(code: string, target: readonly string[]): Findings {
  const floor = floors(target);
  const regexps: string[] = [];
  const flagged = (pattern: string, flags: string) => {
    if (/\(\?<[=!]/.test(pattern)) regexps.push(`/${pattern}/${flags}: lookbehind (Safari 16.4)`);
    if (/[dv]/.test(flags)) regexps.push(`/${pattern}/${flags}: flag d or v (Safari 15, 17)`);
  };
  // Regular expression literals are blanked for the ES2017 parse (acorn checks their patterns by
  // edition, and named groups or \p{...} are ES2018 although every target has them), and checked
  // on their own.
  let blanked = '';
  let last = 0;
  for (const token of acorn.tokenizer(code, { ecmaVersion: 'latest' })) {
    if (token.type.label !== 'regexp') continue;
    // acorn's tokens carry the regular expression's parts in `value` (not in its type definitions).
    const { pattern, flags } = (token as acorn.Token & { value: { pattern: string; flags: string } }).value;
    flagged(pattern, flags);
    blanked += `${code.slice(last, token.start)}/r/`;
    last = token.end;
  }
  blanked += code.slice(last);
  let syntax: string | null = null;
  try {
    acorn.parse(blanked, { ecmaVersion: 2017, sourceType: 'script' });
  } catch (error) {
    syntax = (error as Error).message;
  }
  const ast = acorn.parse(code, { ecmaVersion: 'latest', sourceType: 'script' });
  let arrayRest = 0;
  const used = new Set<string>();
  const declared = new Set<string>();
  const visit = (node: acorn.Node, parent: acorn.Node | null): void => {
    const any = node as acorn.Node & Record<string, unknown>;
    if (node.type === 'RestElement' && parent?.type === 'ArrayPattern') arrayRest++;
    if (node.type === 'MemberExpression' && !any.computed) used.add(`.${(any.property as acorn.Identifier).name}`);
    if (node.type === 'Identifier' && !(parent?.type === 'MemberExpression' && (parent as acorn.MemberExpression).property === node)
      && !(parent?.type === 'Property' && (parent as acorn.Property).key === node)) used.add(any.name as string);
    if (node.type === 'VariableDeclarator' && (any.id as acorn.Node).type === 'Identifier') declared.add((any.id as acorn.Identifier).name);
    if (node.type === 'FunctionDeclaration' && any.id) declared.add((any.id as acorn.Identifier).name);
    if (node.type === 'NewExpression' || node.type === 'CallExpression') {
      const call = node as acorn.CallExpression;
      if (call.callee.type === 'Identifier' && call.callee.name === 'RegExp') {
        const [pattern, flags] = call.arguments.map((argument) => (argument.type === 'Literal' ? String(argument.value) : null));
        if (pattern !== null && pattern !== undefined) flagged(pattern, flags ?? '');
      }
    }
    for (const value of Object.values(any)) {
      if (Array.isArray(value)) for (const child of value) { if (child && typeof child.type === 'string') visit(child, node); }
      else if (value && typeof (value as acorn.Node).type === 'string') visit(value as acorn.Node, node);
    }
  };
  visit(ast, null);
  const builtIns = BUILT_INS.filter(({ name, kind, since }) =>
    (kind === 'member' ? used.has(`.${name}`) : used.has(name) && !declared.has(name))
    && (since.chrome > floor.chrome || since.firefox > floor.firefox || since.safari > floor.safari))
    .map(({ name }) => name);
  return { syntax, regexps, arrayRest, builtIns };
}

describe('the checker', () => {
  it('finds syntax, regular expressions, array rest patterns and built-ins newer than the target', () => {
    expect(check('var a = {}; var b = a?.c ?? 1;', OFFICE_WEBVIEW_TARGET).syntax).toMatch(/Unexpected token/);
    expect(check('var a = { ...b };', OFFICE_WEBVIEW_TARGET).syntax).not.toBeNull();
    expect(check('try { f(); } catch { g(); }', OFFICE_WEBVIEW_TARGET).syntax).not.toBeNull();
    expect(check('var r = /(?<=a)b/; var s = new RegExp("(?<!x)y", "d");', OFFICE_WEBVIEW_TARGET).regexps).toHaveLength(3);
    expect(check('var r = /[^\\p{L}\\p{N}]+/u, s = /(?<year>\\d{4})/s;', OFFICE_WEBVIEW_TARGET))
      .toEqual({ syntax: null, regexps: [], arrayRest: 0, builtIns: [] });
    expect(check('let [a, ...rest] = x; let { b, c } = y; let [d, e] = z;', OFFICE_WEBVIEW_TARGET).arrayRest).toBe(1);
    expect(check('x.at(-1); structuredClone(y); z.flat(); Object.fromEntries(w);', OFFICE_WEBVIEW_TARGET).builtIns)
      .toEqual(['at', 'structuredClone']);
    expect(check('function structuredClone(v) { return v; } structuredClone(1); var o = { at: 1 };', OFFICE_WEBVIEW_TARGET).builtIns)
      .toEqual([]);
  });
});

describe('the Excel bundles, built for the webviews Office uses', () => {
  let outDir: string;
  const bundles: Record<string, string> = {};
  beforeAll(async () => {
    outDir = mkdtempSync(path.join(tmpdir(), 'client-value-webviews-'));
    const result = await buildExcel({ outDir });
    expect(result.panel).toBe('panel');
    for (const name of ['taskpane.js', 'functions.js']) bundles[name] = readFileSync(path.join(outDir, name), 'utf8');
  }, 120_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('target Chromium Edge 79, Chrome 80, Firefox 78 and Safari 13 with ES2017 syntax', () => {
    expect(OFFICE_WEBVIEW_TARGET).toEqual(['es2017', 'edge79', 'chrome80', 'firefox78', 'safari13']);
    expect(floors(OFFICE_WEBVIEW_TARGET)).toEqual({ chrome: 79, firefox: 78, safari: 13 });
  });

  for (const name of ['taskpane.js', 'functions.js']) {
    it(`${name}: ES2017 syntax, no regular expression or array rest pattern those webviews get wrong`, () => {
      const findings = check(bundles[name], OFFICE_WEBVIEW_TARGET);
      expect(findings.syntax).toBeNull();
      expect(findings.regexps).toEqual([]);
      expect(findings.arrayRest).toBe(0);
    });

    it(`${name}: no built-in newer than those webviews, but the known ones`, () => {
      const { builtIns } = check(bundles[name], OFFICE_WEBVIEW_TARGET);
      expect(builtIns.sort()).toEqual(Object.keys(KNOWN_NEWER[name]).sort());
    });
  }

  it('the task pane page loads its scripts as classic scripts (no modules, which the target does not need)', () => {
    const html = readFileSync(path.join(outDir, 'taskpane.html'), 'utf8');
    expect(html).not.toMatch(/type="module"|nomodule/);
    expect(html).toMatch(/<script src="functions\.js"><\/script>/);
    expect(html).toMatch(/<script src="taskpane\.js"><\/script>/);
  });
});
