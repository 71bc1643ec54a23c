import { asked, gratitude, note, reflection, setback, win, type ClientScript } from './demo-script';

// Clients whose care has paused or ended.

const wei: ClientScript = {
  preferredName: 'Wei Chen',
  pronouns: 'he/him',
  // Paused while working abroad on a contract; his record stops six weeks ago.
  status: 'PAUSED',
  startedDaysAgo: 241,
  baseline:
    'I have panic attacks before presentations and I have started calling in sick on those days. ' +
    'My confidence at work has gone.',
  goals: [
    {
      clientWords: 'Give the monthly presentation without calling in sick',
      domain: 'WORK_OR_STUDY',
      specific: 'Present the monthly figures to my team in person.',
      measureOfSuccess: 'Three monthly presentations given in a row.',
      targetInDays: 40,
      gasLevels: [
        'Calling in sick on presentation days',
        'Going in, but asking someone else to present',
        'Giving the presentation, however nervous',
        'Giving it and taking questions',
        'Volunteering to present something extra',
      ],
      weight: 3,
      status: 'ACTIVE',
      milestones: [
        { title: 'Rehearse the slides out loud at home', doneDaysAgo: 220 },
        { title: 'Present to my manager one-to-one', doneDaysAgo: 190 },
        { title: 'Present half the slides with a colleague', doneDaysAgo: 160 },
        { title: 'Give the whole presentation', doneDaysAgo: 104 },
        { title: 'Three presentations in a row', dueInDays: 40 },
      ],
    },
    {
      clientWords: 'Use grounding when I feel a panic attack coming',
      domain: 'ANXIETY',
      specific: 'Use the 5-4-3-2-1 grounding exercise at the first signs of panic.',
      measureOfSuccess: 'Used it in most of the moments I noticed panic starting.',
      targetInDays: 20,
      gasLevels: [
        'Panic takes over, no tools used',
        'Remembering the exercise afterwards',
        'Using it in most moments of panic',
        'Using it early, before the panic builds',
        'Teaching it to a friend',
      ],
      weight: 2,
      status: 'ACTIVE',
      milestones: [
        { title: 'Learn the exercise by heart', doneDaysAgo: 225 },
        { title: 'Practise it once a day for a week', doneDaysAgo: 205 },
        { title: 'Use it during a real panic', doneDaysAgo: 176 },
      ],
    },
  ],
  entries: [
    win(225, 'COPING_SKILL', 'Learned the grounding steps. Practised on the train.', { goal: 1 }),
    setback(212, 'TASK_DONE', 'Called in sick on presentation day again.', { goal: 0 }),
    win(190, 'TASK_DONE', 'Presented to my manager. She said it was clear.', { goal: 0 }),
    win(176, 'COPING_SKILL', 'Felt the panic start in a meeting and used grounding. It passed.', {
      goal: 1,
    }),
    win(160, 'CONNECTION', 'Shared the presentation with Li. Did my half.', {
      goal: 0,
      effort: true,
    }),
    gratitude(140, 'CONNECTION', 'Li said she would happily present with me again.'),
    setback(131, 'COPING_SKILL', 'Froze in the budget meeting and had to leave the room.', {
      goal: 1,
    }),
    win(104, 'TASK_DONE', 'Gave the whole presentation! Voice shook, and I carried on.', {
      goal: 0,
    }),
    reflection(77, 'EMOTIONAL_AWARENESS', 'The fear peaks just before I start, then it drops.'),
    reflection(45, 'OTHER', 'Away for two months on the contract. I will keep practising.'),
  ],
  phq9: [
    [239, 12],
    [211, 10],
    [183, 9],
    [155, 8],
    [127, 7],
    [99, 6],
    [71, 6],
    [47, 5],
  ],
  gad7: [
    [239, 16],
    [211, 14],
    [183, 12],
    [155, 11],
    [127, 9],
    [99, 8],
    [71, 8],
    [47, 7],
  ],
  mood: [
    [71, 6],
    [47, 7],
  ],

  sessions: {
    lastDaysAgo: 47,
    everyDays: 14,
    earlier: { beforeDaysAgo: 180, everyDays: 7 },
    hourUtc: 9,
    minute: 0,
    remote: { VIDEO: 0.25 },
    notes: [
      note(241, 'Intake. Panic attacks before work presentations; increasing sick leave.'),
      note(212, 'Missed presentation reviewed without blame. Rehearsal plan agreed.'),
      note(
        131,
        'Panic in a meeting; client left the room and recovered. Discussed as a partial success.',
      ),
      note(
        47,
        'Client starting a two-month contract abroad. Agreed to pause and resume on his return.',
      ),
    ],
    prompts: [
      asked(
        241,
        'builtin-first-session-useful-time-together',
        "I'd stop dreading the first Monday of the month. And I'd stop telling my manager I'm ill.",
      ),
      asked(
        225,
        'builtin-celebrating-win-tell-me-more',
        'I practised on the train. Five things I could see, four I could hear. Nobody noticed a thing.',
      ),
      asked(
        212,
        'builtin-setbacks-useful-for-next-time',
        'The night before is the worst. Maybe I rehearse then, instead of lying awake.',
      ),
      asked(
        190,
        'builtin-celebrating-milestone-what-it-says',
        'That I can do it when the room is small. So maybe the room can get bigger.',
      ),
      asked(
        183,
        'builtin-measures-improved-what-has-contributed',
        'The grounding. Knowing I have something to do when it starts.',
      ),
      asked(
        176,
        'builtin-celebrating-milestone-how-you-did-it',
        'I noticed my hands go cold and thought, right, five things. By three it was passing.',
      ),
      asked(
        131,
        'builtin-setbacks-kept-it-from-getting-worse',
        'Leaving the room. I used to think that was failing. This time it was what stopped it.',
      ),
      asked(
        104,
        'builtin-celebrating-milestone-what-it-was-like',
        'My voice shook for the first two slides, then I forgot to be scared. Li gave me a thumbs up.',
      ),
      asked(
        77,
        'builtin-exceptions-a-better-day',
        "The day after the presentation. I had lunch with the team and didn't replay it once.",
      ),
      asked(
        47,
        'builtin-measures-improved-holding-on',
        'Keep practising while I am away, and come back when the contract ends.',
      ),
    ],
  },
};

const fatima: ClientScript = {
  preferredName: 'Fatima Haddad',
  pronouns: 'she/her',
  // Discharged three weeks ago having met her goals.
  status: 'DISCHARGED',
  startedDaysAgo: 232,
  baseline:
    'Since the accident I cannot drive. My husband takes me everywhere and I feel like a burden. ' +
    'I jump at every car horn.',
  goals: [
    {
      clientWords: "Drive to my mother's house on my own",
      clinicianWording: 'Graded exposure to driving following a road traffic collision.',
      domain: 'ANXIETY',
      specific: "Drive the twenty minutes to Mum's house alone, in daylight.",
      measureOfSuccess: 'Driven there alone twice.',
      targetInDays: -40,
      gasLevels: [
        "Not getting in the driver's seat",
        'Driving only with my husband beside me',
        "Driving to Mum's alone",
        'Driving alone wherever I need to',
        'Driving at night and on the motorway',
      ],
      weight: 3,
      status: 'COMPLETED',
      milestones: [
        { title: "Sit in the driver's seat with the engine off", doneDaysAgo: 205 },
        { title: 'Drive around the empty car park', doneDaysAgo: 176 },
        { title: 'A short drive with my husband beside me', doneDaysAgo: 141 },
        { title: 'Drive to the shops alone', doneDaysAgo: 100 },
        { title: "Drive to Mum's alone", doneDaysAgo: 55 },
      ],
    },
    {
      clientWords: 'Go back to my Saturday swim',
      domain: 'HEALTH',
      specific: 'Swim at the leisure centre on Saturday mornings.',
      measureOfSuccess: 'Swimming three Saturdays out of four.',
      targetInDays: -70,
      gasLevels: [
        'Not swimming',
        'Swimming now and then',
        'Three Saturdays out of four',
        'Every Saturday',
        'Every Saturday, and a midweek swim too',
      ],
      weight: 1,
      status: 'COMPLETED',
      milestones: [
        { title: 'Find my swimming things', doneDaysAgo: 190 },
        { title: 'One swim with my friend Salma', doneDaysAgo: 168 },
        { title: 'Three Saturdays in a month', doneDaysAgo: 112 },
      ],
    },
    {
      clientWords: 'Have a plan for if the fear comes back',
      domain: 'ANXIETY',
      specific: 'A written plan: early signs, what helps, who to call.',
      measureOfSuccess: 'The plan is written and my husband knows it.',
      targetInDays: -20,
      gasLevels: [
        'No plan',
        'Some ideas in my head',
        'A written plan',
        'A written plan my husband knows',
        'A plan I have already used once',
      ],
      weight: 2,
      status: 'COMPLETED',
      milestones: [
        { title: 'Write down my early warning signs', doneDaysAgo: 35 },
        { title: 'Write what helps', doneDaysAgo: 29 },
        { title: 'Go through it with my husband', doneDaysAgo: 23 },
      ],
    },
  ],
  entries: [
    win(205, 'COPING_SKILL', "Sat in the driver's seat for five minutes. Hands on the wheel.", {
      goal: 0,
      effort: true,
    }),
    setback(195, 'COPING_SKILL', 'A horn went off outside and I shook for an hour.'),
    win(168, 'MOVEMENT', 'Swam twelve lengths with Salma.', { goal: 1 }),
    win(141, 'COPING_SKILL', 'Drove to the end of our road with my husband. I did it.', {
      goal: 0,
    }),
    gratitude(130, 'CONNECTION', 'My husband never once made me feel rushed.'),
    setback(118, 'COPING_SKILL', 'Turned back halfway to the shops. Too much traffic.', {
      goal: 0,
    }),
    win(112, 'MOVEMENT', 'Three Saturday swims this month.', { goal: 1 }),
    win(100, 'COPING_SKILL', 'Drove to the shops alone and bought flowers for myself.', {
      goal: 0,
    }),
    win(55, 'CONNECTION', "Drove to Mum's on my own. She cried, I cried.", { goal: 0 }),
    win(29, 'COPING_SKILL', 'Finished my plan for if the fear comes back.', { goal: 2 }),
    reflection(22, 'SHOWING_UP_TO_THERAPY', 'Last session today. I drove myself here.'),
  ],
  phq9: [
    [230, 16],
    [202, 14],
    [174, 12],
    [146, 9],
    [118, 8],
    [90, 6],
    [62, 5],
    [22, 4],
  ],
  gad7: [
    [230, 15],
    [202, 13],
    [174, 11],
    [146, 9],
    [118, 7],
    [90, 6],
    [62, 4],
    [22, 3],
  ],
  mood: [
    [62, 7],
    [22, 8],
  ],

  sessions: {
    lastDaysAgo: 22,
    everyDays: 14,
    earlier: { beforeDaysAgo: 150, everyDays: 7 },
    hourUtc: 11,
    minute: 30,
    remote: { PHONE: 0.1 },
    notes: [
      note(
        232,
        'Intake. Driving-related anxiety following a road traffic collision. Graded exposure discussed.',
      ),
      note(176, 'GAD-7 down four points. Moving on to short accompanied drives.'),
      note(148, "Moving to fortnightly sessions at the client's suggestion."),
      note(22, 'Final session. All goals met; relapse prevention plan in place. Discharge agreed.'),
    ],
    prompts: [
      asked(
        232,
        'builtin-first-session-what-matters-most',
        "Being able to pop round to my mum's. And not needing my husband to take me everywhere.",
      ),
      asked(
        205,
        'builtin-celebrating-win-the-trying',
        'I told myself I only had to sit there. No keys. My husband waited in the kitchen.',
      ),
      asked(
        195,
        'builtin-setbacks-what-helped-get-through',
        'I sat on the stairs and did the slow breathing. My husband made me a mint tea.',
      ),
      asked(
        176,
        'builtin-celebrating-milestone-how-you-did-it',
        'Sunday morning, when the car park was empty. I went round at walking speed, ten times.',
      ),
      asked(
        174,
        'builtin-measures-improved-day-to-day',
        "I don't jump every time a car goes past the window. I notice it, but it's smaller.",
      ),
      asked(
        150,
        'builtin-coping-on-your-side',
        'My husband, always. And Salma, who never lets me skip the swim.',
      ),
      asked(
        141,
        'builtin-celebrating-milestone-what-it-says',
        "That I'm braver than I thought. I was shaking and I still did it.",
      ),
      asked(
        118,
        'builtin-setbacks-kind-words',
        "Turning back is still driving. You'll go again next week.",
      ),
      asked(
        100,
        'builtin-celebrating-win-tell-me-more',
        'I bought tulips, yellow ones. I sat in the car park for a minute just smiling.',
      ),
      asked(
        55,
        'builtin-celebrating-milestone-next-step',
        'Writing down what to do if the fear comes back. I want a plan before we finish.',
      ),
      asked(
        29,
        'builtin-exceptions-different-this-week',
        'I drove myself here today. That says it all, really.',
      ),
      asked(
        22,
        'builtin-scaling-where-today',
        "An eight. Ten would be the motorway, and I'll get there.",
      ),
    ],
  },
};

export const leavingCareClients: readonly ClientScript[] = [wei, fatima];
