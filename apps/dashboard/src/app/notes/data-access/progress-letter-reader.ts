import { Injectable, signal } from '@angular/core';

import type { ProgressLetterPageQueryVariables } from '../../__generated__/graphql';
import { watchQuery } from '../../shared/watched-query';
import { progressLetterPageDocument } from './note-documents';

/** The range and options a progress letter is written for. */
export interface ProgressLetterRequest {
  readonly clientId: string;
  /** The first day (ISO date). */
  readonly from: string;
  /** The last day (ISO date). */
  readonly to: string;
  readonly includeScores: boolean;
}

/** Reads the progress letter for a range, again whenever the range or options change. */
@Injectable()
export class ProgressLetterReader {
  private readonly request = signal<ProgressLetterPageQueryVariables | null>(null);
  private readonly query = watchQuery(progressLetterPageDocument, this.request);

  /** Whether a fetch is in flight. */
  readonly isLoading = this.query.isLoading;
  /** Why the latest finished fetch failed, or null. */
  readonly loadFailure = this.query.loadFailure;
  /** The letter and the client's name; the last complete answer stays while one loads. */
  readonly answer = this.query.data;

  /** Reads the letter for a range. */
  read(request: ProgressLetterRequest): void {
    this.request.set({ ...request });
  }

  /** Asks the server again, after a failure. */
  refetch(): void {
    this.query.refetch();
  }
}
