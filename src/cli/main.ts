#!/usr/bin/env node
/** Entry point of the `policylens` command (package.json `bin`). */
import { runCli } from './run.js';

// A reader that stops early (`policylens --jsonl - | head`) is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: () => process.stdin,
  stdinIsTTY: process.stdin.isTTY === true,
});
