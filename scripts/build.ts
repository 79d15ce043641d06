/**
 * `npm run build`: the Excel add-in into dist/excel and the Google Sheets add-on into dist/sheets,
 * both generated from the function catalogue. The Excel URLs point at the base URL chosen here:
 * `--base-url https://example.org/client-value`, else the CLIENT_VALUE_BASE_URL environment
 * variable, else https://localhost:3000.
 */
import { buildExcel, DEFAULT_BASE_URL } from './build/excel';
import { buildSheets } from './build/sheets';

function baseUrlFromArguments(argv: readonly string[]): string | undefined {
  const index = argv.findIndex((arg) => arg === '--base-url' || arg.startsWith('--base-url='));
  if (index < 0) return undefined;
  const arg = argv[index];
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[index + 1];
}

const baseUrl = baseUrlFromArguments(process.argv.slice(2)) ?? process.env.CLIENT_VALUE_BASE_URL ?? DEFAULT_BASE_URL;
try {
  const excel = await buildExcel({ outDir: 'dist/excel', baseUrl });
  console.log(`dist/excel: ${excel.functionCount} functions, functions.js ${excel.functionsJsBytes} bytes, task pane: ${excel.panel}, base URL ${baseUrl}`);
  const sheets = await buildSheets({ outDir: 'dist/sheets' });
  console.log(`dist/sheets: Code.js ${sheets.codeJsBytes} bytes, ${sheets.customFunctions.length} custom functions, ${sheets.panelFunctions.length} panel functions`);
} catch (error) {
  console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
