import { Routes } from '@angular/router';

export const appRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Caseload · Waypoint',
    loadComponent: () =>
      import('./caseload/feature/caseload-page').then((module) => module.CaseloadPage),
  },
  { path: '**', redirectTo: '' },
];
