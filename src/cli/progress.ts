/**
 * A one-line progress bar on stderr, redrawn in place. It is drawn only when stderr is a
 * terminal: in a pipe or a log file it would be noise between real messages.
 */

export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** Fewest milliseconds between two redraws: a fast batch must not spend its time drawing. */
const REDRAW_MS = 100;
const BAR_CELLS = 24;

export class Progress {
  private done = 0;
  private failed = 0;
  private lastDraw = 0;
  private drawn = false;
  private readonly started: number;
  private readonly enabled: boolean;

  /** `total` undefined when the number of inputs is not known (a JSONL stream). */
  constructor(
    private readonly stream: ProgressStream,
    private readonly total: number | undefined,
    private readonly now: () => number = Date.now,
  ) {
    this.enabled = stream.isTTY === true;
    this.started = now();
  }

  /** Counts one finished policy and redraws when enough time has passed. */
  tick(ok: boolean): void {
    this.done++;
    if (!ok) this.failed++;
    const t = this.now();
    if (t - this.lastDraw >= REDRAW_MS || this.done === this.total) {
      this.lastDraw = t;
      this.draw();
    }
  }

  /** Writes a message on its own line, without tearing the bar. */
  message(line: string): void {
    this.clear();
    this.stream.write(line.endsWith('\n') ? line : `${line}\n`);
    if (this.drawn) this.draw();
  }

  /** Removes the bar (at the end, or before other output). */
  clear(): void {
    if (this.enabled && this.drawn) this.stream.write('\r\x1b[K');
  }

  finish(): void {
    this.clear();
    this.drawn = false;
  }

  /** The bar's text, without control characters. */
  line(): string {
    const seconds = Math.max(0.001, (this.now() - this.started) / 1000);
    const rate = `${(this.done / seconds).toFixed(1)}/s`;
    const failed = this.failed ? `  ${this.failed} failed` : '';
    if (this.total === undefined) return `${this.done} ${this.done === 1 ? 'policy' : 'policies'}  ${rate}${failed}`;
    const filled = this.total ? Math.round((BAR_CELLS * this.done) / this.total) : BAR_CELLS;
    const bar = '█'.repeat(filled) + '░'.repeat(BAR_CELLS - filled);
    return `${bar} ${this.done}/${this.total}  ${rate}${failed}`;
  }

  private draw(): void {
    if (!this.enabled) return;
    const width = (this.stream.columns ?? 80) - 1;
    this.stream.write(`\r${this.line().slice(0, width)}\x1b[K`);
    this.drawn = true;
  }
}
