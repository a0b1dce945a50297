import { pathSegment as segment } from '../http/paths.js';

/**
 * GitHub REST endpoints for Actions secrets, in one place. A secret lives in one
 * of three scopes; each scope has its own public key.
 */
export type SecretScope =
  | { kind: 'repository'; repository: string }
  | { kind: 'environment'; repository: string; environment: string }
  | { kind: 'organization'; org: string };

/** `owner/repo` with each part encoded, the slash kept. */
function repo(repository: string): string {
  return repository.split('/').map(segment).join('/');
}

/** Where the scope's secrets live, e.g. `/repos/o/r/actions/secrets`. */
function secretsBase(scope: SecretScope): string {
  switch (scope.kind) {
    case 'repository':
      return `/repos/${repo(scope.repository)}/actions/secrets`;
    case 'environment':
      return `/repos/${repo(scope.repository)}/environments/${segment(scope.environment)}/secrets`;
    case 'organization':
      return `/orgs/${segment(scope.org)}/actions/secrets`;
  }
}

export const githubPaths = {
  publicKey: (scope: SecretScope) => `${secretsBase(scope)}/public-key`,
  secret: (scope: SecretScope, name: string) => `${secretsBase(scope)}/${segment(name)}`,
  /** organization secrets with `selected` visibility: the repositories that see it */
  selectedRepositories: (org: string, name: string) =>
    `/orgs/${segment(org)}/actions/secrets/${segment(name)}/repositories`,
};
