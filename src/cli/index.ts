#!/usr/bin/env node
import { runCli } from './main.js';
import { readAll } from './stdin.js';

process.exitCode = await runCli(process.argv.slice(2), process.env, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  readStdin: () => {
    if (process.stdin.isTTY)
      process.stderr.write(
        'cdnkit: reading URLs from standard input, one a line; end with Ctrl-D\n',
      );
    return readAll(process.stdin);
  },
});
