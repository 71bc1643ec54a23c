import { provideHttpClientTesting, HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Store } from '@ngrx/store';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

import { caseloadDocument } from './caseload/data-access/caseload-document';
import { appConfig } from './app.config';

describe('appConfig', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [...appConfig.providers, provideHttpClientTesting()],
    });
  });

  it('sends GraphQL operations to /graphql on the same origin', async () => {
    const answer = firstValueFrom(TestBed.inject(Apollo).query({ query: caseloadDocument }));

    const request = TestBed.inject(HttpTestingController).expectOne('/graphql');
    expect(request.request.method).toBe('POST');
    expect(request.request.body.operationName).toBe('Caseload');
    request.flush({ data: { caseload: [] } });

    expect((await answer).data).toEqual({ caseload: [] });
  });

  it('provides a real NgRx store for browser-only state', async () => {
    const state = await firstValueFrom(TestBed.inject(Store).select((root) => root));

    expect(state).toEqual({});
  });
});
