/**
 * The Apps Script manifest logs no exceptions (exceptionLogging NONE): the messages the server and
 * the custom functions throw carry sheet text, and STACKDRIVER would copy them into the Cloud logs
 * of the script's owner (for an add-on, the developer). The build refuses any other setting.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClientValueError } from '../../shared/errors';
import { checkedManifest } from '../../scripts/build/sheets';
import { toServerError } from '../../src/sheets/panel/serverErrors';

const manifest = readFileSync(path.resolve(__dirname, '../../appsscript.json'), 'utf8');

describe('exceptionLogging', () => {
  it('the shipped manifest says NONE and the build passes it on unchanged', () => {
    expect(JSON.parse(manifest).exceptionLogging).toBe('NONE');
    expect(checkedManifest(manifest)).toBe(manifest);
  });

  it('the build refuses STACKDRIVER (or a missing setting, which Apps Script treats as logging)', () => {
    const stackdriver = JSON.stringify({ ...JSON.parse(manifest), exceptionLogging: 'STACKDRIVER' });
    expect(() => checkedManifest(stackdriver)).toThrow(/exceptionLogging must be "NONE" \(got "STACKDRIVER"\)/);
    const { exceptionLogging: _, ...without } = JSON.parse(manifest);
    expect(() => checkedManifest(JSON.stringify(without))).toThrow(/exceptionLogging must be "NONE"/);
  });

  it('why: a server error carries cell text in its message (the sidebar needs it to show the message)', () => {
    const error = toServerError(new ClientValueError('table.error.columnNotFound', { roleEn: 'client', column: 'Z', columns: 'A–C', seen: 'ООО «Ромашка» +7 900 123-45-67' }));
    expect(error.message).toContain('ООО «Ромашка» +7 900 123-45-67');
  });
});
