/**
 * Excel's side of the catalogue, generated: the TypeScript source of the custom functions file
 * (JSDoc `@customfunction` per function, one `CustomFunctions.associate` each), its metadata from
 * the `custom-functions-metadata` API (the command-line tool exits 0 on errors, so the build calls
 * the API and fails itself), and one localised metadata file per language.
 */
import { parseTree, type IFunction } from 'custom-functions-metadata';
import { exampleLine } from '../../shared/catalogue/examples';
import type { CatalogueFunction, CatalogueParam } from '../../shared/catalogue/types';
import type { Lang } from '../../shared/i18n/lang';
import { t } from '../../shared/i18n/translate';

/** The locale Excel asks for each translated metadata file (the manifest's Override Locale). */
export const METADATA_LOCALES: Readonly<Record<Exclude<Lang, 'en'>, string>> = { ru: 'ru-RU', uk: 'uk-UA' };

/** Excel prefixes every function with the manifest's namespace. */
export const NAMESPACE = 'CLIENTS';

export interface CustomFunctionsMetadata {
  readonly allowCustomDataForDataTypeAny?: boolean;
  readonly functions: IFunction[];
}

/** JSDoc text must not close the comment or start a tag. */
function docText(text: string): string {
  return text.replace(/\*\//g, '* /').replace(/@/g, '(at)').replace(/\s+/g, ' ').trim();
}

/** The TypeScript type the metadata tool reads for a parameter (ranges are matrices of any cell). */
export function excelParamType(param: CatalogueParam): string {
  switch (param.kind) {
    case 'range':
    case 'rangeOrText':
      return 'any[][]';
    case 'text':
      return 'string';
    default:
      // 'number' and 'value' are `any` so that text reaches us and gets a message naming the argument.
      return 'any';
  }
}

function excelResultType(entry: CatalogueFunction): string {
  return entry.result === 'scalar' ? 'any' : 'any[][]';
}

/** The help Excel shows: the description and the first worked example, as typed in that language. */
export function excelDescription(entry: CatalogueFunction, lang: Lang): string {
  const name = `${NAMESPACE}.${lang === 'en' ? entry.name : entry.localNames[lang]}`;
  return `${t(lang, entry.help)} ${t(lang, 'catalogue.example')}: ${exampleLine(entry, entry.examples[0], lang, name)}`;
}

/** The custom functions source: no arrow functions, no type aliases, tag not on the first line. */
export function excelFunctionsSource(catalogue: readonly CatalogueFunction[]): string {
  const parts = [
    '// Generated from shared/catalogue by scripts/build/functionsMetadata.ts: do not edit.',
    'import { excelCall } from "./excelCall";',
    '',
  ];
  for (const entry of catalogue) {
    const params = entry.params.map((param) => `${param.name}${param.optional ? '?' : ''}: ${excelParamType(param)}`);
    parts.push(
      '/**',
      ` * ${docText(excelDescription(entry, 'en'))}`,
      ` * @customfunction ${entry.name} ${entry.name}`,
      ...entry.params.map((param) => ` * @param ${param.name} ${docText(t('en', param.help))}`),
      ` * @returns ${docText(t('en', entry.returns))}`,
      ' */',
      `export function ${entry.name}(${params.join(', ')}): ${excelResultType(entry)} {`,
      `  return excelCall("${entry.name}", [${entry.params.map((param) => param.name).join(', ')}]);`,
      '}',
      '',
    );
  }
  for (const entry of catalogue) parts.push(`CustomFunctions.associate("${entry.name}", ${entry.name});`);
  return parts.join('\n') + '\n';
}

/** Metadata of the generated source; throws with every error the tool reports. */
export function excelMetadata(source: string, fileName = 'functions.ts'): CustomFunctionsMetadata {
  const parsed = parseTree(source, fileName);
  const errors = parsed.extras.flatMap((extra) => extra.errors);
  if (errors.length > 0) throw new Error(`custom-functions-metadata reported errors:\n${errors.join('\n')}`);
  if (parsed.functions.length === 0) throw new Error('custom-functions-metadata found no functions');
  return { allowCustomDataForDataTypeAny: true, functions: parsed.functions };
}

/** The metadata with the names and help of `lang` (ids and parameter names stay the same). */
export function localisedMetadata(
  metadata: CustomFunctionsMetadata, catalogue: readonly CatalogueFunction[], lang: Exclude<Lang, 'en'>,
): CustomFunctionsMetadata {
  return {
    ...metadata,
    functions: metadata.functions.map((fn) => {
      const entry = catalogue.find((candidate) => candidate.name === fn.id);
      if (!entry) throw new Error(`metadata function ${fn.id} is not in the catalogue`);
      return {
        ...fn,
        name: entry.localNames[lang],
        description: excelDescription(entry, lang),
        parameters: fn.parameters.map((parameter) => {
          const param = entry.params.find((candidate) => candidate.name === parameter.name);
          if (!param) throw new Error(`metadata parameter ${fn.id}.${parameter.name} is not in the catalogue`);
          return { ...parameter, description: t(lang, param.help) };
        }),
      };
    }),
  };
}
