-- A milestone ticked is progress too, as the session prompts already count it
-- (libs/shared/src/sessions/prompt-selection.ts): "no progress for N weeks" no longer flags a
-- client whose steps are being ticked off while nothing else is logged. The summary's builder is
-- the one of 0008 with `lastProgressOn` changed; every summary is then built again.

CREATE OR REPLACE FUNCTION refresh_client_summaries(client_ids uuid[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  today date := (now() AT TIME ZONE 'UTC')::date;
BEGIN
  -- The caseload first: raising its revision waits for any other writer of it, and the rebuild
  -- below is a later statement, so under READ COMMITTED it sees what that writer committed.
  PERFORM bump_caseload_revisions(ARRAY(
    SELECT primary_clinician_id FROM client WHERE id = ANY (client_ids)));
  INSERT INTO client_summary AS summary (client_id, revision, document)
  SELECT c.id, caseload.revision, jsonb_build_object(
    'refreshedOn', today,
    'activeGoalCount',
      (SELECT count(*) FROM goal g WHERE g.client_id = c.id AND g.status = 'ACTIVE'),
    'activeGoalDomains',
      coalesce((SELECT jsonb_agg(DISTINCT g.domain ORDER BY g.domain) FROM goal g
                WHERE g.client_id = c.id AND g.status = 'ACTIVE'), '[]'),
    -- The latest day progress was recorded: an entry, or a milestone ticked (its UTC day).
    'lastProgressOn', greatest(
      (SELECT max(p.occurred_on) FROM progress_entry p WHERE p.client_id = c.id),
      (SELECT max((m.done_at AT TIME ZONE 'UTC')::date)
       FROM milestone m JOIN goal g ON g.id = m.goal_id WHERE g.client_id = c.id)),
    -- Days a win was logged, from 56 days back (the eight weeks of the trend line).
    'winDays',
      coalesce((SELECT jsonb_agg(p.occurred_on ORDER BY p.occurred_on) FROM progress_entry p
                WHERE p.client_id = c.id AND p.kind = 'WIN' AND p.occurred_on >= today - 56), '[]'),
    -- UTC days a milestone was ticked, from 85 days back (the twelve weeks of a streak).
    'tickDays',
      coalesce((SELECT jsonb_agg((m.done_at AT TIME ZONE 'UTC')::date ORDER BY m.done_at)
                FROM milestone m JOIN goal g ON g.id = m.goal_id
                WHERE g.client_id = c.id AND m.done_at >= today - 85), '[]'),
    -- Goals completed from 92 days back (this quarter) and still completed.
    'goalsAchieved',
      coalesce((SELECT jsonb_agg(jsonb_build_object(
                         'clientWords', achieved.client_words,
                         'achievedOn', (achieved.at AT TIME ZONE 'UTC')::date) ORDER BY achieved.at)
                FROM (SELECT g.client_words, max(s.changed_at) AS at
                      FROM goal g JOIN goal_status_change s ON s.goal_id = g.id
                      WHERE g.client_id = c.id AND g.status = 'COMPLETED' AND s.status = 'COMPLETED'
                      GROUP BY g.id) achieved
                WHERE achieved.at >= today - 92), '[]'),
    -- Each standard measure's first complete total and its latest by today, and any dated after
    -- today (up to UTC+14 is allowed): a reader on a later day finds its own latest among them.
    'scores',
      coalesce((SELECT jsonb_agg(jsonb_build_object(
                         'instrument', ranked.instrument,
                         'administeredOn', ranked.administered_on,
                         'total', ranked.total) ORDER BY ranked.instrument, ranked.position)
                FROM (SELECT r.instrument, r.administered_on, r.total,
                             row_number() OVER oldest_first AS position,
                             count(*) FILTER (WHERE r.administered_on <= today)
                               OVER (PARTITION BY r.instrument) AS given_by_today
                      FROM measure_response r
                      WHERE r.client_id = c.id AND NOT r.is_draft
                        AND r.instrument IN ('PHQ9', 'GAD7')
                      WINDOW oldest_first AS (PARTITION BY r.instrument
                                              ORDER BY r.administered_on, r.created_at)) ranked
                WHERE ranked.position = 1 OR ranked.position = ranked.given_by_today
                   OR ranked.administered_on > today), '[]'),
    'lastGiven',
      coalesce((SELECT jsonb_object_agg(given.instrument, given.last_on)
                FROM (SELECT r.instrument, max(r.administered_on) AS last_on
                      FROM measure_response r
                      WHERE r.client_id = c.id AND NOT r.is_draft GROUP BY r.instrument) given),
               '{}'),
    'schedules',
      coalesce((SELECT jsonb_agg(jsonb_build_object('instrument', s.instrument,
                                                    'everyWeeks', s.every_weeks)
                                 ORDER BY s.instrument)
                FROM measure_schedule s WHERE s.client_id = c.id), '[]'),
    'unreviewedSafetyFlags',
      (SELECT count(*) FROM safety_flag f WHERE f.client_id = c.id AND f.reviewed_at IS NULL),
    -- An ISO instant in UTC, whatever the server's time zone.
    'lastSessionAt',
      (SELECT to_char(max(t.started_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
       FROM therapy_session t WHERE t.client_id = c.id),
    'notesToSign',
      (SELECT count(*) FROM session_note n WHERE n.client_id = c.id AND n.signed_at IS NULL),
    -- The latest six GAS reviews, oldest first.
    'gasReviews',
      coalesce((SELECT jsonb_agg(jsonb_build_object('reviewedOn', recent.reviewed_on,
                                                    'ratings', recent.ratings)
                                 ORDER BY recent.reviewed_on, recent.created_at)
                FROM (SELECT v.reviewed_on, v.created_at,
                             (SELECT jsonb_agg(jsonb_build_object('level', r.level,
                                                                  'weight', r.weight))
                              FROM gas_rating r WHERE r.review_id = v.id) AS ratings
                      FROM gas_review v WHERE v.client_id = c.id
                      ORDER BY v.reviewed_on DESC, v.created_at DESC LIMIT 6) recent
                WHERE recent.ratings IS NOT NULL), '[]')
  )::json
  FROM client c JOIN caseload_revision caseload ON caseload.clinician_id = c.primary_clinician_id
  WHERE c.id = ANY (client_ids)
  ON CONFLICT (client_id) DO UPDATE SET
    revision = excluded.revision,
    document = excluded.document;
END;
$$;

SELECT refresh_client_summaries(ARRAY(SELECT id FROM client));
