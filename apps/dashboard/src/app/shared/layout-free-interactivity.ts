import { InteractivityChecker } from '@angular/cdk/a11y';
import type { Provider } from '@angular/core';

/**
 * For specs: jsdom has no layout, so the CDK thinks no element is visible and focus traps
 * cannot place focus. This checker trusts the DOM instead (disabled still counts).
 */
export function provideLayoutFreeInteractivity(): Provider {
  return {
    provide: InteractivityChecker,
    useValue: {
      isDisabled: (element: HTMLElement) => element.hasAttribute('disabled'),
      isVisible: () => true,
      isTabbable: (element: HTMLElement) => !element.hasAttribute('disabled'),
      isFocusable: (element: HTMLElement) => !element.hasAttribute('disabled'),
    } satisfies Partial<InteractivityChecker>,
  };
}
