import { DomainError } from '../../domain/errors';

/** A stale write to a document: carries the current version, so the caller can show it and merge. */
export class DocumentConflictError<T = unknown> extends DomainError {
  constructor(
    message: string,
    readonly current: T,
  ) {
    super('CONFLICT', message);
  }
}
