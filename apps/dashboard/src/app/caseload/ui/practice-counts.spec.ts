import { TestBed } from '@angular/core/testing';

import { PracticeCountsPanel, type PracticeCounts } from './practice-counts';

const counts: PracticeCounts = {
  clinicianCount: 3,
  activeClients: 41,
  clientsNeedingAttention: 9,
  reliablyImprovedThisQuarter: 12,
  goalsAchievedThisQuarter: 17,
  notesToSign: 4,
  quarterStartedOn: '2026-10-01',
};

async function renderPanel(changes: Partial<PracticeCounts> = {}): Promise<HTMLElement> {
  const fixture = TestBed.createComponent(PracticeCountsPanel);
  fixture.componentRef.setInput('counts', { ...counts, ...changes });
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

function title(panel: HTMLElement): string | undefined {
  return panel.querySelector('h2')?.textContent?.trim();
}

describe('PracticeCountsPanel', () => {
  it('says whose caseloads it counts, and since when', async () => {
    const panel = await renderPanel();

    expect(title(panel)).toBe('Your caseload and 2 supervisees, this quarter (since 1 October)');
  });

  it('names one supervisee, or the own caseload alone, in words that fit', async () => {
    expect(title(await renderPanel({ clinicianCount: 2 }))).toBe(
      'Your caseload and 1 supervisee, this quarter (since 1 October)',
    );
    TestBed.resetTestingModule();
    expect(title(await renderPanel({ clinicianCount: 1, quarterStartedOn: '2027-01-01' }))).toBe(
      'Your caseload, this quarter (since 1 January)',
    );
  });

  it('lists the five counts, each with its label, as a labelled region', async () => {
    const panel = await renderPanel();

    const items = [...panel.querySelectorAll('dl > div')].map((item) => [
      item.querySelector('dt')?.textContent?.trim(),
      item.querySelector('dd')?.textContent?.trim(),
    ]);
    expect(items).toEqual([
      ['Clients reliably improved', '12'],
      ['Goals achieved', '17'],
      ['Clients in active care', '41'],
      ['Clients needing attention', '9'],
      ['Notes to sign', '4'],
    ]);
    const section = panel.querySelector('section')!;
    const heading = panel.querySelector('h2')!;
    expect(section.getAttribute('aria-labelledby')).toBe(heading.id);
  });
});
