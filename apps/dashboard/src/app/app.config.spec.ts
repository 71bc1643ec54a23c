import { provideHttpClientTesting, HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Store } from '@ngrx/store';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

import { Router } from '@angular/router';

import { SessionStore } from './session/data-access/session-store';
import { aViewer } from './session/data-access/viewer.fixture';
import { practiceSummaryDocument } from './caseload/data-access/caseload-documents';
import { appConfig } from './app.config';

describe('appConfig', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [...appConfig.providers, provideHttpClientTesting()],
    });
  });

  it('sends GraphQL operations to /graphql on the same origin', async () => {
    const answer = firstValueFrom(TestBed.inject(Apollo).query({ query: practiceSummaryDocument }));

    const request = TestBed.inject(HttpTestingController).expectOne('/graphql');
    expect(request.request.method).toBe('POST');
    expect(request.request.body.operationName).toBe('PracticeSummary');
    request.flush({ data: { practiceSummary: null } });

    expect((await answer).data).toEqual({ practiceSummary: null });
  });

  it('sends the clinician to sign in, with the cache cleared, when any request is UNAUTHENTICATED', async () => {
    const router = TestBed.inject(Router);
    const http = TestBed.inject(HttpTestingController);
    const apollo = TestBed.inject(Apollo);

    const navigation = router.navigateByUrl('/');
    await new Promise((resolve) => setTimeout(resolve));
    http.expectOne('/graphql').flush({ data: { viewer: aViewer() } });
    await navigation;
    expect(router.url).toBe('/');

    const answer = firstValueFrom(apollo.query({ query: practiceSummaryDocument })).catch(
      () => null,
    );
    const practice = http.expectOne('/graphql');
    expect(practice.request.body.operationName).toBe('PracticeSummary');
    practice.flush({
      errors: [{ message: 'Sign in to continue', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    await answer;
    await new Promise((resolve) => setTimeout(resolve));

    expect(router.url).toBe('/sign-in');
    expect(apollo.client.cache.extract()).toEqual({});
    expect(TestBed.inject(SessionStore).signInNotice()).toBe('SESSION_ENDED');
  });

  it('provides a real NgRx store for browser-only state', async () => {
    const state = await firstValueFrom(TestBed.inject(Store).select((root) => root));

    expect(state).toEqual({});
  });
});
