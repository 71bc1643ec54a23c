import { instrumentName } from '@waypoint/shared';

import type {
  SessionScreenClient,
  SessionScreenSession,
} from '../data-access/session-screen-documents';
import type { RejectedAction, SessionAction } from '../data-access/session-action';
import type {
  AskedPromptView,
  PromptSuggestionView,
  SessionActivityView,
  SessionGoalView,
  SessionMilestoneView,
} from '../ui/session-views';

/** How many steps still to do each goal shows: the next few, not the whole list. */
const NEXT_STEPS_SHOWN = 3;

/** What the session screen shows: the saved record with the waiting actions laid over it. */
export interface SessionScreenView {
  readonly goals: readonly SessionGoalView[];
  readonly milestonesByShortcut: ReadonlyMap<number, SessionMilestoneView>;
  readonly suggestions: readonly PromptSuggestionView[];
  readonly askedPrompts: readonly AskedPromptView[];
  readonly activity: readonly SessionActivityView[];
  /** Whether a PHQ-9 given in this session answered item 9 above 0. */
  readonly hasSafetyFlag: boolean;
  /** Whether notes typed here still wait to be saved. */
  readonly areNotesWaiting: boolean;
}

/** Builds the screen from the cache's record and this session's waiting and refused actions. */
export function sessionScreenView(
  client: SessionScreenClient,
  session: SessionScreenSession,
  waiting: readonly SessionAction[],
  rejected: readonly RejectedAction[],
): SessionScreenView {
  // The latest waiting tick or untick of each milestone says how it will end up.
  const pendingDone = new Map<string, boolean>();
  for (const action of waiting) {
    if (action.kind === 'TICK_MILESTONE' || action.kind === 'UNTICK_MILESTONE') {
      pendingDone.set(String(action.variables['id']), action.kind === 'TICK_MILESTONE');
    }
  }

  let shortcut = 0;
  const milestonesByShortcut = new Map<number, SessionMilestoneView>();
  const saved: SessionActivityView[] = [];
  const goals = client.goals
    .filter((goal) => goal.status === 'ACTIVE')
    .map((goal): SessionGoalView => {
      const all = goal.milestones.map((milestone) => {
        const isWaiting = pendingDone.has(milestone.id);
        const isDone = pendingDone.get(milestone.id) ?? milestone.doneAt !== null;
        const isTickedHere = milestone.doneInSessionId === session.id;
        if (isTickedHere && milestone.doneAt !== null) {
          saved.push({
            id: `tick-${milestone.id}`,
            label: `Ticked “${milestone.title}”`,
            state: 'SAVED',
            problem: null,
          });
        }
        return { milestone, isDone, isWaiting, isTickedHere };
      });
      // Steps ticked in this session stay in view (to untick); then the next ones to do.
      let stillToShow = NEXT_STEPS_SHOWN;
      const shown = all.filter(({ isDone, isWaiting, isTickedHere }) => {
        if (isTickedHere || isWaiting) return true;
        if (isDone) return false;
        return stillToShow-- > 0;
      });
      const milestones = shown.map(({ milestone, isDone, isWaiting }): SessionMilestoneView => {
        shortcut += 1;
        const view = {
          id: milestone.id,
          title: milestone.title,
          isDone,
          isWaiting,
          shortcut: shortcut <= 9 ? shortcut : null,
        };
        if (view.shortcut !== null) milestonesByShortcut.set(view.shortcut, view);
        return view;
      });
      return {
        id: goal.id,
        clientWords: goal.clientWords,
        milestones,
        ticked: all.filter((each) => each.isDone).length,
        total: all.length,
      };
    });

  for (const entry of session.progressEntries) {
    const kind =
      entry.kind === 'SETBACK' ? 'Setback' : entry.kind === 'WIN' ? 'Small win' : 'Noted';
    saved.push({
      id: entry.id,
      label: `${kind}: “${entry.clientWords}”`,
      state: 'SAVED',
      problem: null,
    });
  }
  for (const measure of session.measures) {
    const label =
      measure.instrument === 'MOOD'
        ? `Mood check-in: ${measure.total} of 10${measure.moodWord ? `, “${measure.moodWord}”` : ''}`
        : `${instrumentName(measure.instrument)} ${measure.isComplete ? `given: ${measure.total}` : 'saved as a draft'}`;
    saved.push({ id: measure.id, label, state: 'SAVED', problem: null });
  }

  // Prompts: asked on the server, with waiting asks and answers laid over.
  const asked = new Map<string, AskedPromptView>(
    session.promptsAsked.map((prompt) => [
      prompt.promptId,
      {
        promptId: prompt.promptId,
        text: prompt.text,
        answer: prompt.answer ?? null,
        isWaiting: false,
      },
    ]),
  );
  for (const prompt of session.promptsAsked) {
    saved.push({ id: prompt.id, label: `Asked: “${prompt.text}”`, state: 'SAVED', problem: null });
    if (prompt.answer) {
      saved.push({
        id: `${prompt.id}-answer`,
        label: `Their answer: “${prompt.answer}”`,
        state: 'SAVED',
        problem: null,
      });
    }
  }
  const suggestionText = new Map(
    session.promptSuggestions.map((each) => [each.prompt.id, each.prompt.text]),
  );
  for (const action of waiting) {
    if (action.kind !== 'MARK_PROMPT_ASKED' && action.kind !== 'ANSWER_PROMPT') continue;
    const promptId = String(action.variables['promptId']);
    const earlier = asked.get(promptId);
    const answer = action.kind === 'ANSWER_PROMPT' ? String(action.variables['answer']) : null;
    asked.set(promptId, {
      promptId,
      text: earlier?.text ?? suggestionText.get(promptId) ?? action.label,
      answer: answer ?? earlier?.answer ?? null,
      isWaiting: true,
    });
  }
  const suggestions = session.promptSuggestions
    .filter((each) => !asked.has(each.prompt.id))
    .map((each) => ({ promptId: each.prompt.id, text: each.prompt.text, reason: each.reason }));

  const shownInList = (action: SessionAction) => action.kind !== 'SAVE_NOTES';
  const activity = [
    ...saved,
    ...waiting.filter(shownInList).map((action): SessionActivityView => ({
      id: action.key,
      label: action.label,
      state: 'WAITING',
      problem: null,
    })),
    ...rejected.map((refusal): SessionActivityView => ({
      id: refusal.action.key,
      label: refusal.action.label,
      state: 'REFUSED',
      problem: refusal.message,
    })),
  ];

  const flaggedHere =
    session.measures.some((measure) => measure.hasSafetyFlag) ||
    waiting.some(
      (action) =>
        action.kind === 'RECORD_MEASURE' &&
        (action.variables['input'] as { instrument?: string; answers?: (number | null)[] })
          ?.instrument === 'PHQ9' &&
        ((action.variables['input'] as { answers: (number | null)[] }).answers[8] ?? 0) > 0,
    );

  return {
    goals,
    milestonesByShortcut,
    suggestions,
    askedPrompts: [...asked.values()],
    activity,
    hasSafetyFlag: flaggedHere,
    areNotesWaiting: waiting.some((action) => action.kind === 'SAVE_NOTES'),
  };
}
