/**
 * Reads a step's output the way the GitHub runner does, to find every workflow
 * command in it (actions/runner src/Runner.Common/ActionCommand.cs): a line
 * that starts, after white space, with `::name …::data`, or the legacy
 * `##[name …]data` anywhere in a line, for a registered command name.
 */
const REGISTERED = new Set([
  'set-env',
  'set-output',
  'save-state',
  'add-mask',
  'add-path',
  'add-matcher',
  'remove-matcher',
  'debug',
  'warning',
  'error',
  'notice',
  'group',
  'endgroup',
  'echo',
  'stop-commands',
]);

export interface RunnerCommand {
  command: string;
  data: string;
  line: string;
}

export function runnerCommands(output: string): RunnerCommand[] {
  const found: RunnerCommand[] = [];
  for (const line of output.split(/\r\n|\r|\n/)) {
    const trimmed = line.trimStart();
    if (trimmed.startsWith('::')) {
      const end = trimmed.indexOf('::', 2);
      const command = end < 0 ? '' : trimmed.slice(2, end).split(' ')[0]!;
      if (REGISTERED.has(command)) {
        found.push({ command, data: trimmed.slice(end + 2), line });
        continue;
      }
    }
    const at = line.indexOf('##[');
    const close = at < 0 ? -1 : line.indexOf(']', at);
    if (close < 0) continue;
    const command = line.slice(at + 3, close).split(' ')[0]!;
    if (REGISTERED.has(command)) found.push({ command, data: line.slice(close + 1), line });
  }
  return found;
}

/** Text a hostile provider puts in its answers: each line tries to start a command. */
export const INJECTED = 'PWNED';
export const COMMAND_PAYLOADS = [
  `a\n::warning::${INJECTED} warning`,
  `b\r\n::stop-commands::${INJECTED}token`,
  `c\r  ::set-output name=status::${INJECTED}`,
  `d ##[add-mask]${INJECTED}`,
  `e\n\t::add-mask::${INJECTED}`,
];

/** The commands in `output` that a payload started, rather than cdnkit. */
export function injectedCommands(output: string): RunnerCommand[] {
  return runnerCommands(output).filter(
    ({ command, data }) =>
      data.startsWith(INJECTED) || ['stop-commands', 'set-output', 'set-env'].includes(command),
  );
}
