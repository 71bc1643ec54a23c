import { bootstrapApplication } from '@angular/platform-browser';

import { appConfig } from './app/app.config';
import { Shell } from './app/shell/shell';
import { registerOfflineWorker } from './offline/register-offline-worker';

bootstrapApplication(Shell, appConfig)
  .then(() => registerOfflineWorker())
  .catch((error: unknown) => console.error(error));
