import { asked, gratitude, note, reflection, setback, win, type ClientScript } from './demo-script';

// Clients whose scores have stalled even though they keep working on their goals.

const priya: ClientScript = {
  preferredName: 'Priya Raman',
  pronouns: 'she/her',
  status: 'ACTIVE',
  startedDaysAgo: 186,
  baseline:
    'I answer emails at eleven at night and then lie awake going over them. I snap at my partner ' +
    'over nothing. I am exhausted but I cannot switch off.',
  goals: [
    {
      clientWords: 'Stop checking work email after 8pm',
      domain: 'WORK_OR_STUDY',
      specific: 'No work email on any device between 8pm and 8am on weekdays.',
      measureOfSuccess: 'Five evenings in a row without checking, three weeks running.',
      targetInDays: 21,
      gasLevels: [
        'Checking late into the night',
        'Checking most evenings but stopping by ten',
        'Five evenings a week without checking',
        'No checking in the evenings or at weekends',
        'No checking, and not thinking about it either',
      ],
      weight: 3,
      status: 'ACTIVE',
      milestones: [
        { title: 'Turn off email notifications on my phone', doneDaysAgo: 170 },
        { title: 'Set an out-of-hours auto-reply', doneDaysAgo: 151 },
        { title: 'Five evenings in a row without checking', dueInDays: -20 },
        { title: 'Take the email app off my phone', dueInDays: 14 },
      ],
    },
    {
      clientWords: 'Take a proper lunch break away from my desk',
      domain: 'SELF_CARE',
      specific: 'Thirty minutes away from the desk at lunchtime, phone in my bag.',
      measureOfSuccess: 'Every working day for a week.',
      targetInDays: 30,
      gasLevels: [
        'Eating at the desk every day',
        'Away from the desk once a week',
        'Away from the desk three days a week',
        'Away from the desk every day',
        'Every day, and sometimes with a colleague',
      ],
      weight: 1,
      status: 'ACTIVE',
      milestones: [
        { title: 'Block lunch in my calendar', doneDaysAgo: 160 },
        { title: 'Eat outside twice in one week', doneDaysAgo: 120 },
        { title: 'Lunch away from my desk every day for a week', dueInDays: 10 },
      ],
    },
    {
      clientWords: 'Tell my partner when I am overwhelmed instead of snapping',
      domain: 'RELATIONSHIPS',
      specific: 'Say "I am overloaded" out loud before it comes out as irritation.',
      measureOfSuccess: 'Fewer evenings ending in an argument, as we both see it.',
      targetInDays: 50,
      gasLevels: [
        'Snapping most evenings',
        'Noticing afterwards and apologising',
        'Naming it before I snap, some of the time',
        'Naming it most of the time',
        'We have a way of handling it together',
      ],
      weight: 2,
      status: 'ACTIVE',
      milestones: [
        { title: 'Notice the signs in my body: jaw, shoulders', doneDaysAgo: 128 },
        { title: 'Agree a code word with Dev', doneDaysAgo: 95 },
        { title: 'Use the code word three times', dueInDays: 21 },
      ],
    },
  ],
  entries: [
    win(170, 'BOUNDARIES', 'Turned off the notifications. The phone felt so quiet.', { goal: 0 }),
    setback(163, 'BOUNDARIES', 'Turned them back on within two days. Felt too anxious.', {
      goal: 0,
    }),
    win(151, 'BOUNDARIES', 'Auto-reply is on. Nobody complained.', { goal: 0 }),
    win(128, 'EMOTIONAL_AWARENESS', 'Caught my jaw clenching before I said anything sharp.', {
      goal: 2,
    }),
    win(120, 'SELF_CARE', 'Ate lunch in the park twice.', { goal: 1 }),
    setback(109, 'BOUNDARIES', 'Big deadline. Emailing until midnight all week.', { goal: 0 }),
    win(95, 'CONNECTION', 'Dev and I chose a code word. It made us both laugh.', { goal: 2 }),
    reflection(82, 'EMOTIONAL_AWARENESS', 'The checking is about fear of being caught out.', {
      goal: 0,
    }),
    setback(67, 'CONNECTION', 'Snapped at Dev again on Sunday, forgot the code word.', { goal: 2 }),
    win(53, 'BOUNDARIES', 'Three evenings without email. Then a client called.', {
      goal: 0,
      effort: true,
    }),
    gratitude(41, 'CONNECTION', 'Dev made dinner without being asked.'),
    setback(30, 'SELF_CARE', 'Back to lunch at my desk most days.', { goal: 1 }),
    reflection(16, 'SELF_COMPASSION', 'I keep starting again. Maybe that is the progress.'),
    win(9, 'BOUNDARIES', 'Left my laptop at work on Friday.', { goal: 0, effort: true }),
  ],
  phq9: [
    [184, 14],
    [160, 12],
    [136, 13],
    [112, 12],
    [88, 13],
    [64, 12],
    [38, 13],
    [11, 12],
  ],
  gad7: [
    [184, 13],
    [136, 12],
    [88, 13],
    [38, 12],
    [11, 13],
  ],
  mood: [
    [38, 5],
    [11, 5],
  ],

  sessions: {
    lastDaysAgo: 4,
    everyDays: 14,
    hourUtc: 9,
    minute: 0,
    remote: { VIDEO: 0.3 },
    notes: [
      note(
        186,
        'Intake. Work stress, poor sleep, irritability at home. Boundaries around email as a first goal.',
      ),
      note(109, 'Deadline period. Scores steady. Agreed not to add new goals until it passes.'),
      note(
        62,
        'Scores flat over several months despite steady effort. Discussed a different angle on the email goal.',
      ),
      note(4, 'Reviewed the flat scores together; client keen to continue with the current plan.'),
    ],
    prompts: [
      asked(
        186,
        'builtin-first-session-good-at',
        "Getting things done for everyone else. I'd like a bit of that for me.",
      ),
      asked(
        163,
        'builtin-setbacks-what-was-going-on',
        'A big client pitch that week. Not seeing my emails felt like leaving the oven on.',
      ),
      asked(
        128,
        'builtin-celebrating-milestone-what-it-says',
        'That my body tells me before my mouth does. I just need to listen to it.',
      ),
      asked(
        109,
        'builtin-setbacks-looking-after-yourself',
        'Dev brought me tea at my desk and made me stop at eleven one night. That helped.',
      ),
      asked(
        82,
        'builtin-exceptions-problem-felt-smaller',
        'On holiday in the spring. Out-of-office on, phone in a drawer, and nobody fell apart.',
      ),
      asked(
        35,
        'builtin-scaling-where-today',
        "About a four. It was a three a month ago, so I'll take it.",
      ),
      asked(
        9,
        'builtin-celebrating-win-what-made-it-possible',
        "I decided on Thursday, so I couldn't wriggle out of it on Friday.",
      ),
    ],
  },
};

const tomasz: ClientScript = {
  preferredName: 'Tomasz Kowalski',
  pronouns: 'he/him',
  status: 'ACTIVE',
  startedDaysAgo: 96,
  baseline:
    'Since my dad died I go to work, come home and sit. People say it gets easier. It has not. ' +
    'I do not really want to talk to anyone about it.',
  goals: [
    {
      clientWords: "Sort through Dad's workshop",
      domain: 'OTHER',
      specific: 'Decide what to keep, give away and sell from the workshop.',
      measureOfSuccess: 'The workshop is cleared, with the things I want to keep at home.',
      targetInDays: 90,
      gasLevels: [
        'Cannot go in',
        'Going in, but not touching anything',
        'Chosen what to keep',
        'Most of it sorted',
        'Cleared, and a few of his tools in use',
      ],
      weight: 2,
      // On hold at his request: he is not ready yet, and that is part of the plan.
      status: 'ON_HOLD',
      milestones: [
        { title: 'Open the door and look inside', doneDaysAgo: 70 },
        { title: 'Choose one tool to keep', dueInDays: 30 },
        { title: 'Ask my brother to help with the rest', dueInDays: 60 },
      ],
    },
    {
      clientWords: 'Go to football with my mates again',
      domain: 'RELATIONSHIPS',
      specific: 'Join the Thursday five-a-side or watch a match with the group.',
      measureOfSuccess: 'Out with them twice in a month.',
      targetInDays: 30,
      gasLevels: [
        'Ignoring the group chat',
        'Replying but not going',
        'Out with them twice a month',
        'Out with them most weeks',
        'Organising something myself',
      ],
      weight: 2,
      status: 'ACTIVE',
      milestones: [
        { title: 'Reply to the group chat', doneDaysAgo: 60 },
        { title: 'Watch one match at the pub', doneDaysAgo: 33 },
        { title: 'Play five-a-side once', dueInDays: 21 },
      ],
    },
    {
      clientWords: 'Get to sleep before 1am',
      domain: 'HEALTH',
      specific: 'In bed with the light off by half twelve on work nights.',
      measureOfSuccess: 'Four work nights out of five for two weeks.',
      targetInDays: 20,
      gasLevels: [
        'Up until three most nights',
        'Before 1am once or twice a week',
        'Before 1am four nights a week',
        'Before midnight most nights',
        'Waking up rested',
      ],
      weight: 1,
      status: 'ACTIVE',
      milestones: [
        { title: 'No phone in bed', doneDaysAgo: 50 },
        { title: 'Same wake-up time on weekdays', dueInDays: 10 },
      ],
    },
  ],
  entries: [
    reflection(
      88,
      'EMOTIONAL_AWARENESS',
      'The evenings are the worst. That was when he used to ring.',
    ),
    win(70, 'TASK_DONE', 'Opened the workshop door. Stood there for ten minutes.', {
      goal: 0,
      effort: true,
    }),
    reflection(66, 'EMOTIONAL_AWARENESS', 'It still smells of sawdust and his pipe tobacco.', {
      goal: 0,
    }),
    win(60, 'CONNECTION', 'Replied in the group chat for the first time in months.', { goal: 1 }),
    win(50, 'SELF_CARE', 'Phone charging downstairs all week.', { goal: 2 }),
    setback(45, 'SELF_CARE', "Up until three again. Couldn't stop thinking.", { goal: 2 }),
    reflection(38, 'OTHER', 'I want to leave the workshop for now. Not ready.', { goal: 0 }),
    win(33, 'CONNECTION', 'Watched the match at the pub with the lads. Left at half time.', {
      goal: 1,
      effort: true,
    }),
    gratitude(24, 'CONNECTION', 'My brother rang just to check in.'),
    setback(14, 'CONNECTION', "Said I would go on Thursday, then didn't.", { goal: 1 }),
    reflection(5, 'SELF_COMPASSION', 'Grief is not something I am doing wrong.'),
  ],
  phq9: [
    [94, 16],
    [72, 15],
    [50, 16],
    [29, 15],
    [6, 15],
  ],
  gad7: [
    [94, 8],
    [50, 9],
    [6, 8],
  ],
  mood: [
    [29, 4],
    [6, 4],
  ],

  sessions: {
    lastDaysAgo: 6,
    everyDays: 7,
    hourUtc: 14,
    minute: 0,
    remote: { PHONE: 0.15 },
    notes: [
      note(
        96,
        'Intake. Bereavement (father, five months ago). Low mood, withdrawn. Client prefers to go slowly.',
      ),
      note(
        38,
        'Client chose to put the workshop goal on hold. Agreed to revisit when he raises it.',
      ),
      note(6, 'PHQ-9 unchanged. Grief work ongoing; client engaging well.'),
    ],
    prompts: [
      asked(
        96,
        'builtin-first-session-what-matters-most',
        'My mum and my brother. Dad would want me looking out for them.',
      ),
      asked(
        88,
        'builtin-coping-how-you-have-managed',
        'Work keeps me busy in the day. The evenings I just get through.',
      ),
      asked(
        70,
        'builtin-celebrating-win-the-trying',
        'I had the key in my pocket for a week. One morning I just thought, today.',
      ),
      asked(
        45,
        'builtin-setbacks-what-helped-get-through',
        'I made a tea and put the football highlights on. Dad and I used to watch them together.',
      ),
      asked(
        33,
        'builtin-celebrating-win-what-made-it-possible',
        "Kuba picked me up, so I couldn't back out. Half time was enough for a first go.",
      ),
      asked(
        14,
        'builtin-coping-on-your-side',
        "My brother. He rings on Sundays now. He doesn't push.",
      ),
    ],
  },
};

export const stalledClients: readonly ClientScript[] = [priya, tomasz];
