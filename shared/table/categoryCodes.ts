/**
 * Codes for a text column (order ids, products, managers...): each distinct label gets the next
 * code, in order of first appearance; texts that differ only in outer or repeated white space share
 * a label; blank text is -1.
 *
 * Why not a Map: an order-id column holds hundreds of thousands of distinct texts, and a Map that
 * large is rebuilt several times as it grows, on the JavaScript heap, where every rebuild makes the
 * garbage collector walk the whole cell grid the host handed over. This table keeps its slots in a
 * typed array (outside the collected heap), open addressing with an FNV-1a hash of the label; the
 * labels array, which the sales table needs anyway, holds the keys. The rare untidy texts
 * (`" З-1 "`) go through a small Map to their tidy label's code.
 */

/** Slots start at this many and double when half full. */
const INITIAL_SLOTS = 1024;

export class CategoryCodes {
  /** The distinct labels, in order of first appearance; a label's index is its code. */
  readonly labels: string[] = [];
  /** Per slot, 1 + code; 0 = empty. */
  private slots = new Int32Array(INITIAL_SLOTS);
  private mask = INITIAL_SLOTS - 1;
  /** Texts that are not their own label (outer or repeated white space, blank) → code. */
  private readonly untidy = new Map<string, number>();

  /** The code of a text, adding its label on first sight. */
  codeOf(text: string): number {
    let slot = hashText(text) & this.mask;
    for (;;) {
      const entry = this.slots[slot];
      if (entry === 0) break;
      if (this.labels[entry - 1] === text) return entry - 1;
      slot = (slot + 1) & this.mask;
    }
    const label = tidyLabel(text);
    if (label === text && label !== '') {
      const code = this.labels.push(label) - 1;
      this.slots[slot] = code + 1;
      if (this.labels.length * 2 > this.slots.length) this.grow();
      return code;
    }
    let code = this.untidy.get(text);
    if (code === undefined) {
      code = label === '' ? -1 : this.codeOf(label);
      this.untidy.set(text, code);
    }
    return code;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let code = 0; code < this.labels.length; code++) {
      let slot = hashText(this.labels[code]) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = code + 1;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/** FNV-1a over the UTF-16 code units. */
function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Trimmed, inner white space collapsed; the same string when it is already tidy. */
export function tidyLabel(raw: string): string {
  const length = raw.length;
  if (length === 0) return raw;
  let tidy = raw.charCodeAt(0) > 32 && raw.charCodeAt(length - 1) > 32;
  for (let i = 0; tidy && i < length; i++) {
    const code = raw.charCodeAt(i);
    if (code < 32 || code === 0xa0 || (code === 32 && raw.charCodeAt(i + 1) === 32) || (code >= 0x2000 && code <= 0x3000) || code === 0x1680 || code === 0xfeff) tidy = false;
  }
  return tidy ? raw : raw.replace(/\s+/g, ' ').trim();
}
