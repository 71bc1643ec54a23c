import { Clipboard } from '@angular/cdk/clipboard';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';

import { RecoveryCodes, recoveryCodesFileName } from './recovery-codes';

const codes = ['aaaa-1111', 'bbbb-2222'];

describe('RecoveryCodes', () => {
  async function render() {
    const copy = jest.fn(() => true);
    TestBed.configureTestingModule({ providers: [{ provide: Clipboard, useValue: { copy } }] });
    const fixture = TestBed.createComponent(RecoveryCodes);
    fixture.componentRef.setInput('codes', codes);
    await fixture.whenStable();
    return { fixture, copy, loader: TestbedHarnessEnvironment.loader(fixture) };
  }

  it('copies every code with a line saying what they are for', async () => {
    const { fixture, copy, loader } = await render();

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Copy codes' }))).click();

    expect(copy).toHaveBeenCalledWith(expect.stringContaining('aaaa-1111\nbbbb-2222\n'));
    expect(fixture.nativeElement.querySelector('[role="status"]').textContent).toContain(
      'Codes copied.',
    );
  });

  it('downloads the codes as a text file', async () => {
    const { loader } = await render();
    const createObjectURL = jest.fn(() => 'blob:codes');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toBe(recoveryCodesFileName);
    });

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Download as text' }))).click();

    expect(click).toHaveBeenCalledTimes(1);
    const blob = (createObjectURL.mock.calls[0] as unknown as [Blob])[0];
    expect(await blob.text()).toContain('bbbb-2222');
  });
});
