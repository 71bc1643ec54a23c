import { inject, Injectable } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';
import type { ClientStatus } from '@waypoint/shared';

import { localIsoDate } from '../../shared/relative-day';
import { ClientChanges } from '../data-access/client-changes';
import { ClientRecordReader } from '../data-access/client-record-reader';
import { ClientDetailsDialog, type ClientDetailsDialogData } from '../ui/client-details-dialog';
import { ClientStatusDialog, type ClientStatusDialogData } from '../ui/client-status-dialog';
import { compareClientDetails, compareClientStatuses } from '../ui/conflict-comparisons';
import { Acknowledgements } from './acknowledgements';
import { ConflictResolution } from './conflict-resolution';
import { formDialogSize } from './dialog-sizes';
import { PageFocus } from './page-focus';
import { answerForDialog } from './save-problems';

const statusMessages: Readonly<Record<ClientStatus, string>> = {
  ACTIVE: 'Care reopened.',
  PAUSED: 'Care paused. Everything stays on the record.',
  DISCHARGED: 'Discharged. Everything stays on the record.',
};

/** Editing a client's details and pausing, discharging or reopening their care. */
@Injectable()
export class ClientActions {
  private readonly reader = inject(ClientRecordReader);
  private readonly clients = inject(ClientChanges);
  private readonly conflicts = inject(ConflictResolution);
  private readonly dialog = inject(MatDialog);
  private readonly acknowledgements = inject(Acknowledgements);
  private readonly focus = inject(PageFocus);

  /** Edits the client's details over the version they were read at. */
  editDetails(): void {
    const client = this.reader.record();
    if (!client) return;
    this.dialog.open<ClientDetailsDialog, ClientDetailsDialogData, boolean>(ClientDetailsDialog, {
      ...formDialogSize,
      data: {
        preferredName: client.preferredName,
        initial: {
          preferredName: client.preferredName,
          pronouns: client.pronouns,
          startedOn: client.startedOn,
          baseline: client.baseline,
        },
        today: localIsoDate(new Date()),
        save: (value) =>
          answerForDialog(
            () =>
              this.conflicts.save({
                version: client.version,
                save: (version) =>
                  this.clients.update(client.id, version, {
                    preferredName: value.preferredName,
                    pronouns: value.pronouns,
                    startedOn: value.startedOn,
                    baseline: value.baseline,
                    primaryClinicianId: client.primaryClinician.id,
                  }),
                find: (saved) => saved,
                compare: (saved) => compareClientDetails(saved, value),
              }),
            this.acknowledgements,
            'Details saved.',
          ),
      },
    });
  }

  /** Pauses, discharges or reopens the client's care, with a reason. */
  async changeStatus(status: ClientStatus): Promise<void> {
    const client = this.reader.record();
    if (!client) return;
    const dialogRef = this.dialog.open<ClientStatusDialog, ClientStatusDialogData, boolean>(
      ClientStatusDialog,
      {
        ...formDialogSize,
        data: {
          client,
          status,
          today: localIsoDate(new Date()),
          save: (value) =>
            answerForDialog(
              () =>
                this.conflicts.save({
                  version: client.version,
                  save: (version) =>
                    this.clients.changeStatus({
                      clientId: client.id,
                      version,
                      status: value.status,
                      changedOn: value.changedOn,
                      reason: value.reason,
                    }),
                  find: (saved) => saved,
                  compare: (saved) => compareClientStatuses(saved, value),
                }),
              this.acknowledgements,
              statusMessages[status],
            ),
        },
      },
    );
    // The button that opened the dialog goes with the old status; the heading takes focus.
    if (await firstValueFrom(dialogRef.afterClosed())) this.focus.soon('[data-page-heading]');
  }
}
