/**
 * --html FILE: one self-contained page (no network: styles, data and script inline) with
 * the timeline (one row per thread, a bar per syscall, marks for signals and exits) and
 * the -c summary as charts and as strace's table.
 *
 * Written as the trace goes, like the timeline file: the timeline entries are streamed
 * into a JSON data block; the summary, known only at the end, follows it.
 */
import type { TraceEvent } from '../decode/events.js';
import { HTML_SCRIPT, HTML_STYLE } from './html-page.js';
import { asciiJson } from './json-lines.js';
import type { Output } from './output.js';
import { DEFAULT_COLUMNS, Summary } from './summary.js';
import { TimelineBuilder } from './timeline.js';
import { ProcessTreeBuilder, type ProcessNode } from '../filter/process-tree.js';
import { commandText, endText, humanDuration } from './process-tree.js';
import { monotonicMs, wallClockOrigin } from '../sys/clock.js';

/** Per-syscall totals for the charts (the table itself comes from Summary). */
interface SyscallTotals {
  calls: number;
  errors: number;
  seconds: number;
}

/** JSON that is safe inside a <script> element: no `<` (hence no `</script>` or `<!--`). */
function scriptJson(value: unknown): string {
  return asciiJson(value).replace(/</g, '\\u003c');
}

/**
 * Text for the page's HTML: markup escaped, and anything beyond ASCII as a character
 * reference (the page goes out through Output, byte per char: µ, a UTF-8 command line).
 */
function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'))
    .replace(/[^\x00-\x7f]/gu, (c) => `&#x${c.codePointAt(0)!.toString(16)};`);
}

/** The process tree as nested lists: pid, command line, how it ended and after how long. */
function treeHtml(nodes: readonly ProcessNode[], now: number): string {
  if (nodes.length === 0) return '<p>No process.</p>';
  const item = (n: ProcessNode): string =>
    `<li data-pid="${n.pid}"><span class="pid">${n.pid}</span> <code>${escapeHtml(commandText(n.argv))}</code> ` +
    `<span class="end ${n.status.kind}${n.status.kind === 'exited' && n.status.code !== 0 ? ' failed' : ''}">` +
    `${escapeHtml(`${endText(n.status)}, ${humanDuration(Math.max(0, (n.end ?? now) - n.start))}`)}</span>` +
    (n.children.length > 0 ? `<ul>${n.children.map(item).join('')}</ul>` : '') + '</li>';
  return `<ul id="process-tree">${nodes.map(item).join('')}</ul>`;
}

export class HtmlReport {
  private readonly builder: TimelineBuilder;
  private readonly summary = new Summary({ mode: 'only', wallClock: true, sortBy: 'time', columns: DEFAULT_COLUMNS });
  private readonly totals = new Map<string, SyscallTotals>();
  private readonly tree = new ProcessTreeBuilder();
  private separator = '';

  /**
   * @param base the trace's time zero, epoch seconds.
   * @param title what the page is about (the command line).
   */
  constructor(private readonly out: Output, base: number, title: string) {
    out.write(
      '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">\n' +
      `<title>tstrace: ${escapeHtml(title)}</title>\n<style>${HTML_STYLE}</style></head>\n` +
      `<body><header><h1>tstrace</h1><code>${escapeHtml(title)}</code></header>\n` +
      '<script type="application/json" id="tstrace-timeline">[',
    );
    this.builder = new TimelineBuilder(base, (entry) => {
      out.write(this.separator + scriptJson(entry));
      this.separator = ',\n';
    });
  }

  add(event: TraceEvent): void {
    this.builder.add(event);
    this.tree.add(event);
    if (event.type !== 'syscall' || (event.outcome !== 'successful' && event.outcome !== 'failed')) return;
    const failed = event.outcome === 'failed';
    // The -c table is by number: one that could not be read (`???`) has no row.
    if (event.nr !== null) this.summary.add(event.nr, event.duration, failed);
    let t = this.totals.get(event.name);
    if (t === undefined) this.totals.set(event.name, (t = { calls: 0, errors: 0, seconds: 0 }));
    t.calls++;
    if (failed) t.errors++;
    t.seconds += event.duration;
  }

  flush(): void {
    this.out.flush();
  }

  close(): void {
    const rows = [...this.totals].map(([name, t]) => ({ name, ...t }));
    const now = (wallClockOrigin() + monotonicMs()) / 1000;
    const roots = this.tree.roots();
    // How each process ended, for the timeline's row labels.
    const ends: Record<number, string> = {};
    const walk = (n: ProcessNode): void => {
      ends[n.pid] = `${endText(n.status)}, ${humanDuration(Math.max(0, (n.end ?? now) - n.start))}`;
      n.children.forEach(walk);
    };
    roots.forEach(walk);
    this.out.write(
      ']</script>\n' +
      `<script type="application/json" id="tstrace-summary">${scriptJson(rows)}</script>\n` +
      `<script type="application/json" id="tstrace-processes">${scriptJson(ends)}</script>\n` +
      '<main><div id="top"><section id="timeline-section"><h2>Timeline</h2>' +
      '<p class="hint">Wheel: zoom, drag: pan, double-click: reset. Hover a bar for the call.</p>' +
      '<div id="ruler"></div><div id="rows"></div><div id="tip" hidden></div></section>\n' +
      `<section id="tree-section"><h2>Processes</h2>${treeHtml(roots, now)}</section></div>\n` +
      '<section id="summary-section"><h2>Summary (wall time per syscall)</h2><div id="charts"></div>' +
      `<pre id="summary-table">${escapeHtml(this.summary.render())}</pre></section></main>\n` +
      `<script>${HTML_SCRIPT}</script>\n</body></html>\n`,
    );
    this.out.close();
  }
}

