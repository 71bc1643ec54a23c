import {
  assessNotOnTrack,
  notOnTrackFlags,
  type NotOnTrackInput,
  type ScoredAdministration,
} from './not-on-track';

// The rule in not-on-track.ts: flag reliable deterioration from baseline at any time, and no
// reliable improvement once 8 whole weeks of treatment have passed. Reliable change is the NHS
// Talking Therapies threshold (manual v7, 2024): PHQ-9 6 points, GAD-7 4 points.

// A Monday, so week counts are easy to read: 2025-03-03 is week 8, 2025-03-10 week 9.
const STARTED = '2025-01-06';

const phq9 = (history: ScoredAdministration[], today: string): NotOnTrackInput => ({
  instrument: 'PHQ9',
  treatmentStartedOn: STARTED,
  today,
  history,
});

describe('not on track', () => {
  it('flags a reliable deterioration from baseline even in the first weeks', () => {
    const assessment = assessNotOnTrack(
      phq9(
        [
          { administeredOn: '2025-01-06', total: 8 },
          { administeredOn: '2025-01-20', total: 14 },
        ],
        '2025-01-20',
      ),
    );
    expect(assessment).toEqual({
      isNotOnTrack: true,
      reason: 'Reliable deterioration on the PHQ-9 since baseline (8 to 14)',
      weeksInTreatment: 2,
    });
  });

  it('does not flag a PHQ-9 rise of 5, which is within measurement error', () => {
    const assessment = assessNotOnTrack(
      phq9(
        [
          { administeredOn: '2025-01-06', total: 8 },
          { administeredOn: '2025-01-20', total: 13 },
        ],
        '2025-01-20',
      ),
    );
    expect(assessment.isNotOnTrack).toBe(false);
    expect(assessment.reason).toBeNull();
  });

  it('flags no reliable improvement after 9 weeks', () => {
    const assessment = assessNotOnTrack(
      phq9(
        [
          { administeredOn: '2025-01-06', total: 16 },
          { administeredOn: '2025-02-03', total: 14 },
          { administeredOn: '2025-03-03', total: 12 },
        ],
        '2025-03-10',
      ),
    );
    expect(assessment).toEqual({
      isNotOnTrack: true,
      reason: 'No reliable improvement on the PHQ-9 after 9 weeks',
      weeksInTreatment: 9,
    });
  });

  it('waits until 8 whole weeks have passed before flagging a lack of improvement', () => {
    const history = [
      { administeredOn: '2025-01-06', total: 16 },
      { administeredOn: '2025-02-24', total: 14 },
    ];
    // 2025-03-02 is day 55: 7 whole weeks. 2025-03-03 is day 56: 8 weeks.
    expect(assessNotOnTrack(phq9(history, '2025-03-02')).isNotOnTrack).toBe(false);
    expect(assessNotOnTrack(phq9(history, '2025-03-03'))).toMatchObject({
      isNotOnTrack: true,
      weeksInTreatment: 8,
    });
  });

  it('does not flag a client with reliable improvement after 8 weeks', () => {
    const assessment = assessNotOnTrack(
      phq9(
        [
          { administeredOn: '2025-01-06', total: 16 },
          { administeredOn: '2025-03-03', total: 10 },
        ],
        '2025-03-10',
      ),
    );
    expect(assessment.isNotOnTrack).toBe(false);
  });

  it('judges the latest score, so an improvement since lost is flagged', () => {
    const assessment = assessNotOnTrack(
      phq9(
        [
          { administeredOn: '2025-01-06', total: 16 },
          { administeredOn: '2025-02-03', total: 8 },
          { administeredOn: '2025-03-03', total: 13 },
        ],
        '2025-03-10',
      ),
    );
    expect(assessment.reason).toBe('No reliable improvement on the PHQ-9 after 9 weeks');
  });

  it('judges the latest score, so a deterioration since recovered is not flagged early on', () => {
    const assessment = assessNotOnTrack(
      phq9(
        [
          { administeredOn: '2025-01-06', total: 8 },
          { administeredOn: '2025-01-20', total: 15 },
          { administeredOn: '2025-02-03', total: 9 },
        ],
        '2025-02-03',
      ),
    );
    expect(assessment.isNotOnTrack).toBe(false);
  });

  it('takes the earliest score as baseline whatever order the history comes in', () => {
    const assessment = assessNotOnTrack(
      phq9(
        [
          { administeredOn: '2025-01-20', total: 15 },
          { administeredOn: '2025-01-06', total: 8 },
        ],
        '2025-01-20',
      ),
    );
    expect(assessment.reason).toBe('Reliable deterioration on the PHQ-9 since baseline (8 to 15)');
  });

  it('ignores scores dated after the day being judged', () => {
    const assessment = assessNotOnTrack(
      phq9(
        [
          { administeredOn: '2025-01-06', total: 8 },
          { administeredOn: '2025-01-27', total: 20 },
        ],
        '2025-01-20',
      ),
    );
    expect(assessment.isNotOnTrack).toBe(false);
  });

  it('says when there has been no repeat score since baseline', () => {
    const assessment = assessNotOnTrack(
      phq9([{ administeredOn: '2025-01-06', total: 16 }], '2025-03-10'),
    );
    expect(assessment.reason).toBe(
      'No reliable improvement on the PHQ-9 after 9 weeks; no PHQ-9 since baseline',
    );
  });

  it('has nothing to flag for a measure never given', () => {
    // 2025-01-06 to 2025-06-01 is 146 days: 20 whole weeks.
    expect(assessNotOnTrack(phq9([], '2025-06-01'))).toEqual({
      isNotOnTrack: false,
      reason: null,
      weeksInTreatment: 20,
    });
  });

  it('uses the GAD-7 threshold of 4 points on the GAD-7', () => {
    const gad7 = (latest: number): NotOnTrackInput => ({
      instrument: 'GAD7',
      treatmentStartedOn: STARTED,
      today: '2025-01-20',
      history: [
        { administeredOn: '2025-01-06', total: 6 },
        { administeredOn: '2025-01-20', total: latest },
      ],
    });
    expect(assessNotOnTrack(gad7(10)).reason).toBe(
      'Reliable deterioration on the GAD-7 since baseline (6 to 10)',
    );
    expect(assessNotOnTrack(gad7(9)).isNotOnTrack).toBe(false);
  });

  it('counts no weeks in treatment before the start date', () => {
    expect(assessNotOnTrack(phq9([], '2025-01-01')).weeksInTreatment).toBe(0);
  });

  it('refuses a date that is not YYYY-MM-DD and a total no form can reach', () => {
    expect(() => assessNotOnTrack(phq9([], '2025-02-30'))).toThrow(RangeError);
    expect(() =>
      assessNotOnTrack(phq9([{ administeredOn: '2025-01-06', total: 28 }], '2025-01-20')),
    ).toThrow(RangeError);
    expect(() =>
      assessNotOnTrack(phq9([{ administeredOn: '6 Jan 2025', total: 8 }], '2025-01-20')),
    ).toThrow(RangeError);
  });

  describe('on every standard measure at once', () => {
    it('names each measure that is off course, with its reason, and ignores other instruments', () => {
      const flags = notOnTrackFlags({
        treatmentStartedOn: STARTED,
        today: '2025-03-10',
        scores: [
          // PHQ-9: 8 to 14, reliably worse (6 points).
          { instrument: 'PHQ9', administeredOn: '2025-01-06', total: 8 },
          { instrument: 'PHQ9', administeredOn: '2025-03-10', total: 14 },
          // GAD-7: 15 to 9, reliably better (4 points): on track.
          { instrument: 'GAD7', administeredOn: '2025-01-06', total: 15 },
          { instrument: 'GAD7', administeredOn: '2025-03-10', total: 9 },
          // A mood check-in is no standard measure.
          { instrument: 'MOOD', administeredOn: '2025-03-10', total: 2 },
        ],
      });

      expect(flags).toEqual([
        {
          instrument: 'PHQ9',
          reason: 'Reliable deterioration on the PHQ-9 since baseline (8 to 14)',
        },
      ]);
    });

    it('has nothing to say of a client with no scores', () => {
      expect(
        notOnTrackFlags({ treatmentStartedOn: STARTED, today: '2025-03-10', scores: [] }),
      ).toEqual([]);
    });
  });
});
