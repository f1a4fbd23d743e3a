/**
 * The connection between one notebook and its kernel's `hybridize` comm target (SPEC 9; the
 * messages are listed in README.md).
 *
 * It follows the notebook's session: a new, restarted or closed kernel drops the comm and emits
 * `reset` (the rows of the old kernel must not stay), then it reconnects when a kernel is ready.
 * A kernel without the extension closes the comm at once or never answers; the link then says
 * so, and `loadExtension()` runs `%load_ext hybridize_kernel` and reconnects.
 */
import type { ISessionContext } from '@jupyterlab/apputils';
import type { Kernel, KernelMessage } from '@jupyterlab/services';
import type { JSONObject } from '@lumino/coreutils';
import type { IDisposable } from '@lumino/disposable';
import { ISignal, Signal } from '@lumino/signaling';

import type { IBenchmark, IReport } from './model';

export const COMM_TARGET = 'hybridize';

/**
 * What the panel's "Load the extension" runs: the extension, and observation of calls, so that
 * recommendations rest on the calls seen and Benchmark has arguments to time.
 */
export const LOAD_EXTENSION_CODE = '%load_ext hybridize_kernel\n%hybridize observe on';

/**
 * Whether a cell's code may have loaded the kernel extension (`%load_ext hybridize_kernel`,
 * `import hybridize_kernel`, ...): after running such a cell, a panel without a link tries again.
 */
export function mayLoadExtension(source: string): boolean {
  return /\bhybridize_kernel\b/.test(source);
}

// --- the messages (README.md, "Protocol") -----------------------------------------------------

export type PanelMessage =
  | { type: 'hello'; auto_analyse: boolean }
  | { type: 'configure'; auto_analyse: boolean }
  | { type: 'analyse' }
  | { type: 'apply'; qualname: string }
  | { type: 'apply'; qualnames: string[]; preview?: boolean }
  | { type: 'bench'; qualname: string; budget: number; force?: boolean }
  | { type: 'fix'; qualname: string };

export interface IReportMessage {
  type: 'report';
  report: IReport;
}

export interface IAppliedMessage {
  type: 'applied';
  qualname: string;
  qualnames?: string[];
  cell_id: string | null;
  old_source: string;
  new_source: string;
  preview?: boolean;
  /** How each function's rewrite was checked on its observed calls before it was offered. */
  verification?: Record<string, { verified: boolean | null; text: string }>;
}

export interface IBenchProgressMessage {
  type: 'bench_progress';
  qualname: string;
  fraction: number;
  /** What is being timed ("eager", "graph", ...), when the kernel says. */
  phase?: string;
}

export interface IBenchResultMessage {
  type: 'bench_result';
  qualname: string;
  benchmark: IBenchmark;
}

export interface IErrorMessage {
  type: 'error';
  message: string;
  qualname?: string;
}

export type KernelMessageData =
  IReportMessage | IAppliedMessage | IBenchProgressMessage | IBenchResultMessage | IErrorMessage;

/**
 * The kernel's message in the shape above, or null for anything else. Tolerates the equivalent
 * `{"type": "benchmark", "qualname", "result"}` reply, whose result may be the updated entry.
 */
export function parseKernelMessage(data: unknown): KernelMessageData | null {
  if (!data || typeof data !== 'object') {
    return null;
  }
  const message = data as Record<string, unknown>;
  const text = (value: unknown): value is string => typeof value === 'string';
  switch (message.type) {
    case 'report': {
      const report = message.report as IReport | undefined;
      return report && Array.isArray(report.functions) ? { type: 'report', report } : null;
    }
    case 'applied':
      return text(message.qualname) && text(message.old_source) && text(message.new_source)
        ? {
            type: 'applied',
            qualname: message.qualname,
            qualnames: Array.isArray(message.qualnames)
              ? message.qualnames.filter(text)
              : undefined,
            cell_id: text(message.cell_id) ? message.cell_id : null,
            old_source: message.old_source,
            new_source: message.new_source,
            preview: message.preview === true,
            verification:
              message.verification && typeof message.verification === 'object'
                ? (message.verification as IAppliedMessage['verification'])
                : undefined
          }
        : null;
    case 'bench_progress':
      return text(message.qualname) && typeof message.fraction === 'number'
        ? {
            type: 'bench_progress',
            qualname: message.qualname,
            fraction: message.fraction,
            phase: text(message.phase) ? message.phase : undefined
          }
        : null;
    case 'bench_result':
    case 'benchmark': {
      let result = (message.benchmark ?? message.result) as Record<string, unknown> | undefined;
      if (result && typeof result.benchmark === 'object' && 'qualname' in result) {
        result = result.benchmark as Record<string, unknown>; // the updated report entry
      }
      return text(message.qualname) && result && typeof result === 'object'
        ? { type: 'bench_result', qualname: message.qualname, benchmark: result as IBenchmark }
        : null;
    }
    case 'error':
      return {
        type: 'error',
        message: text(message.message) ? message.message : 'the kernel reported an error',
        qualname: text(message.qualname) ? message.qualname : undefined
      };
    default:
      return null;
  }
}

// --- the link ----------------------------------------------------------------------------------

export type LinkStatus =
  /** No kernel, or it is starting, restarting or gone. */
  | 'no-kernel'
  /** Opening the comm. */
  | 'connecting'
  /** The comm is open and the kernel answers. */
  | 'connected'
  /** The kernel has no `hybridize` comm target (the extension is not loaded). */
  | 'unavailable'
  /** The comm opened but nothing came back in time (a busy kernel answers later). */
  | 'no-answer'
  /** Running `%load_ext hybridize_kernel`. */
  | 'loading';

export interface IReceived {
  data: KernelMessageData;
  /** True when the message answers one of our requests (see `request`). */
  solicited: boolean;
}

export interface ILinkOptions {
  sessionContext: ISessionContext;
  /** Read when the comm opens. */
  autoAnalyse: () => boolean;
  /** How long to wait for the first report before saying the kernel has no extension. */
  timeoutMs?: number;
}

export class HybridizeLink implements IDisposable {
  constructor(options: ILinkOptions) {
    this._sessionContext = options.sessionContext;
    this._autoAnalyse = options.autoAnalyse;
    this._timeoutMs = options.timeoutMs ?? 5000;
    this._sessionContext.kernelChanged.connect(this._onKernelChanged, this);
    this._sessionContext.statusChanged.connect(this._onStatusChanged, this);
    this._sessionContext.ready
      .then(() => {
        this._ready = true;
        return this.connect();
      })
      .catch(error => this._setStatus('no-kernel', describe(error)));
  }

  /** Every message the kernel sends. */
  get received(): ISignal<this, IReceived> {
    return this._received;
  }

  /** The kernel changed, restarted or went away: whatever it said no longer holds. */
  get reset(): ISignal<this, void> {
    return this._reset;
  }

  get statusChanged(): ISignal<this, LinkStatus> {
    return this._statusChanged;
  }

  get status(): LinkStatus {
    return this._status;
  }

  /** Why the link is in its status, in words (an import error of the extension, say). */
  get detail(): string {
    return this._detail;
  }

  get isDisposed(): boolean {
    return this._isDisposed;
  }

  get kernel(): Kernel.IKernelConnection | null {
    return this._sessionContext.session?.kernel ?? null;
  }

  /** Open the comm on the current kernel (closing any earlier one) and ask for a report. */
  async connect(): Promise<void> {
    const kernel = this.kernel;
    this._dropComm();
    if (this._isDisposed) {
      return;
    }
    if (!kernel || kernel.isDisposed) {
      this._setStatus('no-kernel');
      return;
    }
    const attempt = ++this._attempt;
    this._setStatus('connecting');
    let comm: Kernel.IComm;
    try {
      comm = kernel.createComm(COMM_TARGET);
    } catch (error) {
      this._setStatus('unavailable', `cannot open a comm: ${describe(error)}`);
      return;
    }
    // Requests run on the main shell, in order with the cells: a benchmark or a rebinding never
    // runs beside the user's code (JupyterLab >= 4.4 would otherwise move comms to a subshell,
    // and the opening could even arrive after the first request).
    if ('commsOverSubshells' in comm) {
      comm.commsOverSubshells = 'disabled' as Kernel.IComm['commsOverSubshells'];
    }
    this._comm = comm;
    this._answered = false;
    comm.onMsg = msg => this._onCommMsg(comm, msg);
    comm.onClose = () => this._onCommClose(comm);
    const current = (): boolean =>
      attempt === this._attempt && this._comm === comm && !comm.isDisposed;
    const handshake = async (): Promise<void> => {
      await kernel.info; // the kernel is up
      if (!current()) {
        return;
      }
      // The kernel answers the opening with a report; an extension that does not is asked.
      await this._track(comm.open({ type: 'hello', auto_analyse: this._autoAnalyse() }));
      if (current() && !this._answered) {
        await this._track(comm.send({ type: 'analyse' }));
      }
    };
    try {
      await withTimeout(handshake(), this._timeoutMs);
    } catch (error) {
      if (current() && !this._answered) {
        this._setStatus('unavailable', describe(error));
      }
      return;
    }
    if (current() && !this._answered) {
      this._setStatus(
        'no-answer',
        'No answer from the hybridize kernel extension: it is not loaded, or the kernel is busy.'
      );
    }
  }

  /**
   * Send a request and collect the kernel's messages that answer it (those whose parent is the
   * request), until the kernel is idle again. Rejects when the comm is not open.
   */
  async request(data: PanelMessage): Promise<KernelMessageData[]> {
    const comm = this._comm;
    if (
      !comm ||
      comm.isDisposed ||
      (this._status !== 'connected' && this._status !== 'no-answer')
    ) {
      throw new Error('the kernel extension is not connected');
    }
    const replies = await this._request(comm, data);
    if (replies === null) {
      throw new Error('the kernel went away before it answered');
    }
    return replies;
  }

  /** Load the extension in the kernel (`LOAD_EXTENSION_CODE`), then reconnect. */
  async loadExtension(): Promise<void> {
    const kernel = this.kernel;
    if (!kernel) {
      this._setStatus('no-kernel');
      return;
    }
    this._setStatus('loading');
    let failure = '';
    try {
      const future = kernel.requestExecute({
        code: LOAD_EXTENSION_CODE,
        silent: false,
        store_history: false,
        stop_on_error: false
      });
      future.onIOPub = msg => {
        if (msg.header.msg_type === 'error') {
          const content = (msg as KernelMessage.IErrorMsg).content;
          failure = `${content.ename}: ${content.evalue}`;
        }
      };
      const reply = await future.done;
      if (reply.content.status === 'error' && !failure) {
        const content = reply.content as KernelMessage.IReplyErrorContent;
        failure = `${content.ename}: ${content.evalue}`;
      }
    } catch (error) {
      failure = describe(error);
    }
    if (this._isDisposed) {
      return;
    }
    if (failure) {
      this._setStatus('unavailable', `Loading the kernel extension failed: ${failure}`);
      return;
    }
    await this.connect();
  }

  dispose(): void {
    if (this._isDisposed) {
      return;
    }
    this._isDisposed = true;
    this._attempt++;
    this._dropComm();
    Signal.clearData(this);
  }

  private _request(comm: Kernel.IComm, data: PanelMessage): Promise<KernelMessageData[] | null> {
    return this._track(comm.send(data as unknown as JSONObject));
  }

  /** The kernel's messages answering `future`'s request, once the kernel is idle again (null
   * when the kernel went away first). */
  private _track(future: Kernel.IShellFuture): Promise<KernelMessageData[] | null> {
    const id = future.msg.header.msg_id;
    const replies: KernelMessageData[] = [];
    this._pending.set(id, replies);
    return future.done
      .then(
        () => replies,
        () => null
      )
      .finally(() => {
        this._pending.delete(id);
      });
  }

  private _onCommMsg(comm: Kernel.IComm, msg: KernelMessage.ICommMsgMsg): void {
    if (comm !== this._comm) {
      return;
    }
    const data = parseKernelMessage(msg.content.data);
    if (!data) {
      return;
    }
    const parent = (msg.parent_header as Partial<KernelMessage.IHeader>).msg_id;
    const pending = parent ? this._pending.get(parent) : undefined;
    pending?.push(data);
    if (data.type === 'report' || data.type === 'applied') {
      this._answered = true;
      if (this._status !== 'connected') {
        this._setStatus('connected');
      }
    }
    this._received.emit({ data, solicited: pending !== undefined });
  }

  private _onCommClose(comm: Kernel.IComm): void {
    if (comm !== this._comm) {
      return;
    }
    this._comm = null;
    this._pending.clear();
    this._setStatus(
      'unavailable',
      this._answered
        ? 'The kernel closed the hybridize comm (was the extension unloaded?).'
        : 'The kernel has no hybridize extension loaded.'
    );
  }

  private _onKernelChanged(): void {
    this._dropComm();
    this._restarted = false; // (JupyterLab 4.6 also announces a restarted kernel this way)
    this._reset.emit();
    if (!this.kernel) {
      this._setStatus('no-kernel');
    } else if (this._ready) {
      void this.connect(); // before the session is ready, the constructor connects
    }
  }

  private _onStatusChanged(_: ISessionContext, status: Kernel.Status): void {
    if (status === 'restarting' || status === 'autorestarting' || status === 'dead') {
      this._dropComm(false); // the kernel is going away: nothing to tell it
      this._restarted = true;
      this._reset.emit();
      this._setStatus(
        'no-kernel',
        status === 'dead' ? 'The kernel died.' : 'The kernel is restarting.'
      );
    } else if (status === 'idle' && this._restarted) {
      this._restarted = false;
      if (!this._comm) {
        void this.connect();
      }
    }
  }

  private _dropComm(tellKernel = true): void {
    const comm = this._comm;
    this._comm = null;
    this._pending.clear();
    this._answered = false;
    if (comm && !comm.isDisposed) {
      if (tellKernel) {
        try {
          comm.close();
        } catch {
          // the kernel is gone already
        }
      }
      comm.dispose();
    }
  }

  private _setStatus(status: LinkStatus, detail = ''): void {
    if (this._isDisposed) {
      return;
    }
    const changed = status !== this._status || detail !== this._detail;
    this._status = status;
    this._detail = detail;
    if (changed) {
      this._statusChanged.emit(status);
    }
  }

  private _sessionContext: ISessionContext;
  private _autoAnalyse: () => boolean;
  private _timeoutMs: number;
  private _comm: Kernel.IComm | null = null;
  private _pending = new Map<string, KernelMessageData[]>();
  private _answered = false;
  private _restarted = false;
  private _ready = false;
  private _attempt = 0;
  private _status: LinkStatus = 'no-kernel';
  private _detail = '';
  private _isDisposed = false;
  private _received = new Signal<this, IReceived>(this);
  private _reset = new Signal<this, void>(this);
  private _statusChanged = new Signal<this, LinkStatus>(this);
}

/** `promise`'s value, or `false` once `ms` have passed. */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | false> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<false>(resolve => {
    timer = setTimeout(() => resolve(false), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
