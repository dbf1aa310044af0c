/**
 * tstrace's structured outputs on the tracer thread: --output-format=json, --timeline and
 * --html, all fed by one EventSink. The CLI's worker reports stops to `sink` (instead of
 * the strace text printer for JSON, next to it for the files) and flushes and closes this.
 */
import type { TraceSink } from '../engine/sink.js';
import { HtmlReport } from '../format/html.js';
import { JsonLines } from '../format/json-lines.js';
import { Output, type PendingFlag } from '../format/output.js';
import { TimelineFile } from '../format/timeline-file.js';
import { renderProcessTree } from '../format/process-tree.js';
import { ProcessTreeBuilder } from '../filter/process-tree.js';
import type { TraceeMemory } from '../sys/memory.js';
import type { SyscallSelection } from '../filter/selection.js';
import { EventSink, type EventOptions } from './event-sink.js';
import { monotonicMs, wallClockOrigin } from '../sys/clock.js';

/** An open file for one output: the CLI opens it, so that a bad path is a usage error. */
export interface OutputFile {
  readonly fd: number;
  readonly path: string;
}

export interface StructuredOptions {
  /** JSON lines to this file (null: no JSON output). */
  readonly json: OutputFile | null;
  readonly timeline: OutputFile | null;
  readonly html: OutputFile | null;
  /** What the HTML page is titled with: the command line. */
  readonly title: string;
  /**
   * --process-tree: into this file, or (`'trace'`) for the owner to print after the trace
   * (treeText); null: no tree.
   */
  readonly processTree?: OutputFile | 'trace' | null;
}

export class StructuredOutputs {
  readonly sink: TraceSink;
  /** The JSON lines replace the strace text. */
  readonly json: boolean;
  private readonly writers: { flush(): void; close(): void }[] = [];
  private readonly tree: ProcessTreeBuilder | null;

  /** `selection`: the run's, installed as the engine's tamper (filter/selection.ts). */
  constructor(
    mem: TraceeMemory, events: EventOptions, opts: StructuredOptions, private readonly pending: PendingFlag,
    selection?: SyscallSelection,
  ) {
    this.json = opts.json !== null;
    // Time zero of the timeline: now, before anything is traced.
    const base = (wallClockOrigin() + monotonicMs()) / 1000;
    const json = opts.json && new JsonLines(new Output(opts.json.fd, opts.json.path, pending));
    const timeline = opts.timeline && new TimelineFile(new Output(opts.timeline.fd, opts.timeline.path, pending), base);
    const html = opts.html && new HtmlReport(new Output(opts.html.fd, opts.html.path, pending), base, opts.title);
    for (const w of [json, timeline, html]) if (w) this.writers.push(w);
    const tree = opts.processTree ?? null;
    this.tree = tree === null ? null : new ProcessTreeBuilder();
    if (tree !== null && tree !== 'trace') {
      // Written once, at the end, when every process's end is known.
      const file = new Output(tree.fd, tree.path, pending);
      this.writers.push({ flush: () => {}, close: () => {
        file.write(this.treeText()!);
        file.close();
      } });
    }
    // The tree alone needs the tasks' lives, not the syscalls decoded.
    const syscalls = json !== null || timeline !== null || html !== null;
    // The tree hears every task's life, as -c counts whatever quiet= hides.
    const builder = this.tree;
    this.sink = new EventSink(mem, { ...events, syscalls }, (e) => {
      json?.write(e);
      timeline?.add(e);
      html?.add(e);
    }, selection, builder === null ? undefined : (e) => builder.add(e));
  }

  /**
   * --process-tree's text as of now, for the owner to print (null: no tree asked): its
   * UTF-8 bytes as a latin1 string, the form Output writes (strace's text is bytes).
   */
  treeText(): string | null {
    if (this.tree === null) return null;
    const text = renderProcessTree(this.tree.roots(), (wallClockOrigin() + monotonicMs()) / 1000);
    return Buffer.from(text, 'utf8').toString('latin1');
  }

  flush(): void {
    this.pending.clear();
    for (const w of this.writers) w.flush();
  }

  /** Closes every output; the first failure is thrown once all were tried. */
  close(): void {
    this.pending.clear();
    let failure: unknown = null;
    for (const w of this.writers) {
      try {
        w.close();
      } catch (e) {
        failure ??= e;
      }
    }
    if (failure !== null) throw failure;
  }
}
