import { asked, gratitude, note, reflection, setback, win, type ClientScript } from './demo-script';

// Clients the caseload should bring forward: scores rising, logging gone quiet, and the one
// client whose latest PHQ-9 needs a safety review.

const rosa: ClientScript = {
  preferredName: 'Rosa Delgado',
  // No pronouns recorded: the caseload must cope with their absence.
  pronouns: null,
  status: 'ACTIVE',
  startedDaysAgo: 106,
  baseline:
    'I look after my mum three evenings a week and work full time. I am coping, I think, but I ' +
    'cry in the car a lot and I cannot remember the last time I did something just for me.',
  goals: [
    {
      clientWords: 'One evening a week that is just mine',
      domain: 'SELF_CARE',
      specific: 'One evening each week with no caring or work, doing something I enjoy.',
      measureOfSuccess: 'Four weeks in a row with a free evening.',
      targetInDays: 10,
      gasLevels: [
        'No time for myself at all',
        'A free evening now and then',
        'One free evening every week',
        'One free evening a week, planned ahead',
        'A free evening and a weekend morning',
      ],
      weight: 2,
      status: 'ACTIVE',
      milestones: [
        { title: 'Ask my brother to cover one evening', doneDaysAgo: 81 },
        { title: 'Sign up for the pottery class', doneDaysAgo: 70 },
        { title: 'Go to pottery four weeks running', dueInDays: -5 },
      ],
    },
    {
      clientWords: 'Say no to extra shifts',
      domain: 'WORK_OR_STUDY',
      specific: 'Turn down extra shifts that land on my caring evenings.',
      measureOfSuccess: 'No more than one extra shift a month.',
      targetInDays: 30,
      gasLevels: [
        'Saying yes to every extra shift',
        'Saying no once, then feeling guilty and saying yes',
        'One extra shift a month at most',
        'Only the extra shifts I actually want',
        'My manager asks me first about the rota',
      ],
      weight: 2,
      status: 'ACTIVE',
      milestones: [
        { title: 'Count how many extra shifts I did last month', doneDaysAgo: 86 },
        { title: 'Turn down one extra shift', dueInDays: 7 },
      ],
    },
  ],
  // Nothing logged for five weeks: the caseload's "no recent progress" case.
  entries: [
    reflection(99, 'EMOTIONAL_AWARENESS', 'Seven extra shifts last month. No wonder I am tired.', {
      goal: 1,
    }),
    win(81, 'BOUNDARIES', 'Asked my brother to take Tuesdays with Mum. He said yes!', { goal: 0 }),
    win(70, 'SELF_CARE', 'Booked the pottery class.', { goal: 0 }),
    gratitude(63, 'SELF_CARE', 'Two hours with clay and nobody needing anything from me.'),
    setback(55, 'BOUNDARIES', 'Said yes to two extra shifts. Missed pottery.', { goal: 1 }),
    setback(47, 'SELF_CARE', 'Mum had a fall, so Tuesdays are back on me for now.', { goal: 0 }),
    win(41, 'SHOWING_UP_TO_THERAPY', 'Made it to session even with everything going on.', {
      effort: true,
    }),
    reflection(36, 'EMOTIONAL_AWARENESS', 'Too much on to think about goals right now.'),
  ],
  phq9: [
    [104, 9],
    [82, 10],
    [61, 12],
    [40, 14],
    [18, 16],
  ],
  gad7: [
    [104, 8],
    [61, 10],
    [18, 13],
  ],
  mood: [
    [40, 5],
    [18, 3],
  ],

  sessions: {
    lastDaysAgo: 2,
    everyDays: 14,
    earlier: { beforeDaysAgo: 80, everyDays: 7 },
    hourUtc: 11,
    minute: 0,
    remote: { PHONE: 0.25 },
    notes: [
      note(
        106,
        'Intake. Carer strain: works full time and cares for her mother three evenings a week.',
      ),
      note(61, "Scores rising. Discussed a carer's assessment; client will think about it."),
      note(
        18,
        "PHQ-9 and GAD-7 both reliably higher than at intake. Risk asked about; none reported. Carers' centre details given.",
      ),
      note(2, "Goals parked for now at client's request; focus on coping with the current load."),
    ],
    prompts: [
      asked(
        106,
        'builtin-first-session-first-small-sign',
        'Having one evening where nobody needs me. Even just a bath and a book.',
      ),
      asked(
        81,
        'builtin-celebrating-win-tell-me-more',
        "I asked him over Sunday dinner. He said, why didn't you ask sooner? I nearly cried.",
      ),
      asked(
        55,
        'builtin-setbacks-what-was-going-on',
        "The rota was short and I felt I couldn't let them down. Then Mum fell the week after.",
      ),
      asked(
        18,
        'builtin-measures-worsened-does-it-fit',
        "Yes. It's been a heavy few weeks. I'm tired all the time and I'm not sleeping well.",
      ),
      asked(
        18,
        'builtin-measures-worsened-support-now',
        "Someone to sit with Mum one evening so I can breathe. Maybe I will ring the carers' centre.",
      ),
      asked(
        2,
        'builtin-re-engaging-what-life-has-asked',
        "Everything, lately. Mum's appointments, work, the house. I haven't had a minute.",
      ),
    ],
  },
};

const jordan: ClientScript = {
  preferredName: 'Jordan Ellis',
  pronouns: 'they/them',
  status: 'ACTIVE',
  startedDaysAgo: 76,
  baseline:
    'I moved here for a job that fell through. I do not know anyone. Most days I sleep until the ' +
    'afternoon and then feel worse for wasting the day.',
  goals: [
    {
      clientWords: 'Get up before 10 on weekdays',
      domain: 'HEALTH',
      specific: 'Out of bed before ten on Monday to Friday.',
      measureOfSuccess: 'Every weekday for two weeks.',
      targetInDays: 21,
      gasLevels: [
        'Getting up after midday',
        'Before ten once or twice a week',
        'Before ten every weekday',
        'Before nine every weekday',
        'Before nine, and out of the house by ten',
      ],
      weight: 2,
      status: 'ACTIVE',
      milestones: [
        { title: 'Put the alarm across the room', doneDaysAgo: 66 },
        { title: 'Up before ten three days in one week', doneDaysAgo: 40 },
        { title: 'Up before ten every weekday for two weeks', dueInDays: 14 },
      ],
    },
    {
      clientWords: 'Apply for one job a week',
      domain: 'WORK_OR_STUDY',
      specific: 'Send one tailored application each week.',
      measureOfSuccess: 'Four applications in four weeks.',
      targetInDays: 28,
      gasLevels: [
        'No applications',
        'One application a month',
        'One application a week',
        'Two a week, and an interview',
        'A job offer',
      ],
      weight: 2,
      status: 'ACTIVE',
      milestones: [
        { title: 'Update my CV', doneDaysAgo: 55 },
        { title: 'Send the first application', doneDaysAgo: 45 },
        { title: 'Four applications in four weeks', dueInDays: 28 },
      ],
    },
    {
      clientWords: 'Find one thing to do where there are people',
      domain: 'RELATIONSHIPS',
      specific: 'Try a regular group activity in town.',
      measureOfSuccess: 'Been to the same thing three times.',
      targetInDays: 45,
      gasLevels: [
        'Not leaving the flat',
        'Looking things up but not going',
        'Going to something three times',
        'Going weekly and knowing someone by name',
        'Meeting someone from it outside the activity',
      ],
      weight: 1,
      status: 'ACTIVE',
      milestones: [
        { title: "Look up the climbing wall's beginner times", doneDaysAgo: 30 },
        { title: "Go to one beginners' session", dueInDays: 10 },
      ],
    },
  ],
  entries: [
    win(66, 'SELF_CARE', 'Alarm across the room. I got up to turn it off and stayed up.', {
      goal: 0,
    }),
    win(55, 'TASK_DONE', 'CV done. It took three afternoons but it is done.', {
      goal: 1,
      effort: true,
    }),
    win(45, 'TASK_DONE', 'Sent my first application.', { goal: 1 }),
    win(40, 'SELF_CARE', 'Up before ten three times this week.', { goal: 0 }),
    gratitude(35, 'CONNECTION', 'The woman at the corner shop remembered my name.'),
    win(30, 'CONNECTION', "Found the climbing wall's beginner nights.", { goal: 2, effort: true }),
    setback(22, 'SELF_CARE', 'Slept past noon four days this week.', { goal: 0 }),
    setback(13, 'CONNECTION', 'Was going to go climbing. Got to the door and went home.', {
      goal: 2,
    }),
    reflection(6, 'EMOTIONAL_AWARENESS', 'Everything feels further away again this week.'),
    setback(1, 'TASK_DONE', 'Got a rejection email and went back to bed for the day.', {
      goal: 1,
    }),
  ],
  // The latest PHQ-9 answers item 9 with 1 ("several days"): the demo's one safety review.
  phq9: [
    [74, 17],
    [52, 14],
    [31, 13],
    [2, 16, 1],
  ],
  gad7: [
    [74, 11],
    [31, 10],
    [2, 12],
  ],
  mood: [
    [31, 5],
    [9, 4],
    [2, 2],
  ],

  sessions: {
    lastDaysAgo: 6,
    everyDays: 7,
    hourUtc: 15,
    minute: 0,
    remote: { VIDEO: 0.4 },
    notes: [
      note(76, 'Intake. Isolated after relocating for work; sleep pattern disrupted; low mood.'),
      note(44, 'First job application sent. Client brighter in session.'),
      note(
        22,
        'Sleep slipping again. Options discussed; client preferred to keep the current goals.',
      ),
      note(
        6,
        'Mood lower this week. Asked about safety: no plans or intent. To check in again next session.',
      ),
    ],
    prompts: [
      asked(
        76,
        'builtin-first-session-already-helped',
        'Music on as soon as I wake up. It gets me as far as the kettle at least.',
      ),
      asked(
        66,
        'builtin-celebrating-milestone-how-you-did-it',
        "I put the alarm on the bookshelf by the door. By the time I'd walked over, I was awake.",
      ),
      asked(
        45,
        'builtin-celebrating-win-what-made-it-possible',
        'Having the CV done already. Once that was sorted, the form only took an hour.',
      ),
      asked(
        35,
        'builtin-coping-on-your-side',
        'The woman at the corner shop, weirdly. And my mum on the phone on Sundays.',
      ),
      asked(
        22,
        'builtin-setbacks-looking-after-yourself',
        'I went for a walk in the evening, when it was dark and quiet. That helped a bit.',
      ),
      asked(
        13,
        'builtin-coping-what-keeps-you-going',
        "Knowing I've done hard things before. Moving here on my own was one of them.",
      ),
    ],
  },
};

export const needingAttentionClients: readonly ClientScript[] = [rosa, jordan];
