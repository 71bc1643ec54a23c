import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';

import { formatCalendarDay } from '../../clients/ui/calendar-day';
import { aFlagView, aResponseView, crisisResourceViews } from './measure-views.fixture';
import { SafetyBanner, type SafetyReviewRequest } from './safety-banner';

const flaggedPhq9 = aResponseView('phq9-flagged', {
  administeredOn: '2026-03-12',
  answers: [1, 1, 2, 1, 1, 2, 1, 1, 1],
  total: 11,
  hasSafetyFlag: true,
});

/** An element's text as it reads, each text node separated by one space. */
function readableText(element: Element): string {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const pieces: string[] = [];
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const piece = node.textContent?.replace(/\s+/g, ' ').trim();
    if (piece) pieces.push(piece);
  }
  return pieces.join(' ');
}

function renderBanner(flags = [aFlagView('flag-1', 'phq9-flagged')]) {
  TestBed.configureTestingModule({});
  const fixture = TestBed.createComponent(SafetyBanner);
  fixture.componentRef.setInput('flags', flags);
  fixture.componentRef.setInput('responses', [flaggedPhq9]);
  fixture.componentRef.setInput('crisisResources', crisisResourceViews);
  const requests: SafetyReviewRequest[] = [];
  fixture.componentInstance.recordReview.subscribe((request) => requests.push(request));
  const loader = TestbedHarnessEnvironment.loader(fixture);
  const text = () => readableText(fixture.nativeElement as HTMLElement);
  return { fixture, loader, requests, text };
}

describe('SafetyBanner', () => {
  it('shows an unreviewed flag as an alert: what raised it, and where to turn in a crisis', async () => {
    const { fixture, text } = renderBanner();
    await fixture.whenStable();

    const banner = (fixture.nativeElement as HTMLElement).querySelector('[role="alert"]');
    expect(banner).not.toBeNull();
    expect(text()).toContain('Safety review needed');
    expect(text()).toContain(
      `PHQ-9 item 9 was answered “Several days” on ${formatCalendarDay('2026-03-12')}: “Thoughts that you would be better off dead or of hurting yourself in some way”`,
    );
    expect(text()).toContain('988 Suicide & Crisis Lifeline Call or text 988');
    expect(text()).toContain('Emergency services Call 911');
  });

  it('words what was answered without judging risk itself', async () => {
    const { fixture, text } = renderBanner();
    await fixture.whenStable();

    expect(text()).toContain('Waypoint shows what was answered and does not assess risk');
    expect(text()).not.toMatch(/high risk|low risk|at risk|suicidal/i);
  });

  it('has no way to dismiss it other than recording the review', async () => {
    const { fixture, loader, requests } = renderBanner();
    await fixture.whenStable();

    const buttons = await loader.getAllHarnesses(MatButtonHarness);
    expect(await Promise.all(buttons.map((button) => button.getText()))).toEqual(['Record review']);
    await buttons[0].click();
    expect(requests).toEqual([
      {
        flag: expect.objectContaining({ id: 'flag-1' }),
        raisedBy: expect.stringContaining('PHQ-9 item 9 was answered “Several days”'),
      },
    ]);
  });

  it('stays while the flag is unreviewed and is gone once it is reviewed', async () => {
    const { fixture, text } = renderBanner();
    await fixture.whenStable();
    expect(text()).toContain('Safety review needed');

    fixture.componentRef.setInput('flags', [
      aFlagView('flag-1', 'phq9-flagged', { isReviewed: true }),
    ]);
    await fixture.whenStable();

    expect(text()).toBe('');
    expect((fixture.nativeElement as HTMLElement).querySelector('[role="alert"]')).toBeNull();
  });

  it('waits for the answer to be saved before a review can be recorded', async () => {
    const { fixture, loader, requests } = renderBanner([
      aFlagView('pending-flag-1', 'phq9-flagged'),
    ]);
    fixture.componentRef.setInput('savingFlagIds', new Set(['pending-flag-1']));
    await fixture.whenStable();

    const button = await loader.getHarness(MatButtonHarness);
    expect(await button.getText()).toBe('Saving the answer first…');
    expect(await button.isDisabled()).toBe(true);
    await button.click();
    expect(requests).toEqual([]);
  });
});
