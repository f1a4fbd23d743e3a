/**
 * The report state of one notebook: the latest `hybridize-report/1` object from the kernel (SPEC 5)
 * and what the panel adds to it (benchmark progress, messages per function).
 *
 * Everything here is pure data and formatting: the views decide nothing. The wording and the order
 * follow the kernel's own table (`hybridize_kernel/table.py`) so both views agree.
 */
import { ISignal, Signal } from '@lumino/signaling';

export type Severity = 'error' | 'warning' | 'info';

export interface IFinding {
  code: string;
  severity: Severity;
  message: string;
  explanation?: string;
  hint?: string;
  line?: number | null;
}

export interface IAssumption {
  code: string;
  message: string;
}

/** A benchmark result (SPEC 8); the panel reads these fields when present. */
export interface IBenchmark {
  speedup?: number | null;
  eager_ms?: number | null;
  graph_ms?: number | null;
  xla_ms?: number | null;
  tracing_ms?: number | null;
  break_even_calls?: number | null;
  equivalent?: boolean | null;
  max_abs_diff?: number | string | null;
  error?: string;
  message?: string;
  [key: string]: unknown;
}

/** One line of a row's expanded view (`hybridize_analysis.wording`). */
export interface IWordingItem {
  code: string;
  text: string;
  explanation?: string;
  hint?: string;
  line?: number | null;
}

/** How a row reads (SPEC 9.1), written by the engine for every view. */
export interface IWording {
  reason: string;
  why: IWordingItem[];
  watch_out: IWordingItem[];
  notes: IWordingItem[];
  observed: IWordingItem[];
  assumed: IWordingItem[];
  /** Why the benchmark refuses to time it, without the function's name; null when it does not. */
  refusal?: string | null;
  /** How its rewrite was checked on observed calls before it was written (SPEC 8.1), if it was. */
  verification?: string | null;
}

export type SectionKey = 'why' | 'watch_out' | 'notes' | 'observed' | 'assumed';

/** The sections of an expanded row, in order, with their headings. */
export const SECTIONS: readonly [SectionKey, string][] = [
  ['why', 'Why'],
  ['watch_out', 'Watch out'],
  ['notes', 'Notes'],
  ['observed', 'Observed'],
  ['assumed', 'Assumed']
];

/** A mechanical fix the engine offers (`print` to `tf.print`), applied on request. */
export interface IFix {
  code: string;
  title: string;
  line: number;
  safety: string;
}

/** One function of the report, with the kernel's `cell_id` and `execution_count`. */
export interface IFunctionEntry {
  unit: string;
  qualname: string;
  name?: string;
  path?: string;
  line: number;
  end_line?: number;
  is_hybrid: boolean;
  decorator?: string | null;
  properties?: Record<string, boolean | null>;
  candidate: boolean;
  refactoring?: string | null;
  passing_precondition?: string | null;
  transformations: string[];
  /** The engine's one decision: the transformation can be applied as it stands. */
  safe?: boolean;
  benchmarkable?: boolean;
  benchmark_refusal?: string | null;
  /** Arguments of the decorator to add or merge, e.g. `{"jit_compile": "True"}`. */
  decorator_arguments?: Record<string, string>;
  findings: IFinding[];
  assumptions: IAssumption[];
  benchmark?: IBenchmark | null;
  fixes?: IFix[];
  wording?: IWording;
  cell_id?: string | null;
  execution_count?: number | null;
}

export interface ISummary {
  functions: number;
  candidates: number;
  refactorable: number;
}

export interface IUnit {
  id: string;
  path?: string;
  kind?: string;
  parse_errors?: { line: number; message: string }[];
}

export interface IReport {
  schema?: string;
  tool?: { name?: string; version?: string };
  units?: IUnit[];
  functions: IFunctionEntry[];
  summary?: Partial<ISummary> & {
    by_code?: Record<string, number>;
    /** The boundary plan, as the engine words it ("decorate 2 functions; 5 helpers are ..."). */
    plan?: string;
    traced_inside?: number;
  };
}

// --- facts about one function, shared by every view ------------------------------------------

/** What the user should do, in a few words (`describe_recommendation` in the engine). */
export function describeRecommendation(entry: IFunctionEntry): string {
  const transformations = entry.transformations ?? [];
  const decorator = `@tf.function${formatArguments(entry.decorator_arguments)}`;
  if (transformations.includes('CONVERT_TO_HYBRID')) {
    return `add ${decorator}`;
  }
  if (transformations.includes('CONVERT_TO_EAGER')) {
    return 'remove @tf.function' + measuredNote(entry);
  }
  if (transformations.includes('RECONFIGURE')) {
    return `reconfigure ${decorator}`;
  }
  return (entry.is_hybrid ? 'keep hybrid' : 'keep eager') + measuredNote(entry);
}

/** Findings by which a measurement, not the code, decided (the benchmark's). */
const MEASURED_CODES = new Set([
  'BEHAVIOUR_DIFFERS',
  'NO_MEASURED_SPEEDUP',
  'TRACING_DOES_NOT_PAY'
]);

/** ` (measured)` when a benchmark changed what the code alone would recommend. */
function measuredNote(entry: IFunctionEntry): string {
  const measured = (entry.findings ?? []).some(finding => MEASURED_CODES.has(finding.code));
  return measured ? ' (measured)' : '';
}

/** `(jit_compile=True)` for the arguments a recommended decorator carries, else nothing. */
function formatArguments(args: Record<string, string> | undefined): string {
  const pairs = Object.entries(args ?? {});
  return pairs.length ? `(${pairs.map(([name, value]) => `${name}=${value}`).join(', ')})` : '';
}

/** A short class-name friendly kind of recommendation, for the badge colour. */
export function recommendationKind(
  entry: IFunctionEntry
): 'hybridize' | 'eager' | 'reconfigure' | 'keep' {
  const transformations = entry.transformations ?? [];
  if (transformations.includes('CONVERT_TO_HYBRID')) {
    return 'hybridize';
  }
  if (transformations.includes('CONVERT_TO_EAGER')) {
    return 'eager';
  }
  if (transformations.includes('RECONFIGURE')) {
    return 'reconfigure';
  }
  return 'keep';
}

/** A transformation is recommended, so Apply has something to do. */
export function isActionable(entry: IFunctionEntry): boolean {
  return (entry.transformations ?? []).length > 0;
}

export function hasErrors(entry: IFunctionEntry): boolean {
  return (entry.findings ?? []).some(finding => finding.severity === 'error');
}

/**
 * Safe to apply without a second look: the engine says so (`safe`, SPEC 4.8), and no benchmark
 * run since the report was made saw the two executions disagree.
 */
export function isSafe(entry: IFunctionEntry, benchmark?: IBenchmark | null): boolean {
  return entry.safe === true && isActionable(entry) && benchmark?.equivalent !== false;
}

/** `[text, isCode]` pieces of a message: `x` marks code, as in Markdown. */
export function codeSpans(text: string): [string, boolean][] {
  return text
    .split(/(`[^`]+`)/)
    .filter(part => part.length > 0)
    .map(part =>
      part.length > 1 && part.startsWith('`') && part.endsWith('`')
        ? [part.slice(1, -1), true]
        : [part, false]
    );
}

/** A message without its code marks, for plain-text places (a button, a tooltip). */
export function plainText(text: string): string {
  return codeSpans(text)
    .map(([part]) => part)
    .join('');
}

/**
 * The engine's wording of an entry; for a report without it (made by another version of the
 * engine), each finding is listed as it is, under "Notes".
 */
export function wordingOf(entry: IFunctionEntry): IWording {
  if (entry.wording) {
    return entry.wording;
  }
  const notes = (entry.findings ?? []).map(finding => ({ ...finding, text: finding.message }));
  return {
    reason: notes[0]?.text ?? '',
    why: [],
    watch_out: [],
    notes,
    observed: [],
    assumed: (entry.assumptions ?? []).map(assumption => ({
      ...assumption,
      text: assumption.message
    })),
    refusal: entry.benchmark_refusal ?? null
  };
}

/** The findings to show: info-level ones only when asked for. */
export function visibleFindings(entry: IFunctionEntry, showInfo: boolean): IFinding[] {
  return (entry.findings ?? []).filter(finding => showInfo || finding.severity !== 'info');
}

/**
 * Actionable rows first, then candidates with error findings, then the rest (`sort_entries` in
 * the kernel). Within a group rows keep the order of their units (first appearance in the report)
 * and go by line; the sort is stable.
 */
export function sortEntries(functions: readonly IFunctionEntry[]): IFunctionEntry[] {
  const unitOrder = new Map<string, number>();
  for (const entry of functions) {
    if (!unitOrder.has(entry.unit)) {
      unitOrder.set(entry.unit, unitOrder.size);
    }
  }
  const group = (entry: IFunctionEntry): number => {
    if (isActionable(entry)) {
      return 0;
    }
    return entry.candidate && hasErrors(entry) ? 1 : 2;
  };
  return functions
    .map((entry, index) => ({ entry, index }))
    .sort(
      (a, b) =>
        group(a.entry) - group(b.entry) ||
        unitOrder.get(a.entry.unit)! - unitOrder.get(b.entry.unit)! ||
        (a.entry.line ?? 0) - (b.entry.line ?? 0) ||
        a.index - b.index
    )
    .map(item => item.entry);
}

/** Counts as the paper does: candidates are hybrid or take tensors; refactorable ones pass. */
export function summarize(functions: readonly IFunctionEntry[]): ISummary {
  return {
    functions: functions.length,
    candidates: functions.filter(entry => entry.candidate).length,
    refactorable: functions.filter(entry => entry.candidate && !!entry.passing_precondition).length
  };
}

/** The report's own summary when it carries one, else counted from its functions. */
export function reportSummary(report: IReport): ISummary {
  const given = report.summary;
  const counted = summarize(report.functions);
  if (!given) {
    return counted;
  }
  const pick = (value: unknown, fallback: number): number =>
    typeof value === 'number' && Number.isFinite(value) ? value : fallback;
  return {
    functions: pick(given.functions, counted.functions),
    candidates: pick(given.candidates, counted.candidates),
    refactorable: pick(given.refactorable, counted.refactorable)
  };
}

/**
 * The header in a user's words: "2 changes recommended (1 add, 1 remove) · 5 stay as they are".
 * (The paper's candidate counts go in its tooltip, `formatSummary`.)
 */
export function describeChanges(functions: readonly IFunctionEntry[]): string {
  const count = (transformation: string): number =>
    functions.filter(entry => (entry.transformations ?? []).includes(transformation)).length;
  const kinds: [number, string][] = [
    [count('CONVERT_TO_HYBRID'), 'add'],
    [count('CONVERT_TO_EAGER'), 'remove'],
    [count('RECONFIGURE'), 'reconfigure']
  ];
  const changes = kinds.reduce((total, [n]) => total + n, 0);
  const stay = functions.length - changes;
  const staying = stay === 0 ? '' : `${stay} ${stay === 1 ? 'stays as it is' : 'stay as they are'}`;
  if (changes === 0) {
    return staying ? `No change recommended · ${staying}` : 'No function yet';
  }
  const parts = kinds.filter(([n]) => n > 0).map(([n, word]) => `${n} ${word}`);
  const head = `${changes} change${changes === 1 ? '' : 's'} recommended (${parts.join(', ')})`;
  return staying ? `${head} · ${staying}` : head;
}

/** The engine's line about the boundary plan when helpers are traced inside decorated callers. */
export function describePlan(report: IReport | null): string {
  const summary = report?.summary;
  return summary?.traced_inside && typeof summary.plan === 'string' ? summary.plan : '';
}

export function formatSummary(summary: ISummary): string {
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  return (
    `${plural(summary.functions, 'function')}, ${plural(summary.candidates, 'candidate')}, ` +
    `${summary.refactorable} refactorable`
  );
}

/** `[5]` for an executed kernel cell, else the cell id, else the unit. */
export function cellLabel(entry: IFunctionEntry): string {
  if (entry.execution_count !== null && entry.execution_count !== undefined) {
    return `[${entry.execution_count}]`;
  }
  if (entry.cell_id) {
    return entry.cell_id;
  }
  const unit = String(entry.unit ?? entry.path ?? '?');
  return unit.startsWith('cell:') ? unit.slice('cell:'.length) : unit;
}

/** The key of a row: the same qualname may be defined in several cells. */
export function entryKey(entry: IFunctionEntry): string {
  return `${entry.unit}\u0000${entry.qualname}`;
}

// --- benchmark wording (`format_speedup`, `format_ms`, `describe_benchmark` in the kernel) ----

export function formatSpeedup(speedup: number | null | undefined): string {
  if (speedup === null || speedup === undefined || !Number.isFinite(speedup)) {
    return '';
  }
  if (speedup >= 10) {
    return `${speedup.toFixed(0)}\u00d7`;
  }
  if (speedup >= 1) {
    return `${speedup.toFixed(1)}\u00d7`;
  }
  return `${speedup.toFixed(2)}\u00d7`;
}

export function formatMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) {
    return '-';
  }
  if (ms >= 100) {
    return `${ms.toFixed(0)} ms`;
  }
  if (ms >= 10) {
    return `${ms.toFixed(1)} ms`;
  }
  if (ms >= 1) {
    return `${ms.toFixed(2)} ms`;
  }
  return `${ms.toFixed(3)} ms`;
}

export function describeBenchmark(benchmark: IBenchmark | null | undefined): string {
  if (!benchmark) {
    return '';
  }
  if (typeof benchmark.speedup !== 'number') {
    return String(benchmark.error || benchmark.message || 'no measurement');
  }
  const parts = [
    `speedup ${formatSpeedup(benchmark.speedup)}`,
    `eager ${formatMs(benchmark.eager_ms)}`,
    `graph ${formatMs(benchmark.graph_ms)}`
  ];
  if (typeof benchmark.xla_ms === 'number') {
    parts.push(`XLA ${formatMs(benchmark.xla_ms)}`);
  }
  if (typeof benchmark.tracing_ms === 'number') {
    parts.push(`tracing ${formatMs(benchmark.tracing_ms)}`);
  }
  if (typeof benchmark.break_even_calls === 'number') {
    parts.push(`break-even after ${benchmark.break_even_calls} calls`);
  }
  if (benchmark.equivalent === false) {
    parts.push(`RESULTS DIFFER (max abs diff ${benchmark.max_abs_diff ?? '?'})`);
  } else if (benchmark.equivalent === true) {
    parts.push('results equivalent');
  }
  return parts.join(', ');
}

// --- the state of one notebook's panel ----------------------------------------------------------

/** What the panel adds to a function's row while the user works with it. */
export interface IRowState {
  /** An action in flight: its name, shown instead of the buttons. */
  busy?: 'applying' | 'benchmarking';
  /** Benchmark progress in [0, 1] while benchmarking, and what is being timed. */
  progress?: number;
  phase?: string;
  /** Apply wrote the cell; the next report describes the new text. */
  applied?: boolean;
  /** A benchmark result received after the report. */
  benchmark?: IBenchmark;
  /** A message about the last action (error or outcome). */
  message?: string;
  messageKind?: 'error' | 'info';
}

/**
 * The report of one notebook and the per-row state around it. Rows are keyed by qualname for the
 * kernel's messages (which name functions by qualname only).
 */
export class ReportModel {
  get changed(): ISignal<this, void> {
    return this._changed;
  }

  get report(): IReport | null {
    return this._report;
  }

  /** The functions in display order. */
  get entries(): IFunctionEntry[] {
    return this._sorted;
  }

  get summary(): ISummary | null {
    return this._report ? reportSummary(this._report) : null;
  }

  /** A message for the whole panel (an error from the kernel, an outcome). */
  get message(): string {
    return this._message;
  }

  get messageKind(): 'error' | 'info' {
    return this._messageKind;
  }

  setReport(report: IReport): void {
    this._report = {
      ...report,
      functions: Array.isArray(report.functions) ? report.functions : []
    };
    this._sorted = sortEntries(this._report.functions);
    const present = new Set(this._report.functions.map(entry => entry.qualname));
    for (const [qualname, state] of this._rows) {
      if (!present.has(qualname)) {
        this._rows.delete(qualname);
      } else if (!state.busy) {
        // A fresh analysis supersedes the outcome of earlier actions.
        this._rows.set(qualname, { benchmark: state.benchmark });
      }
    }
    this._changed.emit();
  }

  /** Forget everything (kernel restarted, changed or gone). */
  clear(): void {
    this._report = null;
    this._sorted = [];
    this._rows.clear();
    this._message = '';
    this._changed.emit();
  }

  row(qualname: string): IRowState {
    return this._rows.get(qualname) ?? {};
  }

  updateRow(qualname: string, change: Partial<IRowState>): void {
    const next: IRowState = { ...this.row(qualname), ...change };
    for (const key of Object.keys(next) as (keyof IRowState)[]) {
      if (next[key] === undefined) {
        delete next[key];
      }
    }
    this._rows.set(qualname, next);
    this._changed.emit();
  }

  /** The benchmark to show for a function: the latest one received, else the report's. */
  benchmarkOf(entry: IFunctionEntry): IBenchmark | null {
    return this.row(entry.qualname).benchmark ?? entry.benchmark ?? null;
  }

  /** Whether a function's recommendation still waits to be applied. */
  isPending(entry: IFunctionEntry): boolean {
    return isActionable(entry) && !this.row(entry.qualname).applied;
  }

  /** Pending functions whose recommendation can be applied without a second look. */
  safeEntries(): IFunctionEntry[] {
    return this._sorted.filter(
      entry => this.isPending(entry) && isSafe(entry, this.benchmarkOf(entry))
    );
  }

  setMessage(message: string, kind: 'error' | 'info' = 'info'): void {
    this._message = message;
    this._messageKind = kind;
    this._changed.emit();
  }

  private _report: IReport | null = null;
  private _sorted: IFunctionEntry[] = [];
  private _rows = new Map<string, IRowState>();
  private _message = '';
  private _messageKind: 'error' | 'info' = 'info';
  private _changed = new Signal<this, void>(this);
}
