import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import { APOLLO } from '../../shared/apollo-on-demand';
import type {
  ChangeClientStatusInput,
  CreateClientInput,
  UpdateClientInput,
} from '../../__generated__/graphql';
import {
  changeClientStatusDocument,
  createClientDocument,
  updateClientDocument,
  type ClientDetails,
} from './client-documents';

/** Adding clients and changing their details and status. */
@Injectable({ providedIn: 'root' })
export class ClientChanges {
  private readonly apollo = inject(APOLLO);

  /** Adds a client to the signed-in clinician's caseload. */
  async create(input: CreateClientInput): Promise<ClientDetails> {
    const { data } = await firstValueFrom(
      this.apollo.mutate({
        mutation: createClientDocument,
        variables: { input },
        update: (cache) => {
          // The caseload is sorted by the server; ask it again rather than guess the place.
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'caseload' });
        },
      }),
    );
    if (!data) throw new Error('The new client answer had no data');
    return data.createClient;
  }

  /** Saves a client's details over the version they were read at. */
  async update(clientId: string, version: number, input: UpdateClientInput): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({
        mutation: updateClientDocument,
        variables: { id: clientId, version, input },
        update: (cache) => cache.evict({ id: 'ROOT_QUERY', fieldName: 'caseload' }),
      }),
    );
  }

  /** Pauses, discharges or reopens a client's care. */
  async changeStatus(input: ChangeClientStatusInput): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({ mutation: changeClientStatusDocument, variables: { input } }),
    );
  }
}
