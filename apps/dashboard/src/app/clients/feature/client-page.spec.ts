import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MatChipHarness, MatChipListboxHarness } from '@angular/material/chips/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatProgressBarHarness } from '@angular/material/progress-bar/testing';

import { samsRecord } from '../data-access/client-record.fixture';
import { readableText, renderClientPage, type RenderedClientPage } from './client-page.testing';

describe('ClientPage', () => {
  let page: RenderedClientPage;

  afterEach(() => page?.backend.verify());

  /** The timeline's items, as text, newest first. */
  function timelineTexts(): string[] {
    const items: HTMLElement[] = Array.from(
      page.fixture.nativeElement.querySelectorAll('[data-timeline-item]'),
    );
    return items.map((item) => readableText(item));
  }

  describe('reading the record', () => {
    beforeEach(async () => {
      page = await renderClientPage();
    });

    it('names the client with their pronouns, status and the day care began', async () => {
      const heading: HTMLElement = page.fixture.nativeElement.querySelector('h1');
      const chips = await page.loader.getAllHarnesses(MatChipHarness);

      expect(heading.textContent?.trim()).toBe('Sam Rivera');
      expect(page.text()).toContain('they/them');
      expect(await chips[0].getText()).toBe('Active');
      expect(page.text()).toContain('In care since Mar 1, 2026');
    });

    it("opens on how far they've come: the baseline in their words, then goals, milestones and wins", () => {
      const strip: HTMLElement = page.fixture.nativeElement.querySelector('wp-progress-strip');
      const text = readableText(strip);

      expect(text).toContain("Most days I can't face leaving the flat.");
      expect(text).toContain('1 goal achieved');
      expect(text).toContain('2 milestones ticked of 4');
      expect(text).toContain('1 small win logged 1 of them the trying');
      expect(text).toContain('56.1 GAS T-score at the last review');
    });

    it("shows each goal in the client's words, with domain, status, milestones done and the last GAS level", async () => {
      const card: HTMLElement = page.fixture.nativeElement.querySelector('[data-goal="goal-walk"]');
      const text = readableText(card);
      const checkboxes = await page.loader.getAllHarnesses(
        MatCheckboxHarness.with({ ancestor: '[data-goal="goal-walk"]' }),
      );

      expect(card.querySelector('h3')?.textContent?.trim()).toBe(
        'Get outside for a walk three times a week',
      );
      expect(text).toContain('Behavioural activation: scheduled outdoor walks.');
      expect(text).toContain('Health');
      expect(text).toContain('Active');
      expect(text).toContain('1 of 3');
      expect(text).toContain('+1 Somewhat more than expected');
      expect(text).toContain('“Three walks, one longer than half an hour”');
      expect(await Promise.all(checkboxes.map((checkbox) => checkbox.isChecked()))).toEqual([
        true,
        false,
        false,
      ]);
    });

    it("keeps a finished goal's milestones as they were", async () => {
      const checkbox = await page.loader.getHarness(
        MatCheckboxHarness.with({ ancestor: '[data-goal="goal-cook"]' }),
      );

      expect(await checkbox.isDisabled()).toBe(true);
      expect(
        await page.loader.hasHarness(
          MatButtonHarness.with({ ancestor: '[data-goal="goal-cook"]', text: 'Add a milestone' }),
        ),
      ).toBe(false);
    });

    it('tells the road newest first, with setbacks in plain words, ending where they started', () => {
      const texts = timelineTexts();

      expect(texts[0]).toContain('GAS review');
      expect(texts[1]).toContain('Small win: the trying');
      expect(texts[1]).toContain('They tried something new, and the trying counts.');
      expect(texts).toContainEqual(
        expect.stringContaining('Setback Mar 9, 2026 Skipped the walk three days running'),
      );
      expect(texts.at(-1)).toContain("Where they started Mar 1, 2026 Most days I can't face");
      expect(page.text()).not.toMatch(/failed|non-compliant/i);
    });

    it('narrows the timeline to one kind of moment', async () => {
      const filters = await page.loader.getHarness(MatChipListboxHarness);

      await filters.selectChips({ text: 'Milestones' });
      await page.settle();

      expect(timelineTexts()).toEqual([
        expect.stringContaining('Milestone ticked Mar 5, 2026 Shoes by the door'),
        expect.stringContaining('Milestone ticked Mar 4, 2026 Write a shopping list'),
      ]);
    });

    it('searches goals (words and milestones) and the timeline, and says what it found', async () => {
      const search = await page.loader.getHarness(
        MatInputHarness.with({ selector: '[type="search"]' }),
      );

      await search.setValue('shopping');
      await page.settle();

      const cards = page.fixture.nativeElement.querySelectorAll('wp-goal-card');
      expect(cards.length).toBe(1);
      expect(cards[0].textContent).toContain('Cook a proper meal again');
      expect(timelineTexts()).toEqual([expect.stringContaining('Write a shopping list')]);
      expect(page.fixture.nativeElement.querySelector('[role="status"]').textContent).toContain(
        '1 goal and 1 timeline entry match “shopping”',
      );
    });

    it('lets moving goals wait while a search hides some of them', async () => {
      const search = await page.loader.getHarness(
        MatInputHarness.with({ selector: '[type="search"]' }),
      );

      await search.setValue('walk');
      await page.settle();

      expect(
        await page.loader.hasHarness(MatButtonHarness.with({ selector: '[data-move-goal]' })),
      ).toBe(false);
    });
  });

  describe('loading', () => {
    it('shows a labelled progress bar until the record arrives', async () => {
      page = await renderClientPage(samsRecord(), { isAnswered: false });

      const bar = await page.loader.getHarness(MatProgressBarHarness);
      expect(await (await bar.host()).getAttribute('aria-label')).toBe(
        "Loading the client's record",
      );
      page.backend.expectOne('ClientRecord');
    });

    it("says so, with a way back, when the client isn't on the clinician's caseload", async () => {
      page = await renderClientPage(samsRecord(), { isAnswered: false });

      page.backend
        .expectOne('ClientRecord')
        .graphqlErrors([{ message: 'Client not found', extensions: { code: 'NOT_FOUND' } }]);
      await page.settle();

      expect(page.text()).toContain("This client isn't on your caseload");
      expect(page.fixture.nativeElement.querySelector('a[href="/"]')).not.toBeNull();
    });
  });
});
