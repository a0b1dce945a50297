import { StepError } from '../errors.js';
import type { ApiToken, CreatedToken, TokenManager } from '../providers/api-tokens.js';
import type { Provider } from '../providers/provider.js';
import { type RunContext, secretStoreFor } from '../run-context.js';
import { plannedSteps } from './dry-run.js';
import type { OperationReport, SummaryTable } from './report.js';
import { expiryFrom } from './token-dates.js';

/** The provider's token manager; the catalog lets token operations reach only providers with one. */
export function tokensOf(provider: Provider): TokenManager {
  if (!provider.tokens) throw new Error(`${provider.name} has no API token management`);
  return provider.tokens;
}

/** Gcore allows a fixed number of tokens an account: refuse to create one past it. */
export async function ensureRoomForToken(tokens: TokenManager): Promise<number> {
  const count = (await tokens.list()).length;
  if (count >= tokens.maxTokens) {
    throw new Error(
      `The account already holds ${count} API tokens, the maximum of ${tokens.maxTokens}: delete unused ones (list-tokens, delete-token) first. Nothing was created or deleted.`,
    );
  }
  return count;
}

/**
 * Writes a new token to the secret store when `secret-name` asked for it;
 * returns where, or null. A failure is a StepError saying what exists now.
 */
export async function storeNewToken(
  created: CreatedToken,
  ctx: RunContext,
  stateAfterFailure: (where: string) => string,
): Promise<string | null> {
  const target = ctx.config.githubSecret;
  if (!ctx.secretStore || !target) return null;
  const where = ctx.secretStore.describe(target.name);
  try {
    await ctx.secretStore.store([{ name: target.name, value: created.secret }]);
  } catch (error) {
    throw new StepError('Storing the new token', error, stateAfterFailure(where));
  }
  ctx.logger.info(`Stored token ${created.token.id} in ${where}.`);
  return where;
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

/** Where a new token goes: the secret store, or only the masked output. */
export function storeStep(ctx: RunContext): string[] {
  const target = ctx.config.githubSecret;
  return ctx.secretStore && target ? [`store it in ${ctx.secretStore.describe(target.name)}`] : [];
}

/** list-tokens: every token the credentials can see. */
export async function listTokens(provider: Provider, ctx: RunContext): Promise<OperationReport> {
  const tokens = tokensOf(provider);
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
  const { config } = ctx;
  const tokens = tokensOf(provider);
  const role = tokens.resolveRole(config.token.role ?? '');
  const expiresAt = expiryFrom(config.token.expiresInDays, ctx.timing.now());
  secretStoreFor(ctx);
  const name = config.credential.name ?? '';
  if (config.dryRun) {
    return plannedSteps(ctx, [
      `check the account holds fewer than ${tokens.maxTokens} tokens`,
      `create token '${name}' with role ${role.name}, expiring ${expiresAt ?? 'never'}`,
      ...storeStep(ctx),
    ]);
  }
  await ensureRoomForToken(tokens);
  const created = await tokens.create({ name, role, expiresAt });
  const { id } = created.token;
  ctx.logger.info(`Created API token ${id} (${role.name}, expires ${expiresAt ?? 'never'}).`);
  const stored = await storeNewToken(
    created,
    ctx,
    (where) =>
      `Token ${id} was created but not stored in ${where}, and its secret cannot be read again: delete token ${id} (delete-token) and create another.`,
  );
  return {
    outputs: newTokenOutputs(created, provider),
    result: { token: created.token, stored },
    rows: [
      ['Token id', id],
      ['Name', created.token.name],
      ['Role', role.name],
      ['Expires at', expiresAt ?? 'never'],
      ['Stored in', stored ?? "not stored (no 'secret-name'); see the masked api-token output"],
    ],
  };
}

/** delete-token: `token-id`. */
export async function deleteToken(provider: Provider, ctx: RunContext): Promise<OperationReport> {
  const id = ctx.config.token.id ?? '';
  const tokens = tokensOf(provider);
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
