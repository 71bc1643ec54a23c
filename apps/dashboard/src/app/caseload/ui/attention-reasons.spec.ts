import { attentionReasons } from './attention-reasons';

describe('attention reasons on the caseload', () => {
  const calm = { unreviewedSafetyFlagCount: 0, overdueMeasures: [], notOnTrack: [] } as const;

  it('gives no reason when nothing calls for attention', () => {
    expect(attentionReasons(calm)).toEqual([]);
  });

  it('puts an unreviewed safety flag first, before not-on-track and due measures', () => {
    const reasons = attentionReasons({
      unreviewedSafetyFlagCount: 2,
      overdueMeasures: ['GAD7'],
      notOnTrack: [
        { instrument: 'PHQ9', reason: 'No reliable improvement on the PHQ-9 after 9 weeks' },
      ],
    });
    expect(reasons.map((reason) => reason.label)).toEqual([
      'Safety review needed',
      'Not on track (PHQ-9)',
      'GAD-7 due',
    ]);
    expect(reasons[0].detail).toBe('2 PHQ-9 item 9 answers above 0 wait for your review');
    expect(reasons[1].detail).toBe('No reliable improvement on the PHQ-9 after 9 weeks');
  });

  it('words a single safety flag in the singular', () => {
    expect(attentionReasons({ ...calm, unreviewedSafetyFlagCount: 1 })[0].detail).toBe(
      'A PHQ-9 item 9 answer above 0 waits for your review',
    );
  });
});
