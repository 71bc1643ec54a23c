import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
  output,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { focusFirstInvalidField } from '../../shared/focus-first-invalid-field';

/** An SVG document as a data: address, so an <img> can show it without innerHTML. */
export function svgDataUrl(svg: string): string {
  const bytes = new TextEncoder().encode(svg);
  let binary = '';
  bytes.forEach((byte) => (binary += String.fromCharCode(byte)));
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}

/** The secret in groups of four, as authenticator apps show and accept it. */
export function groupSecret(secret: string): string {
  return secret.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}

/** Scanning the QR code (or typing the key) into an authenticator app, then a first code. */
@Component({
  selector: 'wp-authenticator-setup',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule],
  templateUrl: './authenticator-setup.html',
  styleUrl: './authenticator-setup.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuthenticatorSetup {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** The QR code of the otpauth:// address, as an SVG document. */
  readonly qrCodeSvg = input.required<string>();

  /** The secret in base32, for typing into an app by hand. */
  readonly secret = input.required<string>();

  /** Whether the first code is on its way to the server. */
  readonly isBusy = input(false);

  /** What went wrong with the last code, in words for the clinician; null when nothing did. */
  readonly problem = input<string | null>(null);

  /** Emitted with the first 6-digit code from the app. */
  readonly confirmed = output<string>();

  protected readonly qrCodeUrl = computed(() => svgDataUrl(this.qrCodeSvg()));
  protected readonly groupedSecret = computed(() => groupSecret(this.secret()));

  protected readonly form = inject(NonNullableFormBuilder).group({
    code: ['', [Validators.required, Validators.pattern(/^\s*(\d\s*){6}$/)]],
  });

  protected submit(): void {
    if (this.isBusy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalidField(this.host.nativeElement);
      return;
    }
    this.confirmed.emit(this.form.controls.code.value.replace(/\s+/g, ''));
  }
}
