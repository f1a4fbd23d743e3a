import { mayLoadExtension, parseKernelMessage } from '../comm';

describe('kernel messages', () => {
  it('accepts a report with functions', () => {
    const report = { schema: 'hybridize-report/1', functions: [] };
    expect(parseKernelMessage({ type: 'report', report })).toEqual({ type: 'report', report });
    expect(parseKernelMessage({ type: 'report', report: {} })).toBeNull();
  });

  it('reads an applied rewrite, with or without a cell id', () => {
    expect(
      parseKernelMessage({
        type: 'applied',
        qualname: 'f, g',
        qualnames: ['f', 'g'],
        cell_id: 'abc',
        old_source: 'a',
        new_source: 'b'
      })
    ).toEqual({
      type: 'applied',
      qualname: 'f, g',
      qualnames: ['f', 'g'],
      cell_id: 'abc',
      old_source: 'a',
      new_source: 'b',
      preview: false
    });
    const parsed = parseKernelMessage({
      type: 'applied',
      qualname: 'f',
      cell_id: null,
      old_source: '',
      new_source: 'x',
      preview: true
    });
    expect(parsed).toMatchObject({ cell_id: null, preview: true });
    expect(parseKernelMessage({ type: 'applied', qualname: 'f' })).toBeNull();
  });

  it('reads benchmark progress and results, in either spelling', () => {
    expect(parseKernelMessage({ type: 'bench_progress', qualname: 'f', fraction: 0.25 })).toEqual({
      type: 'bench_progress',
      qualname: 'f',
      fraction: 0.25,
      phase: undefined
    });
    expect(
      parseKernelMessage({ type: 'bench_progress', qualname: 'f', fraction: 0.5, phase: 'graph' })
    ).toMatchObject({ phase: 'graph' });
    const benchmark = { speedup: 3, eager_ms: 3, graph_ms: 1 };
    expect(parseKernelMessage({ type: 'bench_result', qualname: 'f', benchmark })).toEqual({
      type: 'bench_result',
      qualname: 'f',
      benchmark
    });
    expect(parseKernelMessage({ type: 'benchmark', qualname: 'f', result: benchmark })).toEqual({
      type: 'bench_result',
      qualname: 'f',
      benchmark
    });
    // The result may be the updated report entry.
    expect(
      parseKernelMessage({ type: 'benchmark', qualname: 'f', result: { qualname: 'f', benchmark } })
    ).toEqual({ type: 'bench_result', qualname: 'f', benchmark });
  });

  it('reads errors and ignores anything else', () => {
    expect(parseKernelMessage({ type: 'error', message: 'boom' })).toEqual({
      type: 'error',
      message: 'boom',
      qualname: undefined
    });
    expect(parseKernelMessage({ type: 'error', message: 'no', qualname: 'f' })).toMatchObject({
      qualname: 'f'
    });
    expect(parseKernelMessage({ type: 'nonsense' })).toBeNull();
    expect(parseKernelMessage('report')).toBeNull();
    expect(parseKernelMessage(null)).toBeNull();
  });
});

describe('mayLoadExtension', () => {
  it('recognises the ways a cell loads the kernel extension', () => {
    expect(mayLoadExtension('%load_ext hybridize_kernel')).toBe(true);
    expect(mayLoadExtension('import numpy as np\n%reload_ext hybridize_kernel\n')).toBe(true);
    expect(
      mayLoadExtension(
        'import hybridize_kernel\nhybridize_kernel.load_ipython_extension(get_ipython())'
      )
    ).toBe(true);
  });

  it('ignores cells that do not mention it', () => {
    expect(mayLoadExtension('import tensorflow as tf')).toBe(false);
    expect(mayLoadExtension('%load_ext autoreload')).toBe(false);
    expect(mayLoadExtension('my_hybridize_kernels = 3')).toBe(false);
  });
});
