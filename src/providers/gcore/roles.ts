import { InputError } from '../../errors.js';

export interface GcoreRole {
  readonly id: number;
  readonly name: string;
}

/**
 * Gcore's built-in roles (Gcore knowledge base, "Permanent API token. Create, use and delete",
 * and the IAM "API tokens" reference); names are exact strings.
 */
export const GCORE_ROLES: readonly GcoreRole[] = [
  { id: 1, name: 'Administrators' },
  { id: 2, name: 'Users' },
  { id: 5, name: 'Engineers' },
  { id: 3009, name: 'Purge and Prefetch only (API+Web)' },
  { id: 3022, name: 'Purge and Prefetch only (API)' },
];

/** The `role` input, a role name (case and spacing forgiven) or id, as Gcore's `{ id, name }`. */
export function resolveRole(input: string): GcoreRole {
  const wanted = simplify(input);
  const role = GCORE_ROLES.find(
    (candidate) => String(candidate.id) === wanted || simplify(candidate.name) === wanted,
  );
  if (!role) {
    throw new InputError(
      'role',
      `'${input.slice(0, 60)}' is not a Gcore role; use one of: ${GCORE_ROLES.map((r) => `${r.id} (${r.name})`).join(', ')}`,
    );
  }
  return role;
}

function simplify(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}
