import { computed, signal } from '@angular/core';

import { readApiProblem, unreachableMessage } from '../../shared/api-problem';

/**
 * Where an autosaved field stands: everything saved, typing waiting for its pause, a save in
 * flight, a newer version saved elsewhere (the clinician chooses), or a save that failed.
 */
export type AutosaveStatus = 'SAVED' | 'WAITING' | 'SAVING' | 'CONFLICT' | 'FAILED';

/** How an autosave sends its value. */
export interface AutosaveOptions<Value> {
  /** How long typing pauses before the value is sent. */
  readonly delayMs: number;
  /** Sends the value over the version it was read at (null: nothing saved yet); resolves with the new version. */
  readonly save: (value: Value, version: number | null) => Promise<number>;
  /** Called once when the server answers CONFLICT, so the page can fetch the saved version. */
  readonly conflicted?: () => void;
}

/**
 * Saves what the clinician types after a pause, one request at a time, each over the version
 * the previous one answered. Typing is never dropped: while a save is in flight, after a
 * failure and during a conflict the latest value is kept, and sent once it can be.
 */
export class Autosave<Value> {
  private readonly state = signal<AutosaveStatus>('SAVED');
  private readonly failure = signal<string | null>(null);
  private savedVersion: number | null = null;
  private unsaved: { readonly value: Value } | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;

  /** Where the value stands. */
  readonly status = this.state.asReadonly();

  /** Why the latest save failed, in the clinician's words; null unless FAILED. */
  readonly problem = this.failure.asReadonly();

  /** Whether something typed is not saved yet. */
  readonly hasUnsaved = computed(() => this.state() !== 'SAVED');

  constructor(private readonly options: AutosaveOptions<Value>) {}

  /** The version the latest save answered (or the one it started from). */
  version(): number | null {
    return this.savedVersion;
  }

  /** Starts again from a saved version, forgetting anything unsent (a new note, a new format). */
  reset(version: number | null): void {
    this.clearTimer();
    this.savedVersion = version;
    this.unsaved = null;
    this.failure.set(null);
    this.state.set('SAVED');
  }

  /** Keeps the latest value and sends it once typing pauses. */
  change(value: Value): void {
    this.unsaved = { value };
    if (this.state() === 'CONFLICT') return;
    if (this.state() !== 'SAVING') this.state.set('WAITING');
    this.clearTimer();
    this.timer = setTimeout(() => void this.flush(), this.options.delayMs);
  }

  /**
   * Sends what is waiting now (on blur, before signing, when the page closes) and resolves
   * once everything is saved, or the save stopped at a conflict or a failure.
   */
  async flush(): Promise<void> {
    this.clearTimer();
    while (this.inFlight) await this.inFlight;
    if (this.unsaved === null || this.state() === 'CONFLICT') return;
    const { value } = this.unsaved;
    this.inFlight = this.send(value);
    try {
      await this.inFlight;
    } finally {
      this.inFlight = null;
    }
    // Typing that arrived while the save was in flight goes next, without waiting again.
    if (this.unsaved !== null && this.state() === 'SAVING') await this.flush();
  }

  /** Saves the clinician's value over the version saved meanwhile. */
  async keepMine(savedVersion: number): Promise<void> {
    this.savedVersion = savedVersion;
    this.state.set('WAITING');
    await this.flush();
  }

  /** Takes the version saved meanwhile, dropping the clinician's unsaved value. */
  takeSaved(savedVersion: number): void {
    this.reset(savedVersion);
  }

  private async send(value: Value): Promise<void> {
    this.state.set('SAVING');
    this.failure.set(null);
    try {
      this.savedVersion = await this.options.save(value, this.savedVersion);
    } catch (error) {
      const problem = readApiProblem(error);
      if (problem.code === 'CONFLICT') {
        this.state.set('CONFLICT');
        this.options.conflicted?.();
      } else {
        this.failure.set(
          problem.isUnreachable
            ? unreachableMessage
            : (problem.message ?? 'It could not be saved.'),
        );
        this.state.set('FAILED');
      }
      return;
    }
    // Saved; unless more was typed while the save was in flight, nothing is waiting.
    if (this.unsaved?.value === value) {
      this.unsaved = null;
      this.state.set('SAVED');
    }
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}

/** What the saving status says for each state. */
export function autosaveStatusText(status: AutosaveStatus): string {
  switch (status) {
    case 'SAVED':
      return 'Saved';
    case 'WAITING':
      return 'Not saved yet';
    case 'SAVING':
      return 'Saving…';
    case 'CONFLICT':
      return 'Not saved: a newer version was saved elsewhere';
    case 'FAILED':
      return 'Not saved yet';
  }
}
