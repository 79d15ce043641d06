import { describe, expect, it } from 'vitest';
import { runCli } from './runCli';
import { terminalText } from '../../src/cli/terminalText';

const ESC = '\u001b';
/** Three clients whose names try to act on the terminal: clear the screen, an OSC 8 link, a backspace rewrite. */
const HOSTILE = [
  'Client;Date;Amount',
  `${ESC}[2JScreen Ltd;2025-01-10;100`,
  `${ESC}]8;;https://evil.example${ESC}\\Link Ltd${ESC}]8;;${ESC}\\;2025-02-10;200`,
  'Good Co\b\b\b\b\b\b\bBad Co;2025-03-10;300',
  '\u202eoC desreveR;2025-03-11;50',
  `Bell\u0007 Co\u009b;2025-03-12;60`,
].join('\n');

const files = { 'hostile.csv': new TextEncoder().encode(HOSTILE) };

/** No character that acts on a terminal: controls but the line feed, C1 controls, bidi overrides. */
const ACTING = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('the command line never prints control characters from a sheet', () => {
  it('shows them as visible escapes in the text report', async () => {
    const { code, stdout } = await runCli(['segment', 'hostile.csv'], files);
    expect(code).toBe(0);
    expect(stdout).not.toMatch(ACTING);
    expect(stdout).toContain('\\u001b[2JScreen Ltd');
    expect(stdout).toContain('Good Co\\u0008\\u0008');
    expect(stdout).toContain('\\u202eoC desreveR');
  });

  it('keeps --json valid and its names intact, with no raw C1 control or bidi override', async () => {
    const { code, stdout } = await runCli(['segment', 'hostile.csv', '--json'], files);
    expect(code).toBe(0);
    expect(stdout).not.toMatch(ACTING);
    const names = JSON.parse(stdout).clients.map((client: { client: string }) => client.client).sort();
    expect(names).toContain(`${ESC}[2JScreen Ltd`);
    expect(names).toContain('\u202eoC desreveR');
    expect(names).toContain('Bell\u0007 Co\u009b');
  });

  it('escapes text echoed in an error on stderr', async () => {
    const { code, stderr } = await runCli([`${ESC}[2Jsegment`]);
    expect(code).toBe(2);
    expect(stderr).not.toMatch(ACTING);
    expect(stderr).toContain('\\u001b[2Jsegment');
  });

  it('escapes one character at a time, keeping line feeds and ordinary text', () => {
    expect(terminalText('a\tb\r\nc\u0000')).toBe('a\\u0009b\\u000d\nc\\u0000');
    expect(terminalText('ООО «Ромашка» 1 234,56')).toBe('ООО «Ромашка» 1 234,56');
  });
});
