/**
 * Object-storage credentials (Medianova Stook): the capability behind the
 * *-credential operations, in provider-neutral terms.
 */
export interface StorageBucket {
  readonly id: string;
  readonly name?: string;
}

export interface StorageCredential {
  readonly id: string;
  readonly name: string;
  readonly readOnly: boolean;
  /** public half of the key pair; undefined when the answer carried none */
  readonly accessKey?: string;
  readonly subfolder?: string;
  readonly buckets: readonly StorageBucket[];
}

/** A credential just created: the only answer that may carry its secret key. */
export interface CreatedCredential extends StorageCredential {
  /** registered as a secret by the client before it returns */
  readonly secretKey?: string;
}

/** What create and update send. */
export interface CredentialSettings {
  readonly name: string;
  readonly readOnly: boolean;
  /** bucket ids */
  readonly buckets: readonly string[];
  readonly subfolder?: string;
}

export interface StorageCredentialManager {
  list(): Promise<StorageCredential[]>;
  get(id: string): Promise<StorageCredential>;
  create(settings: CredentialSettings): Promise<CreatedCredential>;
  update(id: string, settings: CredentialSettings): Promise<StorageCredential>;
  /** returns the provider's message, if any */
  delete(id: string): Promise<string | undefined>;
}
