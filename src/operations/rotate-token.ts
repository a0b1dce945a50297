import { InputError, providerLabel, StepError } from '../errors.js';
import type { ApiToken, CreatedToken, TokenManager, TokenRole } from '../providers/api-tokens.js';
import type { Provider } from '../providers/provider.js';
import { type RunContext, secretStoreFor } from '../run-context.js';
import { plannedSteps } from './dry-run.js';
import type { OperationReport } from './report.js';
import { createFailureState, nothingChanged } from './rotation-state.js';
import { expiryFrom, rotatedName } from './token-dates.js';
import {
  ensureRoomForToken,
  newTokenOutputs,
  storeNewToken,
  storeStep,
  tokensOf,
} from './tokens.js';

/**
 * rotate-token, always in this order: read the old token -> check the token cap
 * -> create the new one (same role, new expiry) -> verify it with a call sent
 * with it -> store it (when `secret-name` is set) -> delete the old one (when
 * `delete-old`). The old token is deleted only after the new one is verified and
 * stored. Every failure names what exists now; one after the create fails the
 * step but still reports the new token (its masked `api-token` output included),
 * since its secret cannot be read again.
 *
 * Nothing is logged above debug level before the new token exists, so its
 * mask command comes before any line a reader sees.
 */
export async function rotateToken(provider: Provider, ctx: RunContext): Promise<OperationReport> {
  const { config, logger } = ctx;
  const tokens = tokensOf(provider);
  const oldId = oldTokenId(tokens, ctx);
  const roleOverride = config.token.role ? tokens.resolveRole(config.token.role) : undefined;
  const now = ctx.timing.now();
  const expiresAt = expiryFrom(config.token.expiresInDays, now);
  secretStoreFor(ctx);
  if (config.dryRun) {
    return plannedSteps(ctx, [
      `read token ${oldId}`,
      `check the account holds fewer than ${tokens.maxTokens} tokens`,
      `create its replacement with ${roleOverride ? `role ${roleOverride.name}` : 'the same role'}, expiring ${expiresAt ?? 'never'}`,
      'verify the new token with a request sent with it',
      ...storeStep(ctx),
      ...(config.deleteOld ? [`delete token ${oldId}`] : []),
    ]);
  }

  let old: ApiToken;
  try {
    old = await tokens.get(oldId);
  } catch (error) {
    throw new StepError('Reading the old token', error, nothingChanged('token', oldId));
  }
  const role = roleOverride ?? old.role;
  if (!role) {
    throw new Error(
      `${providerLabel(provider.name)} did not say which role token ${oldId} has, so it cannot be copied: set 'role'. Nothing was created or deleted.`,
    );
  }
  const count = await ensureRoomForToken(tokens);
  const spec = {
    name: config.credential.name ?? rotatedName(old.name, now),
    description: old.description,
    role,
    expiresAt,
  };
  let created: CreatedToken;
  try {
    created = await tokens.create(spec);
  } catch (error) {
    throw new StepError(
      'Creating the new token',
      error,
      createFailureState(provider.name, 'token', old, spec.name, error),
    );
  }
  logger.info(
    `Created token ${created.token.id} '${created.token.name}' (${role.name}, expires ${expiresAt ?? 'never'}) to replace token ${oldId}.`,
  );
  const rotation: TokenRotation = {
    old,
    created,
    role,
    expiresAt,
    verified: false,
    stored: null,
    deleted: false,
  };
  const facts = { count, max: tokens.maxTokens };
  // from here on the new token exists: a failure still reports it (outputs included)
  try {
    await finishRotation(rotation, tokens, ctx);
  } catch (error) {
    if (!(error instanceof StepError)) throw error;
    return { ...rotationReport(rotation, provider, ctx, facts), failure: error.message };
  }
  return rotationReport(rotation, provider, ctx, facts);
}

interface TokenRotation {
  old: ApiToken;
  created: CreatedToken;
  role: TokenRole;
  expiresAt: string | null;
  verified: boolean;
  /** where the new token was stored, or null */
  stored: string | null;
  deleted: boolean;
}

/** verify -> store -> delete the old one; each failure is a StepError naming what exists now. */
async function finishRotation(
  rotation: TokenRotation,
  tokens: TokenManager,
  ctx: RunContext,
): Promise<void> {
  const { config, logger } = ctx;
  const { old, created } = rotation;
  const newId = created.token.id;
  const stillValid = `the old token ${old.id} is still valid and was not deleted`;
  try {
    await tokens.verify(created.secret);
  } catch (error) {
    throw new StepError(
      'Verifying the new token',
      error,
      `New token ${newId} exists but did not authenticate, and was not stored; ${stillValid}. Delete token ${newId} (delete-token) once the cause is known.`,
    );
  }
  rotation.verified = true;
  logger.info(`Verified token ${newId}: a request sent with it was accepted.`);

  rotation.stored = await storeNewToken(
    created,
    ctx,
    (where) =>
      `New token ${newId} works but was not stored in ${where}; ${stillValid}. Delete token ${newId} (delete-token) and rotate again.`,
  );

  if (!config.deleteOld) return;
  try {
    await tokens.delete(old.id);
  } catch (error) {
    const stored = rotation.stored ? ` and is stored in ${rotation.stored}` : '';
    throw new StepError(
      'Deleting the old token',
      error,
      `New token ${newId} works${stored}; the old token ${old.id} is still valid: delete it with delete-token.`,
    );
  }
  rotation.deleted = true;
  logger.info(`Deleted the old token ${old.id}.`);
}

function rotationReport(
  rotation: TokenRotation,
  provider: Provider,
  { config }: RunContext,
  facts: { count: number; max: number },
): OperationReport {
  const { old, created, stored, deleted } = rotation;
  return {
    outputs: newTokenOutputs(created, provider),
    result: {
      oldTokenId: old.id,
      newTokenId: created.token.id,
      name: created.token.name,
      role: rotation.role,
      expiresAt: rotation.expiresAt,
      verified: rotation.verified,
      stored,
      oldDeleted: deleted,
    },
    rows: rotationRows(rotation, { ...facts, config }),
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

function rotationRows(
  { old, created, role, expiresAt, verified, stored, deleted }: TokenRotation,
  facts: { count: number; max: number; config: RunContext['config'] },
): [string, string][] {
  return [
    ['Old token', `${old.id} '${old.name}'`],
    ['Tokens before', `${facts.count} of at most ${facts.max}`],
    ['New token', `${created.token.id} '${created.token.name}'`],
    ['Role', created.token.role?.name ?? role.name],
    ['Expires at', created.token.expiresAt ?? expiresAt ?? 'never'],
    ['Verified', verified ? 'yes: a request sent with the new token was accepted' : 'no'],
    [
      'Stored in',
      stored ?? (facts.config.githubSecret ? 'not stored' : "not stored (no 'secret-name')"),
    ],
    [
      'Old token deleted',
      deleted ? 'yes' : facts.config.deleteOld ? 'no' : "no ('delete-old: false')",
    ],
  ];
}
