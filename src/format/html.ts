/**
 * --html FILE: one self-contained page (no network: styles, data and script inline) with
 * the timeline (one row per thread, a bar per syscall, marks for signals and exits) and
 * the -c summary as charts and as strace's table.
 *
 * Written as the trace goes, like the timeline file: the timeline entries are streamed
 * into a JSON data block; the summary, known only at the end, follows it.
 */
import type { TraceEvent } from '../api/events.js';
import { HTML_SCRIPT, HTML_STYLE } from './html-page.js';
import { asciiJson } from './json-lines.js';
import type { Output } from './output.js';
import { DEFAULT_COLUMNS, Summary } from './summary.js';
import { TimelineBuilder } from './timeline.js';

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

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

export class HtmlReport {
  private readonly builder: TimelineBuilder;
  private readonly summary = new Summary({ mode: 'only', wallClock: true, sortBy: 'time', columns: DEFAULT_COLUMNS });
  private readonly totals = new Map<string, SyscallTotals>();
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
    if (event.type !== 'syscall' || (event.outcome !== 'successful' && event.outcome !== 'failed')) return;
    const failed = event.outcome === 'failed';
    this.summary.add(event.nr, event.duration, failed);
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
    this.out.write(
      ']</script>\n' +
      `<script type="application/json" id="tstrace-summary">${scriptJson(rows)}</script>\n` +
      '<main><section id="timeline-section"><h2>Timeline</h2>' +
      '<p class="hint">Wheel: zoom, drag: pan, double-click: reset. Hover a bar for the call.</p>' +
      '<div id="ruler"></div><div id="rows"></div><div id="tip" hidden></div></section>\n' +
      '<section id="summary-section"><h2>Summary (wall time per syscall)</h2><div id="charts"></div>' +
      `<pre id="summary-table">${escapeHtml(this.summary.render())}</pre></section></main>\n` +
      `<script>${HTML_SCRIPT}</script>\n</body></html>\n`,
    );
    this.out.close();
  }
}

