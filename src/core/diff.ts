/**
 * A word-level diff of two texts (a post's Markdown source before and after an edit), for the revision history.
 * Pure: no DOM, no locale. Words are runs of letters, combining marks and digits in any script (Arabic with its
 * diacritics, Vietnamese with its tone marks, whether typed precomposed or not); every other character
 * (punctuation, a Markdown `*`) is a token of its own, and so is every run of white space. The result is the
 * longest common subsequence of those tokens, as runs of kept, removed and added text.
 */

export type DiffKind = 'same' | 'removed' | 'added';

/** A run of text that both versions share (`same`), only the older has (`removed`) or only the newer (`added`). */
export interface DiffPart {
  kind: DiffKind;
  text: string;
}

/** Above this many token pairs (after the shared start and end are set aside) the change is shown whole. */
const MAX_CELLS = 4_000_000;

const TOKEN = /[\p{L}\p{M}\p{N}_]+|\s+|[^\p{L}\p{M}\p{N}_\s]/gu;

/** The tokens of a text, normalized (NFC) so the same word typed two ways compares equal. */
export function tokenize(text: string): string[] {
  return text.normalize('NFC').match(TOKEN) ?? [];
}

/** The word-level changes from `before` to `after`; joining the `same` and `added` parts gives `after` (NFC). */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = tokenize(before);
  const b = tokenize(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const parts: DiffPart[] = [];
  const push = (kind: DiffKind, text: string) => {
    const last = parts.at(-1);
    if (last?.kind === kind) last.text += text;
    else if (text) parts.push({ kind, text });
  };
  push('same', a.slice(0, start).join(''));
  for (const [kind, token] of middle(a.slice(start, endA), b.slice(start, endB))) push(kind, token);
  push('same', a.slice(endA).join(''));
  return tidy(parts);
}

/** The LCS edit script of two token lists (removals before additions within a change). */
function middle(a: string[], b: string[]): [DiffKind, string][] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0 || n * m > MAX_CELLS) {
    return [...a.map((t): [DiffKind, string] => ['removed', t]), ...b.map((t): [DiffKind, string] => ['added', t])];
  }
  // lengths[i * (m + 1) + j]: the LCS length of a[i..] and b[j..].
  const width = m + 1;
  const lengths = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      lengths[i * width + j] =
        a[i] === b[j] ? lengths[(i + 1) * width + j + 1] + 1 : Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1]);
    }
  }
  const script: [DiffKind, string][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      script.push(['same', a[i]]);
      i += 1;
      j += 1;
    } else if (lengths[(i + 1) * width + j] >= lengths[i * width + j + 1]) {
      script.push(['removed', a[i]]);
      i += 1;
    } else {
      script.push(['added', b[j]]);
      j += 1;
    }
  }
  for (; i < n; i += 1) script.push(['removed', a[i]]);
  for (; j < m; j += 1) script.push(['added', b[j]]);
  return script;
}

/**
 * Readable runs: white space alone between two changes joins them (one removed and one added run rather than a
 * patchwork of words), and within a change the removed text comes before the added.
 */
function tidy(parts: DiffPart[]): DiffPart[] {
  const result: DiffPart[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) result.push({ kind: 'removed', text: removed });
    if (added) result.push({ kind: 'added', text: added });
    removed = added = '';
  };
  parts.forEach((part, index) => {
    const between = index > 0 && index < parts.length - 1 && (removed || added);
    if (part.kind === 'removed') removed += part.text;
    else if (part.kind === 'added') added += part.text;
    else if (between && /^\s+$/.test(part.text)) {
      removed += part.text;
      added += part.text;
    } else {
      flush();
      result.push(part);
    }
  });
  flush();
  return result;
}
