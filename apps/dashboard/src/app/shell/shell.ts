import { ChangeDetectionStrategy, Component, ElementRef, viewChild } from '@angular/core';
import { MatToolbarModule } from '@angular/material/toolbar';
import { RouterOutlet } from '@angular/router';

/** The frame around every page: skip link, product toolbar and the main landmark. */
@Component({
  selector: 'wp-root',
  imports: [MatToolbarModule, RouterOutlet],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  /**
   * Moves focus into the main landmark. Following the bare `#main` fragment would also work, but
   * the router would treat it as a navigation and some browsers leave focus on the link.
   */
  protected skipToMainContent(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }
}
