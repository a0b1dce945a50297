import { OPERATIONS } from '../catalog.js';
import { VERSION } from '../version.js';
import { BOOLEAN_INPUTS, CREDENTIAL_VARIABLES, INPUT_FLAGS } from './args.js';

const COLUMN = 30;

function entry(flag: string, description: string): string {
  return flag.length <= COLUMN - 4
    ? `  ${flag.padEnd(COLUMN - 2)}${description}`
    : `  ${flag}\n${' '.repeat(COLUMN)}${description}`;
}

/** `cdnkit --help`: built from the input table, so it lists every input the action has. */
export function helpText(): string {
  const inputs = INPUT_FLAGS.map((spec) => {
    const flag = BOOLEAN_INPUTS.includes(spec.name)
      ? `--${spec.name}, --no-${spec.name}`
      : `--${spec.name} <value>`;
    const fallback = 'default' in spec ? ` (default: ${spec.default})` : '';
    return entry(flag, spec.description + fallback);
  });
  return `cdnkit ${VERSION}: purge and prefetch CDN cache and rotate CDN API credentials
(Medianova, Gcore, CDNetworks) from a terminal, with the inputs of the GitHub Action.

Usage: cdnkit <operation> --provider <provider> [--<input> <value> ...]

Operations: ${OPERATIONS.join(', ')}

Examples:
  cdnkit purge --provider gcore --resource 123 --urls-file list.txt
  git diff --name-only | sed 's|^public||' | cdnkit purge --provider gcore --resource 123 --urls-file -
  cdnkit purge --provider gcore --resource cdn.example.com --prefixes '/images/*' --dry-run
  CDNKIT_API_TOKEN=... cdnkit check-token --provider gcore --json
  CDNKIT_API_TOKEN=... cdnkit create-token --provider gcore --name ci --role Users --secret-file ci.token

Inputs (each input of the action is a flag; repeat a list flag or separate values with commas):
${inputs.join('\n')}

Credentials: instead of flags, which end up in shell history and the process list, set
${CREDENTIAL_VARIABLES.map(([name, variable]) => `  ${variable.padEnd(COLUMN - 2)}for --${name}`).join('\n')}
A flag wins over its variable. Secret write-back (--secret-name) also reads GITHUB_REPOSITORY
(owner/repo) and GITHUB_API_URL (default https://api.github.com). A relative --urls-file is
read from the current directory; --urls-file - reads standard input.

A new secret is shown only once: create-token, rotate-token, create-credential and
rotate-credential are refused, before anything is sent, unless it has a destination:
--secret-name (a GitHub Actions secret), --secret-file or --print-secret.

Other flags:
${entry('--secret-file <path>', 'write the new secret to this new file, mode 0600 (an existing file is refused)')}
${entry('--print-secret', 'print the new secret once on stdout, after the result (with --json: newSecret)')}
${entry('--json', 'the result as JSON, secrets as ***; a failure adds an "error" object')}
${entry('--verbose', 'debug lines (and stack traces) on stderr')}
${entry('--version', 'print the version')}
${entry('-h, --help', 'print this help')}

The result goes to stdout, progress and errors to stderr; secrets are never printed, except
the new one that --print-secret asks for.
Exit codes: 0 success; 1 the operation failed; 2 usage error (unknown flag, missing
operation, or an input rejected before anything was sent).
`;
}
