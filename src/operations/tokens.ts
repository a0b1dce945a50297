import { QuotaError } from '../errors.js';
import type { ApiToken, CreatedToken, TokenManager } from '../providers/api-tokens.js';
import { capabilityOf, type Provider } from '../providers/provider.js';
import { type RunContext, type SecretStore, secretStoreFor } from '../run-context.js';
import { plannedSteps } from './plan.js';
import type { OperationReport, SummaryTable } from './report.js';
import {
  type RotationState,
  type RotationStep,
  rotationState,
  runRotation,
  storedIn,
  storeStep,
} from './rotation.js';
import { expiryFrom } from './token-dates.js';

/** Gcore allows a fixed number of tokens an account: refuse to create one past it. */
export function tokenLimitStep(
  tokens: TokenManager,
  counted?: (count: number) => void,
): RotationStep {
  return {
    role: 'other',
    name: 'Checking the token limit',
    plan: `check the account holds fewer than ${tokens.maxTokens} tokens`,
    run: async () => {
      const count = (await tokens.list()).length;
      if (count >= tokens.maxTokens) {
        throw new QuotaError(
          `The account already holds ${count} API tokens, the maximum of ${tokens.maxTokens}: delete unused ones (list-tokens, delete-token) first`,
        );
      }
      counted?.(count);
    },
  };
}

/** Writes the new token to `secret-name`. */
export function storeTokenStep(
  store: SecretStore,
  secretName: string,
  created: () => CreatedToken,
): RotationStep {
  return storeStep(store, `store it in ${store.describe(secretName)}`, () => [
    { name: secretName, value: created().secret, what: `token ${created().token.id}` },
  ]);
}

/** Where a new token went (one secret), or null. */
export function tokenStoredIn(state: RotationState): string | null {
  return storedIn(state)[0] ?? null;
}

/** The report of a new token; its secret was registered when it arrived. */
export function newTokenOutputs(
  created: CreatedToken,
  provider: Provider,
): OperationReport['outputs'] {
  return {
    'api-token': created.secret,
    'token-id': created.token.id,
    'expires-at': created.token.expiresAt ?? '',
    'request-id': provider.http.lastRequestId ?? '',
  };
}

/** list-tokens: every token the credentials can see. */
export async function listTokens(provider: Provider, ctx: RunContext): Promise<OperationReport> {
  const tokens = capabilityOf(provider, 'tokens', ctx.config.operation);
  if (ctx.config.dryRun) return plannedSteps(ctx, ['list the API tokens of the account']);
  const list = await tokens.list();
  return {
    outputs: { 'request-id': provider.http.lastRequestId ?? '' },
    result: { tokens: list },
    rows: [['Tokens', `${list.length} (the account may hold ${tokens.maxTokens})`]],
    tables: [tokenTable(list)],
  };
}

/** create-token: `name`, `role` (name or id), `expires-in-days`; stored when `secret-name` is set. */
export async function createToken(provider: Provider, ctx: RunContext): Promise<OperationReport> {
  const { config, logger } = ctx;
  const tokens = capabilityOf(provider, 'tokens', config.operation);
  const role = tokens.resolveRole(config.token.role ?? '');
  const expiresAt = expiryFrom(config.token.expiresInDays, ctx.timing.now());
  const store = secretStoreFor(ctx);
  const name = config.credential.name ?? '';
  let created!: CreatedToken;
  const state = rotationState();
  return runRotation(ctx, {
    noun: 'token',
    provider: provider.name,
    state,
    steps: [
      tokenLimitStep(tokens),
      {
        role: 'create',
        plan: `create token '${name}' with role ${role.name}, expiring ${expiresAt ?? 'never'}`,
        newName: () => name,
        run: async () => {
          created = await tokens.create({ name, role, expiresAt });
          const { id } = created.token;
          logger.info(`Created API token ${id} (${role.name}, expires ${expiresAt ?? 'never'}).`);
          return { id, name: created.token.name };
        },
      },
      ...(store ? [storeTokenStep(store, config.githubSecret!.name, () => created)] : []),
    ],
    report: () => ({
      outputs: newTokenOutputs(created, provider),
      result: { token: created.token, stored: tokenStoredIn(state) },
      rows: [
        ['Token id', created.token.id],
        ['Name', created.token.name],
        ['Role', role.name],
        ['Expires at', expiresAt ?? 'never'],
        [
          'Stored in',
          tokenStoredIn(state) ??
            (store
              ? 'not stored'
              : "not stored (no 'secret-name'); see the masked api-token output"),
        ],
      ],
    }),
  });
}

/** delete-token: `token-id`. */
export async function deleteToken(provider: Provider, ctx: RunContext): Promise<OperationReport> {
  const id = ctx.config.token.id ?? '';
  const tokens = capabilityOf(provider, 'tokens', ctx.config.operation);
  if (ctx.config.dryRun) return plannedSteps(ctx, [`delete token ${id}`]);
  await tokens.delete(id);
  return {
    outputs: { 'token-id': id, 'request-id': provider.http.lastRequestId ?? '' },
    result: { deleted: id },
    rows: [['Deleted token', id]],
  };
}

/** A summary table of tokens; `state` adds a column (check-token). */
export function tokenTable(
  list: readonly ApiToken[],
  state?: (token: ApiToken) => string,
): SummaryTable {
  return {
    title: 'API tokens',
    header: ['Id', 'Name', 'Role', 'Expires at', 'Last used', 'Owner', ...(state ? ['State'] : [])],
    rows: list.map((token) => [
      token.id,
      token.name,
      token.role?.name ?? '',
      token.expiresAt ?? 'never',
      token.lastUsed ?? '',
      token.owner ?? '',
      ...(state ? [state(token)] : []),
    ]),
  };
}
