import {
  cellLabel,
  codeSpans,
  describeBenchmark,
  describeChanges,
  describePlan,
  describeRecommendation,
  formatMs,
  formatSpeedup,
  formatSummary,
  IFinding,
  IFunctionEntry,
  IReport,
  isSafe,
  plainText,
  ReportModel,
  reportSummary,
  sortEntries,
  summarize,
  visibleFindings,
  wordingOf
} from '../model';

function entry(overrides: Partial<IFunctionEntry>): IFunctionEntry {
  return {
    unit: 'cell:a',
    qualname: 'f',
    line: 1,
    is_hybrid: false,
    candidate: false,
    passing_precondition: null,
    transformations: [],
    findings: [],
    assumptions: [],
    benchmark: null,
    ...overrides
  };
}

const error = {
  code: 'HAS_EAGER_ONLY_CALLS',
  severity: 'error' as const,
  message: '`f` calls .numpy()'
};
const info = {
  code: 'HAS_COVERED_CALLERS',
  severity: 'info' as const,
  message: 'traced by callers'
};
const warning = {
  code: 'KERAS3_LAYER_CALL',
  severity: 'warning' as const,
  message: 'forward only'
};

describe('summary', () => {
  it('counts functions, candidates and refactorable candidates', () => {
    const functions = [
      entry({
        qualname: 'a',
        candidate: true,
        passing_precondition: 'P1',
        transformations: ['CONVERT_TO_HYBRID']
      }),
      entry({ qualname: 'b', candidate: true, findings: [error] }),
      entry({ qualname: 'c' }),
      // A passing precondition on a non-candidate does not count.
      entry({ qualname: 'd', passing_precondition: 'P1' })
    ];
    expect(summarize(functions)).toEqual({ functions: 4, candidates: 2, refactorable: 1 });
    expect(formatSummary(summarize(functions))).toBe('4 functions, 2 candidates, 1 refactorable');
  });

  it('say in plain words what changes and what stays', () => {
    const add = entry({ qualname: 'a', transformations: ['CONVERT_TO_HYBRID'] });
    const remove = entry({ qualname: 'b', transformations: ['CONVERT_TO_EAGER'], is_hybrid: true });
    const keep = entry({ qualname: 'c' });
    expect(describeChanges([add, remove, keep, keep])).toBe(
      '2 changes recommended (1 add, 1 remove) · 2 stay as they are'
    );
    expect(describeChanges([add, keep])).toBe('1 change recommended (1 add) · 1 stays as it is');
    expect(describeChanges([keep])).toBe('No change recommended · 1 stays as it is');
    expect(describeChanges([add])).toBe('1 change recommended (1 add)');
    expect(describeChanges([])).toBe('No function yet');
  });

  it("shows the engine's plan line only when helpers are traced inside decorated callers", () => {
    const plan = 'decorate 1 function; 2 helpers are traced inside decorated callers';
    expect(describePlan({ functions: [], summary: { plan, traced_inside: 2 } })).toBe(plan);
    expect(
      describePlan({ functions: [], summary: { plan: 'decorate 1 function', traced_inside: 0 } })
    ).toBe('');
    expect(describePlan({ functions: [] })).toBe('');
    expect(describePlan(null)).toBe('');
  });

  it('uses singular words for one', () => {
    expect(formatSummary({ functions: 1, candidates: 1, refactorable: 0 })).toBe(
      '1 function, 1 candidate, 0 refactorable'
    );
  });

  it("prefers the report's own summary, and counts what it lacks", () => {
    const functions = [entry({ candidate: true })];
    expect(
      reportSummary({ functions, summary: { functions: 7, candidates: 3, refactorable: 2 } })
    ).toEqual({
      functions: 7,
      candidates: 3,
      refactorable: 2
    });
    expect(reportSummary({ functions, summary: { functions: 1 } })).toEqual({
      functions: 1,
      candidates: 1,
      refactorable: 0
    });
    expect(reportSummary({ functions })).toEqual({ functions: 1, candidates: 1, refactorable: 0 });
  });

  it('is empty for an empty report', () => {
    expect(summarize([])).toEqual({ functions: 0, candidates: 0, refactorable: 0 });
  });
});

describe('sorting', () => {
  it('puts actionable rows first, then candidates with errors, then the rest', () => {
    const plain = entry({ qualname: 'plain', unit: 'cell:a', line: 1 });
    const blocked = entry({
      qualname: 'blocked',
      unit: 'cell:a',
      line: 5,
      candidate: true,
      findings: [error]
    });
    const action = entry({
      qualname: 'action',
      unit: 'cell:b',
      line: 9,
      transformations: ['CONVERT_TO_HYBRID']
    });
    expect(sortEntries([plain, blocked, action]).map(e => e.qualname)).toEqual([
      'action',
      'blocked',
      'plain'
    ]);
  });

  it('keeps unit order of first appearance within a group, then goes by line', () => {
    const rows = [
      entry({ qualname: 'b2', unit: 'cell:b', line: 20 }),
      entry({ qualname: 'a9', unit: 'cell:a', line: 9 }),
      entry({ qualname: 'b1', unit: 'cell:b', line: 1 }),
      entry({ qualname: 'a1', unit: 'cell:a', line: 1 })
    ];
    expect(sortEntries(rows).map(e => e.qualname)).toEqual(['b1', 'b2', 'a1', 'a9']);
  });

  it('is stable for equal keys and does not change its input', () => {
    const rows = [entry({ qualname: 'x' }), entry({ qualname: 'y' })];
    const copy = [...rows];
    expect(sortEntries(rows).map(e => e.qualname)).toEqual(['x', 'y']);
    expect(rows).toEqual(copy);
  });

  it('a candidate whose only findings are warnings is not in the error group', () => {
    const warned = entry({
      qualname: 'warned',
      unit: 'cell:a',
      line: 1,
      candidate: true,
      findings: [warning]
    });
    const blocked = entry({
      qualname: 'blocked',
      unit: 'cell:a',
      line: 2,
      candidate: true,
      findings: [error]
    });
    expect(sortEntries([warned, blocked]).map(e => e.qualname)).toEqual(['blocked', 'warned']);
  });
});

describe('info findings', () => {
  const row = entry({ findings: [error, info, warning] });

  it('are hidden unless asked for', () => {
    expect(visibleFindings(row, false).map(f => f.code)).toEqual([
      'HAS_EAGER_ONLY_CALLS',
      'KERAS3_LAYER_CALL'
    ]);
  });

  it('are shown when asked for, in the report order', () => {
    expect(visibleFindings(row, true).map(f => f.code)).toEqual([
      'HAS_EAGER_ONLY_CALLS',
      'HAS_COVERED_CALLERS',
      'KERAS3_LAYER_CALL'
    ]);
  });
});

describe('recommendations', () => {
  it('read like the kernel table', () => {
    expect(describeRecommendation(entry({ transformations: ['CONVERT_TO_HYBRID'] }))).toBe(
      'add @tf.function'
    );
    expect(
      describeRecommendation(entry({ transformations: ['CONVERT_TO_EAGER'], is_hybrid: true }))
    ).toBe('remove @tf.function');
    expect(
      describeRecommendation(entry({ transformations: ['RECONFIGURE'], is_hybrid: true }))
    ).toBe('reconfigure @tf.function');
    expect(describeRecommendation(entry({ is_hybrid: true }))).toBe('keep hybrid');
    expect(describeRecommendation(entry({}))).toBe('keep eager');
  });

  it('say when a measurement changed them', () => {
    const measured = (code: string) => ({ code, severity: 'warning', message: '' }) as IFinding;
    expect(describeRecommendation(entry({ findings: [measured('TRACING_DOES_NOT_PAY')] }))).toBe(
      'keep eager (measured)'
    );
    expect(
      describeRecommendation(
        entry({
          transformations: ['CONVERT_TO_EAGER'],
          is_hybrid: true,
          findings: [measured('NO_MEASURED_SPEEDUP')]
        })
      )
    ).toBe('remove @tf.function (measured)');
    expect(describeRecommendation(entry({ findings: [measured('HAS_PYTHON_SIDE_EFFECTS')] }))).toBe(
      'keep eager'
    );
  });

  it('name the arguments the decorator will carry', () => {
    expect(
      describeRecommendation(
        entry({
          transformations: ['CONVERT_TO_HYBRID'],
          decorator_arguments: { jit_compile: 'True' }
        })
      )
    ).toBe('add @tf.function(jit_compile=True)');
    expect(
      describeRecommendation(
        entry({
          transformations: ['RECONFIGURE'],
          is_hybrid: true,
          decorator_arguments: { reduce_retracing: 'True' }
        })
      )
    ).toBe('reconfigure @tf.function(reduce_retracing=True)');
  });

  it('are safe when the engine says so and no later benchmark saw them differ', () => {
    const action = entry({ transformations: ['CONVERT_TO_HYBRID'], safe: true });
    expect(isSafe(action)).toBe(true);
    expect(isSafe(entry({}))).toBe(false);
    expect(isSafe({ ...action, safe: false, findings: [warning] })).toBe(false);
    expect(isSafe({ ...action, safe: undefined })).toBe(false);
    expect(isSafe(action, { speedup: 2, equivalent: false })).toBe(false);
    expect(isSafe(action, { speedup: 2, equivalent: true })).toBe(true);
  });

  it('label cells by execution count, then cell id, then unit', () => {
    expect(cellLabel(entry({ execution_count: 5, cell_id: 'abc' }))).toBe('[5]');
    expect(cellLabel(entry({ cell_id: 'abc' }))).toBe('abc');
    expect(cellLabel(entry({ unit: 'cell:xyz' }))).toBe('xyz');
  });
});

describe('benchmark wording', () => {
  it('formats speedups and times like the kernel', () => {
    expect(formatSpeedup(12.4)).toBe('12\u00d7');
    expect(formatSpeedup(3.21)).toBe('3.2\u00d7');
    expect(formatSpeedup(0.456)).toBe('0.46\u00d7');
    expect(formatSpeedup(null)).toBe('');
    expect(formatMs(123.4)).toBe('123 ms');
    expect(formatMs(12.34)).toBe('12.3 ms');
    expect(formatMs(1.234)).toBe('1.23 ms');
    expect(formatMs(0.1234)).toBe('0.123 ms');
    expect(formatMs(undefined)).toBe('-');
  });

  it('describes a result in one line', () => {
    expect(
      describeBenchmark({ speedup: 3.2, eager_ms: 12.1, graph_ms: 3.8, equivalent: true })
    ).toBe('speedup 3.2\u00d7, eager 12.1 ms, graph 3.80 ms, results equivalent');
    expect(
      describeBenchmark({
        speedup: 1.5,
        eager_ms: 2,
        graph_ms: 1,
        equivalent: false,
        max_abs_diff: 0.5
      })
    ).toContain('RESULTS DIFFER (max abs diff 0.5)');
    expect(describeBenchmark({ error: 'no observed call' })).toBe('no observed call');
    expect(describeBenchmark(null)).toBe('');
  });
});

describe('ReportModel', () => {
  const report: IReport = {
    functions: [
      entry({ qualname: 'keep', unit: 'cell:a', line: 1 }),
      entry({
        qualname: 'step',
        unit: 'cell:a',
        line: 4,
        candidate: true,
        passing_precondition: 'P1',
        transformations: ['CONVERT_TO_HYBRID'],
        safe: true
      })
    ]
  };

  it('sorts entries and signals changes', () => {
    const model = new ReportModel();
    let changes = 0;
    model.changed.connect(() => changes++);
    model.setReport(report);
    expect(model.entries.map(e => e.qualname)).toEqual(['step', 'keep']);
    expect(model.summary).toEqual({ functions: 2, candidates: 1, refactorable: 1 });
    expect(model.safeEntries().map(e => e.qualname)).toEqual(['step']);
    expect(changes).toBe(1);
  });

  it('keeps benchmarks and busy rows across reports, and forgets functions that are gone', () => {
    const model = new ReportModel();
    model.setReport(report);
    model.updateRow('step', {
      benchmark: { speedup: 2 },
      message: 'done',
      messageKind: 'info',
      applied: true
    });
    model.updateRow('keep', { busy: 'benchmarking', progress: 0.5 });
    model.setReport(report);
    expect(model.row('step')).toEqual({ benchmark: { speedup: 2 } });
    expect(model.row('keep')).toEqual({ busy: 'benchmarking', progress: 0.5 });
    model.setReport({ functions: [report.functions[0]] });
    expect(model.row('step')).toEqual({});
  });

  it('prefers a newer benchmark over the report, and a benchmark that differs is not safe', () => {
    const model = new ReportModel();
    model.setReport(report);
    const step = model.entries[0];
    expect(model.benchmarkOf(step)).toBeNull();
    model.updateRow('step', { benchmark: { speedup: 2, equivalent: false } });
    expect(model.benchmarkOf(step)).toEqual({ speedup: 2, equivalent: false });
    expect(model.safeEntries()).toEqual([]);
  });

  it('an applied recommendation is no longer pending, until the next report', () => {
    const model = new ReportModel();
    model.setReport(report);
    const step = model.entries[0];
    expect(model.isPending(step)).toBe(true);
    model.updateRow('step', { applied: true });
    expect(model.isPending(step)).toBe(false);
    expect(model.safeEntries()).toEqual([]);
    model.setReport(report);
    expect(model.isPending(model.entries[0])).toBe(true);
  });

  it('clears everything when the kernel goes away', () => {
    const model = new ReportModel();
    model.setReport(report);
    model.setMessage('oops', 'error');
    model.clear();
    expect(model.report).toBeNull();
    expect(model.entries).toEqual([]);
    expect(model.summary).toBeNull();
    expect(model.message).toBe('');
  });

  it('drops undefined fields of a row update', () => {
    const model = new ReportModel();
    model.updateRow('f', { busy: 'applying', message: 'x' });
    model.updateRow('f', { busy: undefined });
    expect(model.row('f')).toEqual({ message: 'x' });
  });
});

describe('wording', () => {
  it('splits code spans as Markdown does, and drops their marks for plain text', () => {
    expect(codeSpans('use `tf.print` for `print`')).toEqual([
      ['use ', false],
      ['tf.print', true],
      [' for ', false],
      ['print', true]
    ]);
    expect(codeSpans('a lone ` tick')).toEqual([['a lone ` tick', false]]);
    expect(plainText('Replace `print` with `tf.print`')).toBe('Replace print with tf.print');
  });

  it("shows the engine's wording as it is", () => {
    const wording = {
      reason: 'Cannot tell',
      why: [{ code: 'UNDETERMINABLE_TENSOR_PARAMETER', text: 'Cannot tell' }],
      watch_out: [],
      notes: [],
      observed: [],
      assumed: []
    };
    expect(wordingOf(entry({ wording }))).toBe(wording);
  });

  it('lists the findings of a report without wording under notes', () => {
    const finding: IFinding = { code: 'X', severity: 'error', message: '`f`: no' };
    const wording = wordingOf(entry({ findings: [finding] }));
    expect(wording.reason).toBe('`f`: no');
    expect(wording.notes.map(item => item.code)).toEqual(['X']);
    expect(wording.why).toEqual([]);
  });
});
