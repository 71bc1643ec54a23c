import { DOCUMENT } from '@angular/common';
import { afterNextRender, inject, Injectable, Injector } from '@angular/core';

/**
 * Puts focus somewhere sensible after the page changes under it: a new goal's title, the
 * milestone after a removed one, a moved button. Keyboard and screen reader users are never
 * dropped at the top of the document.
 */
@Injectable()
export class PageFocus {
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);

  /** Once the page has rendered, scrolls a section to the top of the view and focuses it. */
  soonAtTop(selector: string): void {
    afterNextRender(
      () => {
        const element = this.document.querySelector<HTMLElement>(selector);
        element?.scrollIntoView({ block: 'start' });
        element?.focus({ preventScroll: true });
      },
      { injector: this.injector },
    );
  }

  /** Once the page has rendered, focuses the first element that matches one of the selectors. */
  soon(...selectors: readonly string[]): void {
    afterNextRender(
      () => {
        for (const selector of selectors) {
          const element = this.document.querySelector<HTMLElement>(selector);
          if (element && !element.hasAttribute('disabled')) {
            element.focus();
            return;
          }
        }
      },
      { injector: this.injector },
    );
  }
}
