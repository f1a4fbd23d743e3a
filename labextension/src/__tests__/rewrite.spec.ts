import {
  applyEdit,
  checkFresh,
  matchNewlines,
  minimalEdit,
  normalizeNewlines,
  planCellRewrite,
  splitLines,
  unifiedDiff
} from '../rewrite';

const CELL = [
  'import tensorflow as tf',
  '',
  'def train_step(x, y):',
  '    return model(x) - y',
  ''
].join('\n');

const HYBRID = [
  'import tensorflow as tf',
  '',
  '@tf.function',
  'def train_step(x, y):',
  '    return model(x) - y',
  ''
].join('\n');

describe('stale check', () => {
  it('is fresh when the cell holds the analysed text', () => {
    expect(checkFresh(CELL, CELL)).toEqual({ fresh: true });
  });

  it('is stale when the cell was edited', () => {
    const edited = CELL.replace('- y', '+ y');
    const check = checkFresh(edited, CELL);
    expect(check.fresh).toBe(false);
    expect(checkFresh(CELL + ' ', CELL).fresh).toBe(false);
    expect(checkFresh('', CELL).fresh).toBe(false);
  });

  it('does not count line endings: CRLF or CR against LF', () => {
    const crlf = CELL.replace(/\n/g, '\r\n');
    expect(checkFresh(crlf, CELL)).toEqual({ fresh: true });
    expect(checkFresh(CELL, crlf)).toEqual({ fresh: true });
    expect(checkFresh(CELL.replace(/\n/g, '\r'), CELL)).toEqual({ fresh: true });
    expect(normalizeNewlines('a\r\nb\rc\n')).toBe('a\nb\nc\n');
  });

  it('still sees a real change under CRLF', () => {
    const crlf = CELL.replace(/\n/g, '\r\n').replace('model', 'net');
    expect(checkFresh(crlf, CELL).fresh).toBe(false);
  });
});

describe('writing the rewrite', () => {
  it('is the smallest replacement: the inserted decorator line', () => {
    const edit = minimalEdit(CELL, HYBRID);
    expect(edit).toEqual({
      start: CELL.indexOf('def'),
      end: CELL.indexOf('def'),
      text: '@tf.function\n'
    });
    expect(applyEdit(CELL, edit)).toBe(HYBRID);
  });

  it('is empty for no change, and round-trips both ways', () => {
    expect(minimalEdit(CELL, CELL)).toEqual({ start: CELL.length, end: CELL.length, text: '' });
    expect(applyEdit(HYBRID, minimalEdit(HYBRID, CELL))).toBe(CELL);
    expect(applyEdit('aaa', minimalEdit('aaa', 'aa'))).toBe('aa');
    expect(applyEdit('', minimalEdit('', 'x\n'))).toBe('x\n');
  });

  it('keeps the cell line endings', () => {
    const crlf = CELL.replace(/\n/g, '\r\n');
    expect(matchNewlines(HYBRID, crlf)).toBe(HYBRID.replace(/\n/g, '\r\n'));
    expect(matchNewlines(HYBRID, CELL)).toBe(HYBRID);
    expect(matchNewlines(HYBRID, 'one line')).toBe(HYBRID);
    const plan = planCellRewrite(crlf, CELL, HYBRID);
    expect(plan.ok && applyEdit(crlf, plan.edit)).toBe(HYBRID.replace(/\n/g, '\r\n'));
  });

  it('refuses a stale cell', () => {
    const plan = planCellRewrite(CELL + '# edited\n', CELL, HYBRID);
    expect(plan.ok).toBe(false);
  });
});

describe('unified diff', () => {
  it('is empty when nothing changes', () => {
    expect(unifiedDiff(CELL, CELL)).toBe('');
    expect(unifiedDiff('', '')).toBe('');
  });

  it('shows an added decorator line with its context (as difflib.unified_diff)', () => {
    expect(
      unifiedDiff(CELL, HYBRID, { fromFile: 'cell (as it ran)', toFile: 'cell (rewritten)' })
    ).toBe(
      [
        '--- cell (as it ran)',
        '+++ cell (rewritten)',
        '@@ -1,4 +1,5 @@',
        ' import tensorflow as tf',
        ' ',
        '+@tf.function',
        ' def train_step(x, y):',
        '     return model(x) - y',
        ''
      ].join('\n')
    );
  });

  it('shows a removed decorator and an added import', () => {
    const before = '@tf.function\ndef f(n):\n    return n + 1\n';
    const after = 'def f(n):\n    return n + 1\n';
    expect(unifiedDiff(before, after, { fromFile: 'a', toFile: 'b' })).toBe(
      '--- a\n+++ b\n@@ -1,3 +1,2 @@\n-@tf.function\n def f(n):\n     return n + 1\n'
    );
    expect(
      unifiedDiff('def f(x):\n    pass\n', 'import tensorflow as tf\ndef f(x):\n    pass\n')
    ).toBe(
      '--- before\n+++ after\n@@ -1,2 +1,3 @@\n+import tensorflow as tf\n def f(x):\n     pass\n'
    );
  });

  it('splits far-apart changes into hunks and numbers them', () => {
    const lines = Array.from({ length: 20 }, (_, i) => `line ${i + 1}\n`);
    const changed = [...lines];
    changed[1] = 'LINE 2\n';
    changed.splice(17, 0, 'new\n');
    expect(unifiedDiff(lines.join(''), changed.join(''), { fromFile: 'a', toFile: 'b' })).toBe(
      [
        '--- a',
        '+++ b',
        '@@ -1,5 +1,5 @@',
        ' line 1',
        '-line 2',
        '+LINE 2',
        ' line 3',
        ' line 4',
        ' line 5',
        '@@ -15,6 +15,7 @@',
        ' line 15',
        ' line 16',
        ' line 17',
        '+new',
        ' line 18',
        ' line 19',
        ' line 20',
        ''
      ].join('\n')
    );
  });

  it('uses the start,0 form for an insertion into an empty text', () => {
    expect(unifiedDiff('', 'x\n', { fromFile: 'a', toFile: 'b' })).toBe(
      '--- a\n+++ b\n@@ -0,0 +1 @@\n+x\n'
    );
  });

  it('marks a last line without a newline', () => {
    expect(unifiedDiff('a\nb', 'a\nc', { fromFile: 'x', toFile: 'y' })).toBe(
      '--- x\n+++ y\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n'
    );
    expect(unifiedDiff('a\n', 'a', { fromFile: 'x', toFile: 'y' })).toBe(
      '--- x\n+++ y\n@@ -1 +1 @@\n-a\n+a\n\\ No newline at end of file\n'
    );
  });

  it('splits lines keeping their terminators', () => {
    expect(splitLines('a\nb')).toEqual(['a\n', 'b']);
    expect(splitLines('a\n\n')).toEqual(['a\n', '\n']);
    expect(splitLines('')).toEqual([]);
  });

  it('handles a large cell with a one-line change quickly', () => {
    const big = Array.from({ length: 10000 }, (_, i) => `x${i} = ${i}\n`).join('');
    const changed = big.replace('x5000 = 5000\n', '@tf.function\nx5000 = 5000\n');
    const diff = unifiedDiff(big, changed, { fromFile: 'a', toFile: 'b' });
    expect(diff).toContain('@@ -4998,6 +4998,7 @@\n');
    expect(diff).toContain('+@tf.function\n');
  });
});
