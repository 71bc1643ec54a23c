import { asked, gratitude, note, reflection, setback, win, type ClientScript } from './demo-script';

// Clients moving forward more slowly, with lapses and missed weeks between the steps.

const kai: ClientScript = {
  preferredName: 'Kai Nakamura',
  pronouns: 'they/them',
  status: 'ACTIVE',
  startedDaysAgo: 122,
  baseline:
    "I haven't been to a lecture in weeks. I tell myself I'll catch up from the recordings and " +
    'then I just stare at the screen. I feel like everyone else knows what they are doing.',
  goals: [
    {
      clientWords: 'Go back to at least two lectures a week',
      domain: 'WORK_OR_STUDY',
      specific: 'Be in the room for two timetabled lectures each teaching week.',
      measureOfSuccess: 'Two lectures a week for four weeks in a row.',
      targetInDays: 30,
      gasLevels: [
        'No lectures at all',
        'One lecture in some weeks',
        'Two lectures every week',
        'Three or more lectures a week',
        'All my lectures, and a study group',
      ],
      weight: 3,
      status: 'ACTIVE',
      milestones: [
        { title: 'Email my tutor about where I am', doneDaysAgo: 106 },
        { title: 'Sit in the library for an hour', doneDaysAgo: 90 },
        { title: 'Go to one lecture and sit at the back', doneDaysAgo: 64 },
        { title: 'Two lectures in one week', doneDaysAgo: 22 },
        { title: 'Two lectures a week for a month', dueInDays: 30 },
      ],
    },
    {
      clientWords: 'Eat something before noon',
      domain: 'HEALTH',
      specific: 'Have breakfast or a snack before twelve on weekdays.',
      measureOfSuccess: 'Five weekdays out of five for two weeks.',
      targetInDays: 14,
      gasLevels: [
        'Nothing until the evening',
        'Something before noon once or twice a week',
        'Something before noon every weekday',
        'Every day, weekends too',
        'A proper breakfast most days',
      ],
      weight: 1,
      status: 'ACTIVE',
      milestones: [
        { title: 'Keep cereal bars in my bag', doneDaysAgo: 101 },
        { title: 'Breakfast on lecture days', doneDaysAgo: 50 },
        { title: 'Breakfast five weekdays in a row', dueInDays: 14 },
      ],
    },
    {
      clientWords: 'Tell one friend how I have actually been',
      domain: 'RELATIONSHIPS',
      specific: 'Have an honest conversation with Sam about the last few months.',
      measureOfSuccess: 'The conversation has happened, in person or on a call.',
      targetInDays: 45,
      gasLevels: [
        'Not replying to anyone',
        "Replying but saying I'm fine",
        'Telling Sam some of it',
        'Telling Sam properly and asking for support',
        'Telling Sam, and one more person',
      ],
      weight: 2,
      status: 'ACTIVE',
      milestones: [
        { title: 'Write down what I would want to say', doneDaysAgo: 40 },
        { title: 'Reply to the group chat', doneDaysAgo: 31 },
        { title: 'Meet Sam for a coffee', dueInDays: 20 },
      ],
    },
  ],
  entries: [
    win(106, 'TASK_DONE', 'Sent the email to my tutor. She replied the same day.', { goal: 0 }),
    win(90, 'TASK_DONE', 'An hour in the library. I mostly read, but I was there.', {
      goal: 0,
      effort: true,
    }),
    setback(83, 'NUTRITION', 'Back to not eating until dinner this week.', { goal: 1 }),
    win(
      64,
      'SHOWING_UP_TO_THERAPY',
      'Went to a lecture. Sat at the back and left straight after.',
      {
        goal: 0,
      },
    ),
    reflection(57, 'EMOTIONAL_AWARENESS', "I notice I feel worse on days I haven't eaten.", {
      goal: 1,
    }),
    win(50, 'NUTRITION', 'Breakfast before every lecture this week.', { goal: 1 }),
    setback(44, 'TASK_DONE', "Missed both lectures. Couldn't face the walk in.", { goal: 0 }),
    win(31, 'CONNECTION', 'Replied to the group chat. People were glad to hear from me.', {
      goal: 2,
    }),
    gratitude(26, 'CONNECTION', 'Sam sent me a meme out of nowhere and it made my day.'),
    win(22, 'TASK_DONE', 'Two lectures this week!', { goal: 0 }),
    reflection(9, 'SELF_COMPASSION', 'I am not behind, I am catching up. That sounds kinder.'),
    win(3, 'CONNECTION', 'Asked Sam if they want to get coffee next week.', {
      goal: 2,
      effort: true,
    }),
  ],
  phq9: [
    [120, 15],
    [96, 14],
    [74, 13],
    [50, 11],
    [27, 10],
    [4, 9],
  ],
  gad7: [
    [120, 13],
    [74, 12],
    [27, 10],
    [4, 9],
  ],
  mood: [
    [27, 4],
    [4, 6],
  ],

  sessions: {
    lastDaysAgo: 4,
    everyDays: 14,
    earlier: { beforeDaysAgo: 60, everyDays: 7 },
    hourUtc: 12,
    minute: 0,
    remote: { VIDEO: 0.25 },
    notes: [
      note(
        122,
        'Intake. Low mood and avoidance of university. Agreed to contact tutor as a first step.',
      ),
      note(83, 'Linked skipped meals with low-mood days; client made the connection themself.'),
      note(47, 'Attendance dipped. Explored what makes the walk in hard; goals unchanged.'),
      note(4, 'PHQ-9 and GAD-7 both lower than at intake. Coffee with Sam planned.'),
    ],
    prompts: [
      asked(
        122,
        'builtin-first-session-what-matters-most',
        "Finishing my degree, I think. And my friends, even though I've been ignoring them.",
      ),
      asked(
        106,
        'builtin-celebrating-milestone-how-you-did-it',
        "I wrote it in my notes app first so it didn't feel like a real email. Then I just copied it over.",
      ),
      asked(
        83,
        'builtin-setbacks-what-was-going-on',
        "Deadlines piling up. When I'm stressed I forget I'm even hungry.",
      ),
      asked(
        64,
        'builtin-celebrating-win-the-trying',
        'I told myself I could leave whenever I wanted. Knowing the door was right there helped.',
      ),
      asked(
        44,
        'builtin-coping-what-keeps-you-going',
        "My housemate's cat, mostly. And Sam's memes. Small things that make me laugh.",
      ),
      asked(
        22,
        'builtin-celebrating-milestone-what-it-says',
        "That I'm not as far behind as I thought. I can still do this.",
      ),
      asked(
        4,
        'builtin-measures-improved-day-to-day',
        "I'm eating breakfast and I answer messages. Little things, but they add up.",
      ),
    ],
  },
};

const samir: ClientScript = {
  preferredName: 'Samir Qureshi',
  pronouns: 'he/him',
  status: 'ACTIVE',
  startedDaysAgo: 161,
  baseline:
    'I drink most nights to switch off after work, usually four or five beers. My mornings are ' +
    'a blur and my daughter has started asking why I am always tired.',
  goals: [
    {
      clientWords: 'Alcohol-free on weeknights',
      clinicianWording: 'Reduce weekday alcohol use; track lapses without self-criticism.',
      domain: 'SUBSTANCE_USE',
      specific: 'No alcohol from Sunday evening to Thursday evening.',
      measureOfSuccess: 'All five weeknights alcohol-free, four weeks in a row.',
      targetInDays: 30,
      gasLevels: [
        'Drinking every weeknight',
        'One or two alcohol-free weeknights',
        'Four alcohol-free weeknights most weeks',
        'All five weeknights, most weeks',
        'All five weeknights, and drinking less at weekends too',
      ],
      weight: 3,
      status: 'ACTIVE',
      milestones: [
        { title: 'Track what I drink for two weeks', doneDaysAgo: 147 },
        { title: 'Stop keeping beer in the fridge', doneDaysAgo: 131 },
        { title: 'Two alcohol-free weeknights in a week', doneDaysAgo: 105 },
        { title: 'Four alcohol-free weeknights in a week', doneDaysAgo: 48 },
        { title: 'All five weeknights alcohol-free for a month', dueInDays: 30 },
      ],
    },
    {
      clientWords: 'Walk my daughter to school in the mornings',
      domain: 'RELATIONSHIPS',
      specific: 'Be the one who walks Aaliyah to school on school days.',
      measureOfSuccess: 'Every school day for two weeks.',
      targetInDays: 20,
      gasLevels: [
        'Still in bed when she leaves',
        'Walking her once a week',
        'Walking her three mornings a week',
        'Walking her every school day',
        'Every school day, and staying to chat at the gate',
      ],
      weight: 2,
      status: 'ACTIVE',
      milestones: [
        { title: 'Up by half seven two days a week', doneDaysAgo: 96 },
        { title: 'Walk her to school once', doneDaysAgo: 81 },
        { title: 'Walk her three mornings in one week', doneDaysAgo: 35 },
        { title: 'Every school day for two weeks', dueInDays: 20 },
      ],
    },
    {
      clientWords: "Find something to do at six o'clock instead of opening a beer",
      domain: 'SUBSTANCE_USE',
      specific: 'Have two or three things ready for the moment I usually reach for a drink.',
      measureOfSuccess: 'Used one of them on most evenings for a fortnight.',
      targetInDays: -55,
      gasLevels: [
        'Nothing else in mind at six',
        'One idea, rarely used',
        'A few ideas, used most evenings',
        'A new evening routine I look forward to',
        'Someone else joining me in it',
      ],
      weight: 1,
      status: 'COMPLETED',
      milestones: [
        { title: 'List five things that take twenty minutes', doneDaysAgo: 140 },
        { title: 'Try an alcohol-free beer', doneDaysAgo: 125 },
        { title: 'Evening run twice in one week', doneDaysAgo: 70 },
      ],
    },
  ],
  entries: [
    reflection(
      155,
      'EMOTIONAL_AWARENESS',
      'Tracking it showed me it is more like six on a Friday.',
      {
        goal: 0,
      },
    ),
    win(131, 'TASK_DONE', 'Gave the last of the beer to my brother. Fridge is clear.', { goal: 0 }),
    win(125, 'COPING_SKILL', 'Alcohol-free beer at six. Tasted odd but did the job.', { goal: 2 }),
    win(105, 'SELF_CARE', 'Two dry weeknights in a row.', { goal: 0 }),
    win(81, 'CONNECTION', 'Walked Aaliyah to school. She held my hand the whole way.', { goal: 1 }),
    setback(76, 'COPING_SKILL', 'Had four beers on Wednesday after a rough day at work.', {
      goal: 0,
    }),
    reflection(75, 'SELF_COMPASSION', 'Back on track Thursday. One night is not the whole week.'),
    win(70, 'MOVEMENT', "Went for a run instead of the six o'clock drink. Twice!", { goal: 2 }),
    gratitude(58, 'CONNECTION', 'My wife noticed I am more patient in the evenings.'),
    win(48, 'SELF_CARE', 'Four weeknights without a drink this week.', { goal: 0 }),
    setback(39, 'COPING_SKILL', 'Work drinks on Tuesday turned into a late one.', { goal: 0 }),
    win(35, 'CONNECTION', 'Three school runs this week.', { goal: 1 }),
    win(17, 'COPING_SKILL', 'Said no to the pub after football and went home.', {
      goal: 0,
      effort: true,
    }),
    setback(9, 'SELF_CARE', 'Overslept twice and missed the school run.', { goal: 1 }),
    win(2, 'SHOWING_UP_TO_THERAPY', 'Told my therapist about the lapse straight away this time.', {
      effort: true,
    }),
  ],
  phq9: [
    [159, 12],
    [135, 11],
    [112, 10],
    [89, 11],
    [66, 9],
    [43, 8],
    [20, 7],
  ],
  gad7: [
    [159, 10],
    [112, 9],
    [66, 8],
    [20, 6],
  ],
  mood: [
    [20, 6],
    [9, 5],
    [2, 6],
  ],

  sessions: {
    lastDaysAgo: 2,
    everyDays: 14,
    earlier: { beforeDaysAgo: 120, everyDays: 7 },
    hourUtc: 16,
    minute: 0,
    remote: { PHONE: 0.15 },
    notes: [
      note(
        161,
        'Intake. Drinking most evenings to unwind; motivated by his relationship with his daughter.',
      ),
      note(76, 'Midweek lapse discussed openly; client back on plan the next day.'),
      note(20, 'GAD-7 down four points from intake. Weekend drinking to be looked at next.'),
      note(2, 'Client raised a lapse at the start of the session without prompting.'),
    ],
    prompts: [
      asked(
        161,
        'builtin-first-session-already-helped',
        'Dry January last year. I did three weeks and felt brilliant, then slipped back.',
      ),
      asked(
        131,
        'builtin-celebrating-milestone-how-you-did-it',
        'I asked my brother to come and take it. Saying it out loud to him made it real.',
      ),
      asked(
        105,
        'builtin-celebrating-milestone-what-it-was-like',
        'Strange. The evenings felt long, but I woke up clear-headed both mornings.',
      ),
      asked(
        81,
        'builtin-celebrating-win-tell-me-more',
        "She told me all about her friend's rabbit. I'd have missed that if I was still in bed.",
      ),
      asked(
        76,
        'builtin-setbacks-what-helped-get-through',
        "Getting up on Thursday and walking Aaliyah to school anyway. She didn't know, but it helped me.",
      ),
      asked(
        48,
        'builtin-celebrating-milestone-what-it-says',
        "That I'm more than the beer at six o'clock. I can choose.",
      ),
      asked(
        39,
        'builtin-setbacks-useful-for-next-time',
        'Have a plan before I go. Two drinks, then the train home, and tell someone I am doing it.',
      ),
      asked(
        20,
        'builtin-measures-improved-does-it-fit',
        "Yes. I'm less on edge at work and I'm not dreading the evenings.",
      ),
      asked(
        9,
        'builtin-setbacks-kind-words',
        "I'd say two lie-ins don't undo all those school runs. Set the alarm and go again.",
      ),
    ],
  },
};

export const improvingThroughSetbacksClients: readonly ClientScript[] = [kai, samir];
