import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatInputHarness } from '@angular/material/input/testing';

import { QuickLog } from './quick-log';
import type { QuickLogValue } from './session-views';

describe('the quick-add of a win or a setback', () => {
  async function setUp() {
    TestBed.configureTestingModule({ imports: [QuickLog] });
    const fixture = TestBed.createComponent(QuickLog);
    fixture.componentRef.setInput('limit', 1000);
    const logged: QuickLogValue[] = [];
    fixture.componentInstance.logged.subscribe((value) => logged.push(value));
    fixture.detectChanges();
    const loader = TestbedHarnessEnvironment.loader(fixture);
    return { fixture, logged, loader, words: await loader.getHarness(MatInputHarness) };
  }

  it('logs the words as a win or a setback, trimmed, and empties the field for the next', async () => {
    const { logged, loader, words } = await setUp();
    await words.setValue('  Went to the shop  ');
    await (await loader.getHarness(MatButtonHarness.with({ text: /Log setback/ }))).click();
    expect(logged).toEqual([{ kind: 'SETBACK', clientWords: 'Went to the shop' }]);
    expect(await words.getValue()).toBe('');
  });

  it('asks for the words instead of logging an empty entry', async () => {
    const { fixture, logged, loader } = await setUp();
    await (await loader.getHarness(MatButtonHarness.with({ text: /Log small win/ }))).click();
    expect(logged).toEqual([]);
    expect(fixture.nativeElement.textContent).toContain('Type what the client said');
  });

  it('logs with Ctrl + Enter as the kind its shortcut opened it for', async () => {
    const { fixture, logged, words } = await setUp();
    fixture.componentInstance.focus('SETBACK');
    await words.setValue('Turned back at the corner');
    const textarea: HTMLTextAreaElement = fixture.nativeElement.querySelector('textarea');
    textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true }));
    expect(logged).toEqual([{ kind: 'SETBACK', clientWords: 'Turned back at the corner' }]);
  });
});
