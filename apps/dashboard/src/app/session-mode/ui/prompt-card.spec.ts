import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatInputHarness } from '@angular/material/input/testing';

import { PromptCard, type PromptAnswer } from './prompt-card';
import type { AskedPromptView, PromptSuggestionView } from './session-views';

const suggestions: PromptSuggestionView[] = Array.from({ length: 5 }, (_each, index) => ({
  promptId: `prompt-${index + 1}`,
  text: `Question ${index + 1}?`,
  reason: `Reason ${index + 1}`,
}));

describe('the prompt card', () => {
  function setUp(asked: AskedPromptView[] = []) {
    TestBed.configureTestingModule({ imports: [PromptCard] });
    const fixture = TestBed.createComponent(PromptCard);
    fixture.componentRef.setInput('suggestions', suggestions);
    fixture.componentRef.setInput('askedPrompts', asked);
    fixture.componentRef.setInput('answerLimit', 2000);
    fixture.detectChanges();
    const shownTexts = () =>
      [
        ...fixture.nativeElement.querySelectorAll(
          '[aria-label="Prompts for this session"] .prompt-text',
        ),
      ].map((element: Element) => element.textContent?.trim());
    return { fixture, shownTexts, loader: TestbedHarnessEnvironment.loader(fixture) };
  }

  it('shows the three most relevant, each with the reason it was chosen', () => {
    const { fixture, shownTexts } = setUp();
    expect(shownTexts()).toEqual(['Question 1?', 'Question 2?', 'Question 3?']);
    expect(fixture.nativeElement.textContent).toContain('Reason 2');
  });

  it('shuffles to the next three, coming back round to the first', async () => {
    const { fixture, shownTexts, loader } = setUp();
    await (await loader.getHarness(MatButtonHarness.with({ text: /Shuffle/ }))).click();
    expect(shownTexts()).toEqual(['Question 4?', 'Question 5?', 'Question 1?']);
    fixture.componentInstance.shuffle();
    fixture.detectChanges();
    expect(shownTexts()).toEqual(['Question 2?', 'Question 3?', 'Question 4?']);
  });

  it('tells when a prompt was asked, and records the answer in the client’s words', async () => {
    const { fixture, loader } = setUp([
      { promptId: 'prompt-9', text: 'What helped?', answer: null, isWaiting: false },
    ]);
    const asked: PromptSuggestionView[] = [];
    const answered: PromptAnswer[] = [];
    fixture.componentInstance.asked.subscribe((prompt) => asked.push(prompt));
    fixture.componentInstance.answered.subscribe((answer) => answered.push(answer));

    await (await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Mark asked' })))[1]!.click();
    expect(asked.map((prompt) => prompt.promptId)).toEqual(['prompt-2']);

    await (await loader.getHarness(MatInputHarness)).setValue('  Walking with my sister  ');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Save answer' }))).click();
    expect(answered).toEqual([
      {
        prompt: { promptId: 'prompt-9', text: 'What helped?', answer: null, isWaiting: false },
        answer: 'Walking with my sister',
      },
    ]);
  });
});
