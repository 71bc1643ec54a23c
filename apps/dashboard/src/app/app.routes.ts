import { Routes } from '@angular/router';

import { requireRole, requireSignedIn } from './session/feature/session-guards';
import { loadApollo } from './shared/apollo-on-demand';

const notForYourRole = () =>
  import('./session/feature/not-for-your-role-page').then((module) => module.NotForYourRolePage);

export const appRoutes: Routes = [
  {
    path: 'sign-in',
    title: 'Sign in · Waypoint',
    // Enrolling a second factor, when the practice asks for one, goes through Apollo.
    canActivate: [loadApollo],
    loadComponent: () =>
      import('./session/feature/sign-in-page').then((module) => module.SignInPage),
  },
  {
    path: 'set-password',
    title: 'Choose your password · Waypoint',
    loadComponent: () =>
      import('./session/feature/set-password-page').then((module) => module.SetPasswordPage),
  },
  {
    // Every other page needs a signed-in clinician, and reads records through Apollo: the
    // two guards run side by side.
    path: '',
    canActivateChild: [requireSignedIn, loadApollo],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'Caseload · Waypoint',
        loadComponent: () =>
          import('./caseload/feature/caseload-page').then((module) => module.CaseloadPage),
      },
      {
        path: 'clients/new',
        title: 'Add a client · Waypoint',
        loadComponent: () =>
          import('./clients/feature/new-client-page').then((module) => module.NewClientPage),
      },
      {
        path: 'clients/:clientId/session',
        title: 'Session · Waypoint',
        loadComponent: () =>
          import('./session-mode/feature/session-page').then((module) => module.SessionPage),
      },
      {
        // The page names the client in the title once the note has arrived.
        path: 'clients/:clientId/notes/:noteId',
        title: 'Progress note · Waypoint',
        loadComponent: () => import('./notes/feature/note-page').then((module) => module.NotePage),
      },
      {
        path: 'clients/:clientId/progress-letter',
        title: 'Progress letter · Waypoint',
        loadComponent: () =>
          import('./notes/feature/progress-letter-page').then(
            (module) => module.ProgressLetterPage,
          ),
      },
      {
        // The page names the client in the title once their record has arrived.
        path: 'clients/:clientId',
        title: 'Client · Waypoint',
        loadComponent: () =>
          import('./clients/feature/client-page').then((module) => module.ClientPage),
      },
      {
        path: 'security',
        title: 'Security settings · Waypoint',
        loadComponent: () =>
          import('./accounts/feature/security-settings-page').then(
            (module) => module.SecuritySettingsPage,
          ),
      },
      {
        path: 'prompts',
        title: 'Prompt library · Waypoint',
        loadComponent: () =>
          import('./prompts/feature/prompt-library-page').then(
            (module) => module.PromptLibraryPage,
          ),
      },
      {
        path: 'accounts',
        title: 'Accounts · Waypoint',
        canMatch: [requireRole('ADMIN')],
        loadComponent: () =>
          import('./accounts/feature/accounts-page').then((module) => module.AccountsPage),
      },
      {
        path: 'audit-log',
        title: 'Audit log · Waypoint',
        canMatch: [requireRole('ADMIN')],
        loadComponent: () =>
          import('./audit/feature/audit-log-page').then((module) => module.AuditLogPage),
      },
      { path: 'accounts', title: 'Accounts · Waypoint', loadComponent: notForYourRole },
      { path: 'audit-log', title: 'Audit log · Waypoint', loadComponent: notForYourRole },
    ],
  },
  { path: '**', redirectTo: '' },
];
