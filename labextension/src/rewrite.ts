/**
 * Rewrites on the frontend side: the stale check, the edit written into the cell, and the unified
 * diff shown before "Apply all safe". Pure functions: the notebook itself is touched in cells.ts.
 *
 * The kernel computes every rewrite (nothing outside the analysis decides). The panel only writes
 * the kernel's `new_source` while the cell still holds the `old_source` that was analysed.
 */

/** Text with every CRLF or lone CR turned into LF. */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

export type StaleCheck = { fresh: true } | { fresh: false; reason: string };

/**
 * Whether the cell still holds the text the kernel analysed. Line endings do not count (a cell
 * saved on Windows holds CRLF, the kernel may have seen LF); any other difference does.
 */
export function checkFresh(current: string, analysed: string): StaleCheck {
  if (current === analysed || normalizeNewlines(current) === normalizeNewlines(analysed)) {
    return { fresh: true };
  }
  return {
    fresh: false,
    reason: 'the cell was edited after it ran, so it no longer holds the analysed text'
  };
}

/** `text` written with the line endings `like` uses (CRLF when all of its breaks are CRLF). */
export function matchNewlines(text: string, like: string): string {
  const breaks = like.match(/\r\n|\r|\n/g) ?? [];
  const crlf = breaks.length > 0 && breaks.every(lineBreak => lineBreak === '\r\n');
  const normalized = normalizeNewlines(text);
  return crlf ? normalized.replace(/\n/g, '\r\n') : normalized;
}

/** One replacement `[start, end) -> text` in the old string. */
export interface ITextEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * The smallest single replacement that turns `before` into `after`: their common prefix and suffix
 * stay untouched, so the editor keeps the cursor and one undo restores the rest.
 */
export function minimalEdit(before: string, after: string): ITextEdit {
  const limit = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < limit && before.charCodeAt(prefix) === after.charCodeAt(prefix)) {
    prefix++;
  }
  let suffix = 0;
  while (
    suffix < limit - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  return {
    start: prefix,
    end: before.length - suffix,
    text: after.slice(prefix, after.length - suffix)
  };
}

export function applyEdit(text: string, edit: ITextEdit): string {
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}

/**
 * What to write into a cell for a kernel rewrite: the new text in the cell's own line endings,
 * or the reason to refuse.
 */
export function planCellRewrite(
  current: string,
  oldSource: string,
  newSource: string
): { ok: true; source: string; edit: ITextEdit } | { ok: false; reason: string } {
  const check = checkFresh(current, oldSource);
  if (!check.fresh) {
    return { ok: false, reason: check.reason };
  }
  const source = matchNewlines(newSource, current);
  return { ok: true, source, edit: minimalEdit(current, source) };
}

// --- unified diff ------------------------------------------------------------------------------

/** Lines with their terminators; the last one may have none. */
export function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

type Op = { kind: ' ' | '-' | '+'; line: string };

/** Past this many cells in the LCS table, the changed middle is shown as removed then added. */
const MAX_LCS_CELLS = 4_000_000;

/** The edit script from `a` to `b` as a longest common subsequence of lines. */
function diffLines(a: string[], b: string[]): Op[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) {
    start++;
  }
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const ops: Op[] = a.slice(0, start).map(line => ({ kind: ' ', line }));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const n = midA.length;
  const m = midB.length;
  if (n * m > MAX_LCS_CELLS) {
    ops.push(...midA.map(line => ({ kind: '-' as const, line })));
    ops.push(...midB.map(line => ({ kind: '+' as const, line })));
  } else {
    // lcs[i][j]: LCS length of midA[i:] and midB[j:], in one flat array.
    const width = m + 1;
    const lcs = new Uint32Array((n + 1) * width);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i * width + j] =
          midA[i] === midB[j]
            ? lcs[(i + 1) * width + j + 1] + 1
            : Math.max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (midA[i] === midB[j]) {
        ops.push({ kind: ' ', line: midA[i] });
        i++;
        j++;
      } else if (lcs[(i + 1) * width + j] >= lcs[i * width + j + 1]) {
        ops.push({ kind: '-', line: midA[i++] });
      } else {
        ops.push({ kind: '+', line: midB[j++] });
      }
    }
    while (i < n) {
      ops.push({ kind: '-', line: midA[i++] });
    }
    while (j < m) {
      ops.push({ kind: '+', line: midB[j++] });
    }
  }
  ops.push(...a.slice(endA).map(line => ({ kind: ' ' as const, line })));
  return ops;
}

/** A hunk range as difflib writes it: `start,length`, `start` alone for one line. */
function formatRange(start: number, length: number): string {
  const first = start + 1;
  if (length === 1) {
    return `${first}`;
  }
  return length === 0 ? `${first - 1},0` : `${first},${length}`;
}

export interface IDiffOptions {
  fromFile?: string;
  toFile?: string;
  /** Lines of context around each change (3, as diff -u). */
  context?: number;
}

/**
 * The unified diff of two texts, line by line, as `diff -u` / Python's difflib writes it; a line
 * without a final newline is followed by `\ No newline at end of file`. Empty when equal.
 */
export function unifiedDiff(before: string, after: string, options: IDiffOptions = {}): string {
  const context = options.context ?? 3;
  const ops = diffLines(splitLines(before), splitLines(after));
  const changed = ops.map((op, index) => (op.kind === ' ' ? -1 : index)).filter(i => i >= 0);
  if (changed.length === 0) {
    return '';
  }
  // Group the changes whose contexts touch into hunks of op indices [from, to).
  const hunks: [number, number][] = [];
  for (const index of changed) {
    const from = Math.max(0, index - context);
    const to = Math.min(ops.length, index + 1 + context);
    const last = hunks[hunks.length - 1];
    if (last && from <= last[1]) {
      last[1] = Math.max(last[1], to);
    } else {
      hunks.push([from, to]);
    }
  }
  const out: string[] = [
    `--- ${options.fromFile ?? 'before'}\n`,
    `+++ ${options.toFile ?? 'after'}\n`
  ];
  // Line numbers (0-based) in each text at the start of every op.
  const lineA: number[] = [];
  const lineB: number[] = [];
  let a = 0;
  let b = 0;
  for (const op of ops) {
    lineA.push(a);
    lineB.push(b);
    if (op.kind !== '+') {
      a++;
    }
    if (op.kind !== '-') {
      b++;
    }
  }
  for (const [from, to] of hunks) {
    const slice = ops.slice(from, to);
    const lengthA = slice.filter(op => op.kind !== '+').length;
    const lengthB = slice.filter(op => op.kind !== '-').length;
    out.push(`@@ -${formatRange(lineA[from], lengthA)} +${formatRange(lineB[from], lengthB)} @@\n`);
    for (const op of slice) {
      out.push(op.kind + op.line);
      if (!op.line.endsWith('\n')) {
        out.push('\n\\ No newline at end of file\n');
      }
    }
  }
  return out.join('');
}
