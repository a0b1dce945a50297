import { InputError, ProviderError } from '../errors.js';
import type { ApiToken, CreatedToken, NewToken, TokenManager } from '../providers/api-tokens.js';
import { capabilityOf, type Provider } from '../providers/provider.js';
import { type RunContext, secretStoreFor } from '../run-context.js';
import type { OperationReport } from './report.js';
import {
  deleteOldStep,
  type RotationState,
  rotatedName,
  rotationState,
  runRotation,
} from './rotation.js';
import { expiryFrom } from './token-dates.js';
import { newTokenOutputs, storeTokenStep, tokenLimitStep, tokenStoredIn } from './tokens.js';

/**
 * rotate-token: read the old token -> check the token limit -> create the new
 * one (same role, new expiry) -> verify it with a call sent with it -> store it
 * (when `secret-name` is set) -> delete the old one (when `delete-old`).
 *
 * Nothing is logged above debug level before the new token exists, so its
 * mask command comes before any line a reader sees.
 */
export async function rotateToken(provider: Provider, ctx: RunContext): Promise<OperationReport> {
  const { config, logger } = ctx;
  const tokens = capabilityOf(provider, 'tokens', config.operation);
  const oldId = oldTokenId(tokens, ctx);
  const roleOverride = config.token.role ? tokens.resolveRole(config.token.role) : undefined;
  const now = ctx.timing.now();
  const expiresAt = expiryFrom(config.token.expiresInDays, now);
  const store = secretStoreFor(ctx);
  let old!: ApiToken;
  let spec!: NewToken;
  let created!: CreatedToken;
  let count = 0;
  const state = rotationState({ id: oldId }, { verifies: true });
  return runRotation(ctx, {
    noun: 'token',
    provider: provider.name,
    state,
    steps: [
      {
        role: 'read',
        plan: `read token ${oldId}`,
        run: async () => {
          old = await tokens.get(oldId);
          const role = roleOverride ?? old.role;
          if (!role) {
            throw new ProviderError(
              provider.name,
              `the answer does not say which role token ${oldId} has, so it cannot be copied: set 'role'`,
            );
          }
          spec = {
            name: config.credential.name ?? rotatedName(old.name, now),
            description: old.description,
            role,
            expiresAt,
          };
          return { id: old.id, name: old.name };
        },
      },
      tokenLimitStep(tokens, (counted) => {
        count = counted;
      }),
      {
        role: 'create',
        plan: `create its replacement with ${roleOverride ? `role ${roleOverride.name}` : 'the same role'}, expiring ${expiresAt ?? 'never'}`,
        newName: () => spec.name,
        run: async () => {
          created = await tokens.create(spec);
          logger.info(
            `Created token ${created.token.id} '${created.token.name}' (${spec.role.name}, expires ${expiresAt ?? 'never'}) to replace token ${oldId}.`,
          );
          return { id: created.token.id, name: created.token.name };
        },
      },
      {
        role: 'verify',
        plan: 'verify the new token with a request sent with it',
        run: async () => {
          await tokens.verify(created.secret);
          logger.info(`Verified token ${created.token.id}: a request sent with it was accepted.`);
        },
      },
      ...(store ? [storeTokenStep(store, config.githubSecret!.name, () => created)] : []),
      ...(config.deleteOld
        ? [
            deleteOldStep(`delete token ${oldId}`, async () => {
              await tokens.delete(oldId);
              logger.info(`Deleted the old token ${oldId}.`);
            }),
          ]
        : []),
    ],
    report: () =>
      rotationReport(state, { old, spec, created, count, max: tokens.maxTokens, provider, ctx }),
  });
}

/** `token-id`, or the id inside `api-token` (`<id>$…` / `<id>_…`). */
function oldTokenId(tokens: TokenManager, ctx: RunContext): string {
  const { token, credentials } = ctx.config;
  const id =
    token.id ?? (credentials.apiToken ? tokens.tokenIdOf(credentials.apiToken) : undefined);
  if (!id) {
    throw new InputError(
      'token-id',
      "is required for 'rotate-token' unless 'api-token' is the token to rotate",
    );
  }
  return id;
}

function rotationReport(
  state: RotationState,
  facts: {
    old: ApiToken;
    spec: NewToken;
    created: CreatedToken;
    count: number;
    max: number;
    provider: Provider;
    ctx: RunContext;
  },
): OperationReport {
  const { old, spec, created, count, max, provider, ctx } = facts;
  const { config } = ctx;
  const stored = tokenStoredIn(state);
  const deleted = state.oldDeleted;
  return {
    outputs: newTokenOutputs(created, provider),
    result: {
      oldTokenId: old.id,
      newTokenId: created.token.id,
      name: created.token.name,
      role: spec.role,
      expiresAt: spec.expiresAt,
      verified: state.verified === true,
      stored,
      oldDeleted: deleted,
    },
    rows: [
      ['Old token', `${old.id} '${old.name}'`],
      ['Tokens before', `${count} of at most ${max}`],
      ['New token', `${created.token.id} '${created.token.name}'`],
      ['Role', created.token.role?.name ?? spec.role.name],
      ['Expires at', created.token.expiresAt ?? spec.expiresAt ?? 'never'],
      ['Verified', state.verified ? 'yes: a request sent with the new token was accepted' : 'no'],
      [
        'Stored in',
        stored ?? (config.githubSecret ? 'not stored' : "not stored (no 'secret-name')"),
      ],
      ['Old token deleted', deleted ? 'yes' : config.deleteOld ? 'no' : "no ('delete-old: false')"],
    ],
    annotations:
      stored === null && deleted
        ? [
            {
              level: 'warning',
              message: `The old token ${old.id} is deleted and the new token ${created.token.id} exists only in this step's masked 'api-token' output: set 'secret-name' to store it.`,
            },
          ]
        : [],
  };
}
