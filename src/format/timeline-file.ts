/**
 * Writes a --timeline file as the trace goes: the trace-event JSON object's array is
 * opened at the start, each entry appended as the builder makes it, and closed at the end.
 */
import type { TraceEvent } from '../decode/events.js';
import { asciiJson } from './json-lines.js';
import type { Output } from './output.js';
import { TimelineBuilder } from './timeline.js';

export class TimelineFile {
  private readonly builder: TimelineBuilder;
  private separator = '\n';

  /** @param base the trace's time zero, epoch seconds. */
  constructor(private readonly out: Output, base: number) {
    out.write('{"traceEvents":[');
    this.builder = new TimelineBuilder(base, (entry) => {
      out.write(this.separator + asciiJson(entry));
      this.separator = ',\n';
    });
  }

  add(event: TraceEvent): void {
    this.builder.add(event);
  }

  flush(): void {
    this.out.flush();
  }

  close(): void {
    this.out.write('\n],"displayTimeUnit":"ns","otherData":{"generator":"tstrace"}}\n');
    this.out.close();
  }
}
