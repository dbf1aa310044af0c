#!/usr/bin/env node
/** `ptail`: follow what running processes write to stdout and stderr (not built yet). */
import { writeSync } from 'node:fs';

writeSync(2, 'ptail: not implemented yet\n');
process.exit(1);
