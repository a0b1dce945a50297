/** Where a rotated secret is written back: secret-name, github-token and their companions. */
import { InputError } from '../errors.js';
import type { Config, GithubSecretTarget, ParseEnvironment } from './config.js';
import type { InputName } from './inputs.js';
import { checkUrl, secretName, text } from './values.js';

export function parseGithubSecret(
  config: Config,
  optional: (name: InputName) => string | undefined,
  environment: ParseEnvironment,
): GithubSecretTarget | undefined {
  const name = optional('secret-name');
  const related = [
    'github-token',
    'secret-name-access-key',
    'secret-environment',
    'secret-org',
  ] as const;
  if (name === undefined) {
    for (const other of related) {
      // changed-files: auto reads this workflow's runs with github-token
      if (other === 'github-token' && config.changedFiles?.source.kind === 'auto') continue;
      if (optional(other) !== undefined)
        throw new InputError(
          other,
          other === 'github-token'
            ? "only applies together with 'secret-name' or 'changed-files: auto'"
            : "only applies together with 'secret-name'",
        );
    }
    return undefined;
  }
  const writes = ['create-credential', 'rotate-credential', 'create-token', 'rotate-token'];
  if (!writes.includes(config.operation)) {
    throw new InputError('secret-name', `applies to ${writes.join(', ')} only`);
  }
  secretName(name, 'secret-name');
  const token = optional('github-token');
  if (token === undefined) {
    throw new InputError(
      'github-token',
      "is required with 'secret-name': a token allowed to write Actions secrets (the default GITHUB_TOKEN cannot)",
    );
  }
  const accessKeyName = secretName(
    optional('secret-name-access-key') ?? `${name}_ACCESS_KEY`,
    'secret-name-access-key',
  );
  const environmentName = text(optional('secret-environment'), 'secret-environment');
  const org = text(optional('secret-org'), 'secret-org');
  if (environmentName && org) {
    throw new InputError(
      'secret-environment',
      "and 'secret-org' exclude each other: choose one place for the secret",
    );
  }
  const repository = environment.env.GITHUB_REPOSITORY;
  if (!org && !repository?.includes('/')) {
    throw new InputError(
      'secret-name',
      "needs GITHUB_REPOSITORY ('owner/repo') to store a repository or environment secret",
    );
  }
  const apiUrl = environment.env.GITHUB_API_URL || 'https://api.github.com';
  checkUrl(apiUrl, 'secret-name', 'GITHUB_API_URL');
  return { token, name, accessKeyName, environment: environmentName, org, apiUrl, repository };
}
