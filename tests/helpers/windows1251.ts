/** Windows-1251 bytes of a text (the inverse of Node's decoder over the 256 byte values), for CSV-reading tests. */
export function windows1251(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1251');
  const byChar = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) byChar.set(decoder.decode(Uint8Array.of(byte)), byte);
  return Uint8Array.from([...text], (char) => {
    const byte = byChar.get(char);
    if (byte === undefined) throw new Error(`not in windows-1251: ${char}`);
    return byte;
  });
}
