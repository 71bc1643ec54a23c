import { asked, gratitude, note, reflection, setback, win, type ClientScript } from './demo-script';

// Clients early in care: one who has just arrived, one a few weeks in.

const noah: ClientScript = {
  preferredName: 'Noah Whitfield',
  pronouns: 'he/him',
  status: 'ACTIVE',
  // Only a baseline and one goal still to agree: no measures or entries yet.
  startedDaysAgo: 13,
  baseline:
    'My GP said I should talk to someone. I am not sleeping, I have stopped playing guitar and ' +
    'stopped going to the gym. I am not sure what I want from this yet.',
  goals: [
    {
      clientWords: 'Pick the guitar up again, even for ten minutes',
      domain: 'MOOD',
      specific: 'Play guitar for ten minutes on a few evenings each week.',
      measureOfSuccess: 'Played on three evenings in one week.',
      targetInDays: 60,
      gasLevels: [
        'The guitar stays in its case',
        'Played once in a while',
        'Ten minutes on three evenings a week',
        'Playing most evenings',
        'Learning a new song',
      ],
      weight: 1,
      status: 'PROPOSED',
      milestones: [
        { title: 'Restring the guitar', dueInDays: 7 },
        { title: 'Play for ten minutes on one evening', dueInDays: 14 },
      ],
    },
  ],
  entries: [],
  phq9: [],
  gad7: [],
  mood: [],

  // Referred and booked in: his first session is still to come.
  sessions: null,
};

const leilani: ClientScript = {
  preferredName: 'Leilani Kahale',
  pronouns: 'she/they',
  status: 'ACTIVE',
  startedDaysAgo: 46,
  baseline:
    'I have been showering maybe twice a week and living off takeaway. The flat is a mess and I ' +
    'am embarrassed to have anyone round. I know what I should do, I just cannot start.',
  goals: [
    {
      clientWords: 'Shower every other day',
      domain: 'SELF_CARE',
      specific: 'A shower at least every second day, at any time that works.',
      measureOfSuccess: 'Every other day for two weeks.',
      targetInDays: 10,
      gasLevels: [
        'Once a week or less',
        'Twice a week',
        'Every other day',
        'Most days',
        'Every day, without having to plan it',
      ],
      weight: 2,
      status: 'ACTIVE',
      milestones: [
        { title: 'Put a towel and clean clothes out the night before', doneDaysAgo: 38 },
        { title: 'Shower three times in one week', doneDaysAgo: 24 },
        { title: 'Every other day for two weeks', dueInDays: 10 },
      ],
    },
    {
      clientWords: 'Clear the kitchen table so I can eat at it',
      domain: 'SELF_CARE',
      specific: 'Keep the table clear enough to sit and eat a meal.',
      measureOfSuccess: 'Dinner at the table on three nights in a week.',
      targetInDays: 21,
      gasLevels: [
        'Table buried, eating on the bed',
        'Table half cleared',
        'Clear, and dinner there three nights a week',
        'Clear, and the kitchen tidy too',
        'Friends round for dinner at it',
      ],
      weight: 1,
      status: 'ACTIVE',
      milestones: [
        { title: 'Ten-minute tidy with a timer', doneDaysAgo: 30 },
        { title: 'Clear the table', doneDaysAgo: 9 },
        { title: 'Dinner at the table three nights in one week', dueInDays: 14 },
      ],
    },
    {
      clientWords: 'Have Mele over for tea',
      domain: 'RELATIONSHIPS',
      specific: 'Invite my friend Mele round once the flat feels okay.',
      measureOfSuccess: 'Mele has been round.',
      targetInDays: 45,
      gasLevels: [
        'Making excuses not to see her',
        'Meeting her out, never at mine',
        'Mele round for tea once',
        'Mele round more than once',
        'Having a few friends round',
      ],
      weight: 1,
      status: 'PROPOSED',
      milestones: [
        { title: 'Pick a date', dueInDays: 21 },
        { title: 'Invite her', dueInDays: 28 },
      ],
    },
  ],
  entries: [
    win(38, 'HYGIENE', 'Laid out a towel and clothes. Showered the next morning.', { goal: 0 }),
    win(30, 'TASK_DONE', 'Ten minutes with a timer. Two bags of rubbish out.', {
      goal: 1,
      effort: true,
    }),
    setback(27, 'HYGIENE', "Didn't shower for four days after a long shift.", { goal: 0 }),
    win(24, 'HYGIENE', 'Three showers this week.', { goal: 0 }),
    gratitude(17, 'SELF_COMPASSION', 'I did not call myself disgusting once this week.'),
    win(9, 'TASK_DONE', 'The table is clear! I can see the wood.', { goal: 1 }),
    reflection(4, 'EMOTIONAL_AWARENESS', 'Starting small is easier than waiting to feel ready.'),
    win(0, 'NUTRITION', 'Cooked pasta and ate it at the table.', { goal: 1 }),
  ],
  phq9: [
    [45, 13],
    [23, 11],
    [1, 9],
  ],
  gad7: [
    [45, 11],
    [23, 10],
    [1, 8],
  ],
  mood: [
    [23, 4],
    [9, 5],
    [4, 5],
    [0, 6],
  ],

  sessions: {
    lastDaysAgo: 4,
    everyDays: 7,
    hourUtc: 13,
    minute: 0,
    remote: { VIDEO: 0.2 },
    notes: [
      note(
        46,
        'Intake. Finding it hard to start self-care tasks; shame about the state of the flat. Agreed very small steps.',
      ),
      note(17, 'Good progress on the showering goal. Client noticing less self-criticism.'),
    ],
    prompts: [
      asked(
        46,
        'builtin-first-session-good-at',
        "My friends say I'm funny, and I'm the one who remembers everyone's birthday.",
      ),
      asked(
        38,
        'builtin-celebrating-milestone-what-it-was-like',
        'Nice, actually. Like past me was looking after morning me.',
      ),
      asked(
        27,
        'builtin-setbacks-what-helped-get-through',
        "Texting Mele a silly photo. She didn't know, but it got me up off the sofa.",
      ),
      asked(
        9,
        'builtin-celebrating-milestone-next-step',
        'Eating dinner at it! And maybe having Mele round once it stays clear.',
      ),
    ],
  },
};

export const startingOutClients: readonly ClientScript[] = [noah, leilani];
