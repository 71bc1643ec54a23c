import { asked, gratitude, note, reflection, setback, win, type ClientScript } from './demo-script';

// Clients whose scores have come down steadily, with the ordinary setbacks along the way.

const amara: ClientScript = {
  preferredName: 'Amara Nwosu',
  pronouns: 'she/her',
  status: 'ACTIVE',
  startedDaysAgo: 212,
  baseline:
    "I can't get out of bed most days, everything feels heavy. My sister keeps ringing and I let " +
    "it go to voicemail because I don't know what I'd say to her.",
  goals: [
    {
      clientWords: 'Get outside for a walk three times a week',
      clinicianWording: 'Behavioural activation: scheduled outdoor walks to rebuild routine.',
      domain: 'HEALTH',
      specific: 'A walk outside of at least fifteen minutes, on any three days of the week.',
      measureOfSuccess: 'Three walks logged in a week, four weeks in a row.',
      targetInDays: 28,
      gasLevels: [
        'No walks in a week',
        'One walk in a week',
        'Three walks in a week',
        'Three walks a week, one of them longer than half an hour',
        'Walking most days without having to talk myself into it',
      ],
      weight: 2,
      status: 'ACTIVE',
      milestones: [
        { title: 'Put shoes and coat by the door the night before', doneDaysAgo: 196 },
        { title: 'Walk to the end of the street and back', doneDaysAgo: 183 },
        { title: 'Walk to the corner shop twice in one week', doneDaysAgo: 149 },
        { title: 'Three walks in one week', doneDaysAgo: 97 },
        { title: 'Four weeks in a row of three walks', dueInDays: 21 },
      ],
    },
    {
      clientWords: 'Call my sister back instead of letting it ring',
      domain: 'RELATIONSHIPS',
      specific: "Answer or return my sister Ngozi's calls within a day.",
      measureOfSuccess: 'At least one call back every week for a month.',
      targetInDays: 42,
      gasLevels: [
        'Avoiding her calls altogether',
        'Texting back but not calling',
        'Calling her back once a week',
        'Sometimes calling her first',
        'Going to see her in person',
      ],
      weight: 2,
      status: 'ACTIVE',
      milestones: [
        { title: "Text her that I'm okay", doneDaysAgo: 171 },
        { title: 'A five-minute call', doneDaysAgo: 119 },
        { title: 'Call her first, without waiting for her', doneDaysAgo: 41 },
        { title: 'Plan a visit to hers', dueInDays: 35 },
      ],
    },
    {
      clientWords: 'Cook a proper meal again, not just toast',
      domain: 'SELF_CARE',
      specific: 'Cook one meal from fresh ingredients at least twice a week.',
      measureOfSuccess: 'Two cooked meals a week for two weeks running.',
      targetInDays: -60,
      gasLevels: [
        'Living on toast and cereal',
        'Cooking once every couple of weeks',
        'Cooking twice a week',
        'Cooking most days',
        'Cooking for someone else too',
      ],
      weight: 1,
      status: 'COMPLETED',
      milestones: [
        { title: 'Write a shopping list for two simple meals', doneDaysAgo: 160 },
        { title: 'Cook one meal from scratch', doneDaysAgo: 141 },
        { title: 'Cook twice in one week', doneDaysAgo: 110 },
        { title: 'Two weeks in a row of cooking twice', doneDaysAgo: 74 },
      ],
    },
  ],
  entries: [
    reflection(
      205,
      'EMOTIONAL_AWARENESS',
      "The heaviness is worst first thing, before I've eaten.",
    ),
    win(188, 'MOVEMENT', 'Got my shoes on and stood at the door. Further than last week.', {
      goal: 0,
      effort: true,
    }),
    win(183, 'MOVEMENT', 'Walked to the end of the street and back.', { goal: 0 }),
    win(171, 'CONNECTION', "Texted my sister that I'm alright. Took me an hour to press send.", {
      goal: 1,
      effort: true,
    }),
    setback(160, 'MOVEMENT', 'Skipped the walk three days running. It rained and I stayed in.', {
      goal: 0,
    }),
    win(141, 'NUTRITION', 'Made jollof rice from scratch. Not perfect, but I ate all of it.', {
      goal: 2,
    }),
    gratitude(130, 'CONNECTION', 'My neighbour waved and asked how I was. Small thing, it helped.'),
    win(119, 'CONNECTION', 'Five minutes on the phone with my sister. We talked about her kids.', {
      goal: 1,
    }),
    win(97, 'MOVEMENT', 'Three walks this week!', { goal: 0 }),
    setback(88, 'SELF_CARE', 'Hard week. Back to toast and the sofa for most of it.'),
    win(74, 'NUTRITION', 'Two full weeks of cooking. I froze some for the tired days.', {
      goal: 2,
    }),
    reflection(
      60,
      'SELF_COMPASSION',
      'On a bad day now I tell myself: it is one day, not all of it.',
    ),
    win(41, 'CONNECTION', 'Called her first for once. She sounded so pleased.', { goal: 1 }),
    win(28, 'SHOWING_UP_TO_THERAPY', 'Came to session even though I nearly cancelled.', {
      effort: true,
    }),
    setback(12, 'MOVEMENT', 'Only one walk this week, my knee was sore.', { goal: 0 }),
    win(5, 'MOVEMENT', 'Walked to the park with a coffee and stayed forty minutes.', { goal: 0 }),
    gratitude(1, 'OTHER', 'Sun coming through the kitchen window this morning.'),
  ],
  phq9: [
    [210, 19],
    [186, 17],
    [165, 15],
    [140, 13],
    [112, 11],
    [84, 10],
    [56, 8],
    [28, 7],
    [3, 7],
  ],
  gad7: [
    [210, 12],
    [165, 10],
    [112, 8],
    [56, 6],
    [3, 5],
  ],
  mood: [
    [14, 6],
    [7, 6],
    [1, 7],
  ],

  sessions: {
    lastDaysAgo: 3,
    everyDays: 14,
    earlier: { beforeDaysAgo: 150, everyDays: 7 },
    hourUtc: 10,
    minute: 0,
    remote: { VIDEO: 0.15 },
    notes: [
      note(
        212,
        'Intake. Low mood most days, withdrawn from family. Agreed to start with small behavioural steps.',
      ),
      note(159, 'Reviewed activity diary. Walking plan adjusted for wet weather.'),
      note(
        90,
        'Difficult week discussed; sleep and routine dipped. No safety concerns raised. Plan unchanged.',
      ),
      note(58, 'PHQ-9 continues to fall. Client reports bad days feel shorter and pass sooner.'),
      note(18, 'Planning a visit to her sister. Knee pain limiting walks; pace adjusted.'),
    ],
    prompts: [
      asked(
        212,
        'builtin-first-session-first-small-sign',
        'Getting out of bed before ten, and maybe ringing my sister back. Even just one of those would be something.',
      ),
      asked(
        183,
        'builtin-celebrating-milestone-how-you-did-it',
        'I put my shoes by the door like we said, so there was less to think about in the morning.',
      ),
      asked(
        171,
        'builtin-celebrating-win-the-trying',
        "Knowing she'd be glad, even if I only wrote two words. I typed it three times before I sent it.",
      ),
      asked(
        160,
        'builtin-setbacks-what-helped-get-through',
        'Watching the rain from the window with a cup of tea, instead of telling myself off.',
      ),
      asked(
        141,
        'builtin-celebrating-milestone-what-it-was-like',
        "Proud, honestly. The kitchen smelled like my mum's house.",
      ),
      asked(
        140,
        'builtin-measures-improved-does-it-fit',
        "It does. I'm not there yet, but the mornings are lighter than they were.",
      ),
      asked(
        119,
        'builtin-celebrating-win-tell-me-more',
        "We talked about her kids and the school play. She didn't ask why I'd gone quiet, and that helped.",
      ),
      asked(
        97,
        'builtin-celebrating-milestone-what-it-says',
        "That I can keep going even when I don't feel like it.",
      ),
      asked(
        88,
        'builtin-setbacks-kind-words',
        "I'd tell her to be gentle with herself. It's one rough week, not the whole story.",
      ),
      asked(
        56,
        'builtin-measures-improved-what-has-contributed',
        'Getting outside, mostly. And not hiding from my sister any more.',
      ),
      asked(
        41,
        'builtin-celebrating-win-what-made-it-possible',
        "I'd had a good morning and thought, ring her now before you talk yourself out of it.",
      ),
      asked(
        12,
        'builtin-setbacks-looking-after-yourself',
        'I rested my knee and sat in the park instead of walking. I still got my fresh air.',
      ),
    ],
  },
};

const mateo: ClientScript = {
  preferredName: 'Mateo Alvarez',
  pronouns: 'he/him',
  status: 'ACTIVE',
  startedDaysAgo: 151,
  baseline:
    'My heart races on the bus, so I get off two stops early and walk the rest. I have been late ' +
    "to work four times this month and I'm sure they've noticed.",
  goals: [
    {
      clientWords: 'Ride the bus all the way to work',
      clinicianWording: 'Graded exposure to bus travel, supported by paced breathing.',
      domain: 'ANXIETY',
      specific: 'Stay on the bus from my stop to the office stop on workday mornings.',
      measureOfSuccess: 'The whole route on four of five workdays, two weeks running.',
      targetInDays: 18,
      gasLevels: [
        'Not taking the bus at all',
        'Getting off early most days',
        'The whole route four days out of five',
        'The whole route every day, even when it is packed',
        'Taking the bus to new places just because',
      ],
      weight: 3,
      status: 'ACTIVE',
      milestones: [
        { title: 'Practise the breathing at home every day for a week', doneDaysAgo: 135 },
        { title: 'Ride one stop using the breathing', doneDaysAgo: 121 },
        { title: 'Ride half the route', doneDaysAgo: 91 },
        { title: 'Ride the whole route once', doneDaysAgo: 63 },
        { title: 'The whole route four days in one week', doneDaysAgo: 20 },
        { title: 'Two weeks in a row of four-day weeks', dueInDays: 14 },
      ],
    },
    {
      clientWords: 'Say one thing in the Monday team meeting',
      domain: 'WORK_OR_STUDY',
      specific: 'Make at least one point out loud in the weekly team meeting.',
      measureOfSuccess: 'Spoke in four Monday meetings out of five.',
      targetInDays: 40,
      gasLevels: [
        'Skipping the meeting',
        'Going but staying silent',
        'Saying one thing each Monday',
        'Asking a question or disagreeing once',
        'Giving an update on my own project',
      ],
      weight: 2,
      status: 'ACTIVE',
      milestones: [
        { title: 'Write one point down before the meeting', doneDaysAgo: 99 },
        { title: 'Read my point out', doneDaysAgo: 70 },
        { title: 'Speak without notes', dueInDays: 10 },
        { title: 'Give an update on my project', dueInDays: 35 },
      ],
    },
    {
      clientWords: 'Be asleep before midnight on work nights',
      domain: 'HEALTH',
      specific: 'Lights out by half eleven, Sunday to Thursday.',
      measureOfSuccess: 'Four of five work nights asleep before midnight for three weeks.',
      targetInDays: 60,
      gasLevels: [
        'Up past two most nights',
        'Asleep before midnight once or twice a week',
        'Asleep before midnight four work nights a week',
        'Every work night',
        'Every night, and waking before the alarm',
      ],
      weight: 1,
      status: 'PROPOSED',
      milestones: [
        { title: 'Charge my phone in the kitchen overnight', dueInDays: 7 },
        { title: 'Set a wind-down alarm for 23:00', dueInDays: 14 },
      ],
    },
  ],
  entries: [
    reflection(
      148,
      'EMOTIONAL_AWARENESS',
      'The panic starts before I reach the stop. It is the thinking about it.',
    ),
    win(133, 'COPING_SKILL', 'Did the breathing every night this week, even when it felt silly.', {
      goal: 0,
      effort: true,
    }),
    win(121, 'COPING_SKILL', 'Rode one stop. Hands shaking, but I stayed on.', { goal: 0 }),
    setback(110, 'COPING_SKILL', 'Got off at the first stop again on Thursday. It was packed.', {
      goal: 0,
    }),
    win(99, 'TASK_DONE', 'Wrote my point down before the meeting.', { goal: 1, effort: true }),
    win(91, 'COPING_SKILL', 'Half the route today.', { goal: 0 }),
    win(70, 'CONNECTION', 'Read my point out. My manager said it was a good idea.', { goal: 1 }),
    win(63, 'COPING_SKILL', 'Rode the whole way to work! Sent my mum a photo from the office.', {
      goal: 0,
    }),
    gratitude(52, 'CONNECTION', "My mum's voice notes every morning."),
    setback(44, 'COPING_SKILL', 'The bus broke down and I felt the old panic come back.', {
      goal: 0,
    }),
    reflection(30, 'SELF_COMPASSION', 'A bad bus day does not cancel out the good ones.'),
    win(20, 'COPING_SKILL', 'Four days on the bus this week.', { goal: 0 }),
    setback(8, 'CONNECTION', 'Stayed quiet on Monday. I had a point but let the moment go.', {
      goal: 1,
    }),
    win(2, 'CONNECTION', 'Raised my hand in the meeting. Someone spoke first, but I tried.', {
      goal: 1,
      effort: true,
    }),
    win(0, 'COPING_SKILL', 'Crowded bus this morning. Stayed on and did the breathing.', {
      goal: 0,
    }),
  ],
  phq9: [
    [149, 11],
    [107, 9],
    [63, 7],
    [21, 5],
  ],
  gad7: [
    [149, 17],
    [128, 15],
    [107, 13],
    [86, 11],
    [63, 9],
    [42, 8],
    [21, 7],
    [1, 6],
  ],
  mood: [
    [21, 6],
    [8, 5],
    [1, 7],
  ],

  sessions: {
    lastDaysAgo: 5,
    everyDays: 14,
    earlier: { beforeDaysAgo: 95, everyDays: 7 },
    hourUtc: 17,
    minute: 0,
    remote: { PHONE: 0.1 },
    notes: [
      note(
        151,
        'Intake. Panic on public transport affecting punctuality at work. Introduced paced breathing.',
      ),
      note(108, 'GAD-7 down four points. Exposure steps reviewed and extended to half the route.'),
      note(47, 'Bus breakdown discussed; client recovered the same day using breathing.'),
      note(21, 'Sleep goal proposed. Client would like to start once the bus routine is steady.'),
    ],
    prompts: [
      asked(
        151,
        'builtin-first-session-useful-time-together',
        "I'd get on the bus without planning my escape. And I'd get to work on time.",
      ),
      asked(
        133,
        'builtin-celebrating-win-the-trying',
        'Feeling a bit daft actually helped. Nobody could see me, so I just kept doing it.',
      ),
      asked(
        121,
        'builtin-celebrating-milestone-what-it-was-like',
        'Terrifying for about thirty seconds, then it was just a bus. I wanted to tell someone.',
      ),
      asked(
        110,
        'builtin-setbacks-useful-for-next-time',
        'Packed buses are harder. Next time I can wait for the next one instead of giving up.',
      ),
      asked(
        107,
        'builtin-measures-improved-does-it-fit',
        "Yes. I still get the flutter, but I don't dread the mornings like before.",
      ),
      asked(
        91,
        'builtin-exceptions-different-this-week',
        'I sat near the front by the driver. Seeing the road ahead made it feel less closed in.',
      ),
      asked(
        63,
        'builtin-celebrating-milestone-what-it-says',
        "That the panic isn't the boss of me. It shows up, but I still get there.",
      ),
      asked(
        44,
        'builtin-setbacks-kept-it-from-getting-worse',
        'I did the breathing on the pavement and rang my mum. By the time the next bus came I was okay.',
      ),
      asked(
        8,
        'builtin-setbacks-kind-words',
        "I'd say, you had a point and that's half of it. There's another meeting next Monday.",
      ),
    ],
  },
};

export const improvingClients: readonly ClientScript[] = [amara, mateo];
