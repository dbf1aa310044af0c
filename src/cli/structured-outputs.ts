/**
 * The CLI's side of the structured outputs: checks the flag combinations and opens the
 * files up front, so that a bad path is reported like `-o`'s, before anything is traced.
 */
import { openSync } from 'node:fs';
import { systemMessage } from '../sys/error-message.js';
import { UsageError, type CliOptions } from './options.js';
import type { OutputFile, StructuredOptions } from '../api/outputs.js';

function open(path: string): OutputFile {
  try {
    return { fd: openSync(path, 'w'), path };
  } catch (e) {
    throw new UsageError(`Can't fopen '${path}': ${systemMessage(e)}`);
  }
}

/**
 * What the worker writes besides (or, for JSON, instead of) the text; null when only the
 * text. `outputFd` is -o's file, already open (-1: stderr).
 */
export function structuredOptions(o: CliOptions, outputFd: number): StructuredOptions | null {
  const json = o.outputFormat === 'json';
  if (!json && o.timeline === null && o.html === null && o.processTree === null) return null;
  if (json && o.processTree !== null && o.processTree.file === null) {
    throw new UsageError('--process-tree needs a FILE with --output-format=json (--process-tree=FILE)');
  }
  if (json && o.summary !== 'none') throw new UsageError('-c/-C cannot be combined with --output-format=json');
  if (json && o.followForks >= 2 && o.output !== null) throw new UsageError('-ff cannot be combined with --output-format=json');
  return {
    json: !json ? null : outputFd >= 0 ? { fd: outputFd, path: o.output! } : { fd: 2, path: 'stderr' },
    timeline: o.timeline === null ? null : open(o.timeline),
    html: o.html === null ? null : open(o.html),
    title: o.command.length > 0 ? o.command.join(' ') : `-p ${o.pids.join(',')}`,
    processTree: o.processTree === null ? null : o.processTree.file === null ? 'trace' : open(o.processTree.file),
  };
}
