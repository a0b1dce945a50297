import { InputError, providerLabel, StepError } from '../errors.js';
import type { ApiToken, CreatedToken, TokenManager } from '../providers/api-tokens.js';
import type { ProviderSession } from '../providers/provider.js';
import type { RunContext } from './context.js';
import { plannedSteps } from './dry-run.js';
import type { OperationReport } from './report.js';
import { expiryFrom, rotatedName } from './token-dates.js';
import {
  ensureRoomForToken,
  newTokenOutputs,
  requireSecretStore,
  storeNewToken,
  storeStep,
  tokensOf,
} from './tokens.js';

/**
 * rotate-token, always in this order: read the old token -> check the token cap
 * -> create the new one (same role, new expiry) -> verify it with a call sent
 * with it -> store it (when `secret-name` is set) -> delete the old one (when
 * `delete-old`). The old token is deleted only after the new one is verified and
 * stored; a failure after the create names what exists now.
 *
 * Nothing is logged above debug level before the new token exists, so its
 * mask command comes before any line a reader sees.
 */
export async function rotateToken(
  session: ProviderSession,
  ctx: RunContext,
): Promise<OperationReport> {
  const { config, logger } = ctx;
  const tokens = tokensOf(session);
  const oldId = oldTokenId(tokens, ctx);
  const roleOverride = config.token.role ? tokens.resolveRole(config.token.role) : undefined;
  const now = ctx.timing.now();
  const expiresAt = expiryFrom(config.token.expiresInDays, now);
  requireSecretStore(ctx);
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

  const old = await tokens.get(oldId);
  const role = roleOverride ?? old.role;
  if (!role) {
    throw new Error(
      `${providerLabel(session.name)} did not say which role token ${oldId} has, so it cannot be copied: set 'role'. Nothing was created or deleted.`,
    );
  }
  const count = await ensureRoomForToken(tokens);
  const created = await tokens.create({
    name: config.credential.name ?? rotatedName(old.name, now),
    description: old.description,
    role,
    expiresAt,
  });
  const newId = created.token.id;
  logger.info(
    `Created token ${newId} '${created.token.name}' (${role.name}, expires ${expiresAt ?? 'never'}) to replace token ${oldId}.`,
  );
  const stillValid = `the old token ${oldId} is still valid and was not deleted`;

  try {
    await tokens.verify(created.secret);
  } catch (error) {
    throw new StepError(
      'Verifying the new token',
      error,
      `New token ${newId} exists but did not authenticate, and was not stored; ${stillValid}. Delete token ${newId} (delete-token) once the cause is known.`,
    );
  }
  logger.info(`Verified token ${newId}: a request sent with it was accepted.`);

  const stored = await storeNewToken(
    created,
    ctx,
    (where) =>
      `New token ${newId} works but was not stored in ${where}; ${stillValid}. Delete token ${newId} (delete-token) and rotate again.`,
  );

  let deleted = false;
  if (config.deleteOld) {
    try {
      await tokens.delete(oldId);
      deleted = true;
    } catch (error) {
      throw new StepError(
        'Deleting the old token',
        error,
        `New token ${newId} works${stored ? ` and is stored in ${stored}` : ''}; the old token ${oldId} is still valid: delete it with delete-token.`,
      );
    }
    logger.info(`Deleted the old token ${oldId}.`);
  }

  return {
    outputs: newTokenOutputs(created, session),
    result: {
      oldTokenId: oldId,
      newTokenId: newId,
      name: created.token.name,
      role,
      expiresAt,
      stored,
      oldDeleted: deleted,
    },
    rows: rotationRows(old, created, { count, max: tokens.maxTokens, stored, deleted }),
    annotations:
      stored === null && deleted
        ? [
            {
              level: 'warning',
              message: `The old token ${oldId} is deleted and the new token ${newId} exists only in this step's masked 'api-token' output: set 'secret-name' to store it.`,
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
  old: ApiToken,
  created: CreatedToken,
  facts: { count: number; max: number; stored: string | null; deleted: boolean },
): [string, string][] {
  return [
    ['Old token', `${old.id} '${old.name}'`],
    ['Tokens before', `${facts.count} of at most ${facts.max}`],
    ['New token', `${created.token.id} '${created.token.name}'`],
    ['Role', created.token.role?.name ?? old.role?.name ?? ''],
    ['Expires at', created.token.expiresAt ?? 'never'],
    ['Verified', 'yes: a request sent with the new token was accepted'],
    ['Stored in', facts.stored ?? "not stored (no 'secret-name')"],
    ['Old token deleted', facts.deleted ? 'yes' : "no ('delete-old: false')"],
  ];
}
