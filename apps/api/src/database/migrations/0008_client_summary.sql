-- The caseload's read model: one row per client holding what the caseload's rules read
-- (libs/shared/src/caseload). Statement-level triggers rebuild the rows of the clients a write
-- touched, in the write's own transaction, so reading a caseload of any size reads one row per
-- client instead of aggregating every goal, milestone, entry and measure on each request.
--
-- Lists that look back in time (wins, ticks, goals achieved) keep what falls inside their window
-- on the day the row was rebuilt (`refreshedOn`). The window only moves forward, so a later
-- reader, which filters by its own today, always finds what it needs.

-- Each caseload's revision goes up whenever a summary or a client row of that caseload changes,
-- in the same transaction, and each summary keeps the revision it last changed at: the API keeps
-- what it worked out from a caseload and, when the revision moved, reads only the newer rows.
-- `membership` goes up when a client joins or leaves the caseload; then the API reads it whole.
-- Raising the revision locks the caseload's row until commit, so the writers of one caseload
-- take turns, and revisions commit in order.
CREATE TABLE caseload_revision (
  clinician_id  uuid PRIMARY KEY REFERENCES clinician (id),
  revision      bigint NOT NULL,
  membership    bigint NOT NULL
);

CREATE FUNCTION bump_caseload_revisions(clinician_ids uuid[], joined_or_left uuid[] DEFAULT '{}')
RETURNS void
LANGUAGE sql AS $$
  INSERT INTO caseload_revision AS current (clinician_id, revision, membership)
  SELECT id, 1, CASE WHEN id = ANY (joined_or_left) THEN 1 ELSE 0 END
  FROM (SELECT DISTINCT unnest(clinician_ids) AS id) caseloads
  -- One order for every writer, so two that touch the same caseloads cannot deadlock.
  ORDER BY id
  ON CONFLICT (clinician_id) DO UPDATE SET
    revision = current.revision + 1,
    membership = current.membership + excluded.membership;
$$;

CREATE TABLE client_summary (
  client_id  uuid PRIMARY KEY REFERENCES client (id) ON DELETE CASCADE,
  -- The caseload revision this row last changed at.
  revision   bigint NOT NULL,
  -- ClientSummary (libs/shared/src/caseload/client-summary.ts) as JSON text: `json`, not
  -- `jsonb`, because the caseload aggregates thousands of these and json aggregates as text.
  document   json NOT NULL
);

CREATE FUNCTION refresh_client_summaries(client_ids uuid[]) RETURNS void
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
    'lastProgressOn', (SELECT max(p.occurred_on) FROM progress_entry p WHERE p.client_id = c.id),
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

-- One trigger function per way a row names its client: by client_id, or through its goal.
-- A bulk load (the benchmarks' generator) may set `waypoint.bulk_load` to 'on' for its
-- transaction and rebuild every summary once at the end instead.
CREATE FUNCTION refresh_summaries_of_changed_rows() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('waypoint.bulk_load', true) = 'on' THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    PERFORM refresh_client_summaries(ARRAY(SELECT DISTINCT client_id FROM new_rows));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM refresh_client_summaries(ARRAY(
      SELECT client_id FROM new_rows UNION SELECT client_id FROM old_rows));
  ELSE
    PERFORM refresh_client_summaries(ARRAY(SELECT DISTINCT client_id FROM old_rows));
  END IF;
  RETURN NULL;
END;
$$;

CREATE FUNCTION refresh_summaries_of_changed_goal_rows() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('waypoint.bulk_load', true) = 'on' THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    PERFORM refresh_client_summaries(ARRAY(
      SELECT DISTINCT g.client_id FROM goal g WHERE g.id IN (SELECT goal_id FROM new_rows)));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM refresh_client_summaries(ARRAY(
      SELECT DISTINCT g.client_id FROM goal g
      WHERE g.id IN (SELECT goal_id FROM new_rows UNION SELECT goal_id FROM old_rows)));
  ELSE
    PERFORM refresh_client_summaries(ARRAY(
      SELECT DISTINCT g.client_id FROM goal g WHERE g.id IN (SELECT goal_id FROM old_rows)));
  END IF;
  RETURN NULL;
END;
$$;

-- A trigger with transition tables fires for one kind of event, so each table gets three.
DO $$
DECLARE
  source record;
  event text;
BEGIN
  FOR source IN
    SELECT * FROM (VALUES
      ('goal', 'refresh_summaries_of_changed_rows'),
      ('progress_entry', 'refresh_summaries_of_changed_rows'),
      ('measure_response', 'refresh_summaries_of_changed_rows'),
      ('measure_schedule', 'refresh_summaries_of_changed_rows'),
      ('safety_flag', 'refresh_summaries_of_changed_rows'),
      ('therapy_session', 'refresh_summaries_of_changed_rows'),
      ('session_note', 'refresh_summaries_of_changed_rows'),
      ('gas_review', 'refresh_summaries_of_changed_rows'),
      ('gas_rating', 'refresh_summaries_of_changed_rows'),
      ('milestone', 'refresh_summaries_of_changed_goal_rows'),
      ('goal_status_change', 'refresh_summaries_of_changed_goal_rows')
    ) AS sources (table_name, function_name)
  LOOP
    FOREACH event IN ARRAY ARRAY['INSERT', 'UPDATE', 'DELETE'] LOOP
      EXECUTE format(
        'CREATE TRIGGER %I AFTER %s ON %I REFERENCING %s FOR EACH STATEMENT EXECUTE FUNCTION %I()',
        source.table_name || '_summary_after_' || lower(event),
        event,
        source.table_name,
        CASE event
          WHEN 'INSERT' THEN 'NEW TABLE AS new_rows'
          WHEN 'UPDATE' THEN 'OLD TABLE AS old_rows NEW TABLE AS new_rows'
          ELSE 'OLD TABLE AS old_rows'
        END,
        source.function_name);
    END LOOP;
  END LOOP;
END;
$$;

-- A new client starts with an empty summary.
CREATE FUNCTION summarise_new_clients() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('waypoint.bulk_load', true) = 'on' THEN
    RETURN NULL;
  END IF;
  PERFORM refresh_client_summaries(ARRAY(SELECT id FROM new_rows));
  PERFORM bump_caseload_revisions(
    ARRAY(SELECT primary_clinician_id FROM new_rows),
    ARRAY(SELECT primary_clinician_id FROM new_rows));
  RETURN NULL;
END;
$$;
CREATE TRIGGER client_summary_after_insert AFTER INSERT ON client
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION summarise_new_clients();

-- A renamed or paused client changes their caseload's rows; a handed-over one, the membership
-- of the caseloads they leave and join.
CREATE FUNCTION bump_caseloads_of_changed_clients() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM bump_caseload_revisions(
    ARRAY(SELECT primary_clinician_id FROM new_rows
          UNION SELECT primary_clinician_id FROM old_rows),
    ARRAY(SELECT o.primary_clinician_id FROM old_rows o JOIN new_rows n ON n.id = o.id
          WHERE o.primary_clinician_id <> n.primary_clinician_id
          UNION SELECT n.primary_clinician_id FROM old_rows o JOIN new_rows n ON n.id = o.id
          WHERE o.primary_clinician_id <> n.primary_clinician_id));
  UPDATE client_summary summary SET revision = caseload.revision
  FROM new_rows n JOIN caseload_revision caseload ON caseload.clinician_id = n.primary_clinician_id
  WHERE summary.client_id = n.id;
  RETURN NULL;
END;
$$;
CREATE TRIGGER client_caseload_after_update AFTER UPDATE ON client
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_caseloads_of_changed_clients();

SELECT refresh_client_summaries(ARRAY(SELECT id FROM client));
