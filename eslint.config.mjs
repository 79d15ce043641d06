// ESLint over the Excel host code (src/excel/**): Microsoft's eslint-plugin-office-addins rules,
// which catch Office.js batching faults the type checker cannot see (a property read before
// load() and sync(), a sync() in a loop, navigation properties in load(), null tests instead of
// isNullObject). TypeScript is parsed by typescript-eslint. Only the plugin's own rules are used:
// its recommended config also brings Prettier formatting and ESLint's core rules, which this
// repository does not follow. Every rule is an error, so `npm run lint` (part of `npm test`) fails
// on a finding; a deliberate exception is disabled on its line with a comment saying why.
import officeAddins from 'eslint-plugin-office-addins';
import tseslint from 'typescript-eslint';

export const OFFICE_ADDINS_RULES = {
  'office-addins/call-sync-after-load': 'error',
  'office-addins/call-sync-before-read': 'error',
  'office-addins/load-object-before-read': 'error',
  'office-addins/no-context-sync-in-loop': 'error',
  'office-addins/no-empty-load': 'error',
  'office-addins/no-navigational-load': 'error',
  'office-addins/no-office-initialize': 'error',
  'office-addins/test-for-null-using-isNullObject': 'error',
};

export default [
  {
    files: ['src/excel/**/*.ts'],
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 'latest',
      sourceType: 'module',
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { 'office-addins': officeAddins },
    rules: OFFICE_ADDINS_RULES,
  },
];
