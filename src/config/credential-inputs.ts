/** Which credential inputs each provider needs, and which contradict each other. */

import type { OperationName, ProviderName } from '../catalog.js';
import { InputError } from '../errors.js';
import { CONTROL_CHARACTERS } from '../text.js';
import type { CdnetworksAuthMethod, Credentials } from './config.js';
import type { InputName } from './inputs.js';
import { oneOf } from './values.js';

export function parseCredentials(
  provider: ProviderName,
  operation: OperationName,
  optional: (name: InputName) => string | undefined,
): Credentials {
  const given: Credentials = {
    apiKey: optional('api-key'),
    apiSecret: optional('api-secret'),
    apiToken: optional('api-token'),
    username: optional('username'),
    password: optional('password'),
  };
  for (const [field, name] of [
    ['apiKey', 'api-key'],
    ['apiSecret', 'api-secret'],
    ['apiToken', 'api-token'],
    ['username', 'username'],
    ['password', 'password'],
  ] as const) {
    if (given[field] !== undefined && CONTROL_CHARACTERS.test(given[field])) {
      throw new InputError(name, 'contains control characters or a line break');
    }
  }
  const notUsed = (names: InputName[], how: string): void => {
    for (const name of names) {
      if (optional(name) !== undefined) {
        throw new InputError(
          name,
          `is not used by ${provider}; ${provider} authenticates with ${how}`,
        );
      }
    }
  };
  // whether a provider reads auth-method at all is INPUTS' to say (parse.ts)
  const authMethodInput = optional('auth-method');

  switch (provider) {
    case 'medianova': {
      const how = "'api-key' + 'api-secret' (or 'api-token' from an earlier login)";
      notUsed(['username', 'password'], how);
      if (operation === 'login' && given.apiToken !== undefined) {
        throw new InputError(
          'api-token',
          "login needs 'api-key' and 'api-secret', not an existing token",
        );
      }
      if (given.apiToken !== undefined && (given.apiKey || given.apiSecret)) {
        throw new InputError(
          'api-token',
          "give either 'api-token' or 'api-key' + 'api-secret', not both",
        );
      }
      if (given.apiToken === undefined)
        requirePair(given.apiKey, given.apiSecret, 'api-key', 'api-secret', how);
      return given;
    }
    case 'gcore': {
      const how = "'api-token' (permanent API token) or 'username' + 'password' (JWT login)";
      notUsed(['api-key', 'api-secret'], how);
      if (operation === 'login' && given.apiToken !== undefined) {
        throw new InputError(
          'api-token',
          "login needs 'username' and 'password'; a permanent API token needs no login",
        );
      }
      if (given.apiToken !== undefined && (given.username || given.password)) {
        throw new InputError(
          'api-token',
          "give either 'api-token' or 'username' + 'password', not both",
        );
      }
      if (
        given.apiToken === undefined &&
        given.username === undefined &&
        given.password === undefined
      ) {
        throw new InputError('api-token', `credentials are missing: set ${how}`);
      }
      if (given.apiToken === undefined)
        requirePair(given.username, given.password, 'username', 'password', how);
      if (given.apiToken !== undefined && !/^\d+[$_]\S+$/.test(given.apiToken)) {
        throw new InputError(
          'api-token',
          "is not a Gcore permanent token: expected '<id>$<secret>' or '<id>_<secret>'",
        );
      }
      return given;
    }
    case 'cdnetworks': {
      notUsed(
        ['api-token', 'password'],
        "'api-key' + 'api-secret' (AK/SK) or 'username' + 'api-key' (API-Key)",
      );
      const authMethod = (
        authMethodInput === undefined
          ? given.apiSecret !== undefined
            ? 'aksk'
            : 'api-key'
          : oneOf(authMethodInput, 'auth-method', ['aksk', 'api-key'] as const)
      ) as CdnetworksAuthMethod;
      if (authMethod === 'aksk') {
        if (given.username !== undefined) {
          throw new InputError(
            'username',
            "is not used with auth-method 'aksk'; AK/SK needs 'api-key' (Access Key) and 'api-secret' (Secret Key)",
          );
        }
        requirePair(
          given.apiKey,
          given.apiSecret,
          'api-key',
          'api-secret',
          "'api-key' (Access Key) + 'api-secret' (Secret Key) for AK/SK auth",
        );
      } else {
        if (given.apiSecret !== undefined) {
          throw new InputError(
            'api-secret',
            "is not used with auth-method 'api-key'; API-Key auth needs 'username' and 'api-key'",
          );
        }
        requirePair(
          given.username,
          given.apiKey,
          'username',
          'api-key',
          "'username' + 'api-key' for API-Key auth",
        );
      }
      return { ...given, authMethod };
    }
  }
}

function requirePair(
  first: string | undefined,
  second: string | undefined,
  firstName: InputName,
  secondName: InputName,
  how: string,
): void {
  if (first === undefined && second === undefined) {
    throw new InputError(firstName, `credentials are missing: set ${how}`);
  }
  if (first === undefined)
    throw new InputError(firstName, `is required together with '${secondName}'`);
  if (second === undefined)
    throw new InputError(secondName, `is required together with '${firstName}'`);
}
