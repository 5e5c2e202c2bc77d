/**
 * The central store's schema 11: the dashboard's country and region figures — turnout by
 * hour, accommodation items by kind and status, information log entries by kind — kept per
 * region as the precinct rows under them change, so the dashboard reads a few hundred rows
 * whatever the number of precincts (docs/central-store.md, "The precincts table").
 *
 * Triggers keep them: every write of `turnout`, `request_items` and `infolog_entries` moves
 * its region's figure by the row's change, whichever code path made it, and a precinct moved
 * to another region (a newer package) takes its figures along. A figure that falls to zero
 * is deleted, so a store holds the same rows whatever order its files came in. The rows of a
 * precinct the store does not know have no region and count nowhere, as before.
 */
export const REGION_FIGURES_MIGRATION = `
  CREATE TABLE region_turnout (
    region TEXT NOT NULL,
    hour INTEGER NOT NULL,
    ballots INTEGER NOT NULL,
    PRIMARY KEY (region, hour)
  ) STRICT, WITHOUT ROWID;

  CREATE TABLE region_requests (
    region TEXT NOT NULL,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (region, kind, status)
  ) STRICT, WITHOUT ROWID;

  CREATE TABLE region_infolog (
    region TEXT NOT NULL,
    kind TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (region, kind)
  ) STRICT, WITHOUT ROWID;

  -- Moves one figure by a change (the precinct's region looked up) and drops it at zero.
  CREATE TRIGGER turnout_in AFTER INSERT ON turnout BEGIN
    INSERT INTO region_turnout (region, hour, ballots)
      SELECT region, NEW.hour, NEW.ballots FROM precincts WHERE precinct_id = NEW.precinct_id
      ON CONFLICT (region, hour) DO UPDATE SET ballots = ballots + excluded.ballots;
    DELETE FROM region_turnout WHERE hour = NEW.hour AND ballots = 0
      AND region = (SELECT region FROM precincts WHERE precinct_id = NEW.precinct_id);
  END;
  CREATE TRIGGER turnout_up AFTER UPDATE ON turnout BEGIN
    INSERT INTO region_turnout (region, hour, ballots)
      SELECT region, OLD.hour, -OLD.ballots FROM precincts WHERE precinct_id = OLD.precinct_id
      ON CONFLICT (region, hour) DO UPDATE SET ballots = ballots + excluded.ballots;
    INSERT INTO region_turnout (region, hour, ballots)
      SELECT region, NEW.hour, NEW.ballots FROM precincts WHERE precinct_id = NEW.precinct_id
      ON CONFLICT (region, hour) DO UPDATE SET ballots = ballots + excluded.ballots;
    DELETE FROM region_turnout WHERE ballots = 0 AND (region, hour) IN (
      SELECT region, OLD.hour FROM precincts WHERE precinct_id = OLD.precinct_id
      UNION SELECT region, NEW.hour FROM precincts WHERE precinct_id = NEW.precinct_id);
  END;
  CREATE TRIGGER turnout_out AFTER DELETE ON turnout BEGIN
    INSERT INTO region_turnout (region, hour, ballots)
      SELECT region, OLD.hour, -OLD.ballots FROM precincts WHERE precinct_id = OLD.precinct_id
      ON CONFLICT (region, hour) DO UPDATE SET ballots = ballots + excluded.ballots;
    DELETE FROM region_turnout WHERE hour = OLD.hour AND ballots = 0
      AND region = (SELECT region FROM precincts WHERE precinct_id = OLD.precinct_id);
  END;

  CREATE TRIGGER request_items_in AFTER INSERT ON request_items BEGIN
    INSERT INTO region_requests (region, kind, status, n)
      SELECT region, NEW.kind, NEW.status, 1 FROM precincts WHERE precinct_id = NEW.precinct_id
      ON CONFLICT (region, kind, status) DO UPDATE SET n = n + 1;
  END;
  CREATE TRIGGER request_items_up AFTER UPDATE ON request_items
  WHEN OLD.kind IS NOT NEW.kind OR OLD.status IS NOT NEW.status
    OR OLD.precinct_id IS NOT NEW.precinct_id BEGIN
    INSERT INTO region_requests (region, kind, status, n)
      SELECT region, OLD.kind, OLD.status, -1 FROM precincts WHERE precinct_id = OLD.precinct_id
      ON CONFLICT (region, kind, status) DO UPDATE SET n = n - 1;
    INSERT INTO region_requests (region, kind, status, n)
      SELECT region, NEW.kind, NEW.status, 1 FROM precincts WHERE precinct_id = NEW.precinct_id
      ON CONFLICT (region, kind, status) DO UPDATE SET n = n + 1;
    DELETE FROM region_requests WHERE n = 0;
  END;
  CREATE TRIGGER request_items_out AFTER DELETE ON request_items BEGIN
    INSERT INTO region_requests (region, kind, status, n)
      SELECT region, OLD.kind, OLD.status, -1 FROM precincts WHERE precinct_id = OLD.precinct_id
      ON CONFLICT (region, kind, status) DO UPDATE SET n = n - 1;
    DELETE FROM region_requests WHERE n = 0;
  END;

  -- An entry counts while it is not withdrawn and its kind is known.
  CREATE TRIGGER infolog_entries_in AFTER INSERT ON infolog_entries
  WHEN NEW.withdrawn = 0 AND NEW.kind IS NOT NULL BEGIN
    INSERT INTO region_infolog (region, kind, n)
      SELECT region, NEW.kind, 1 FROM precincts WHERE precinct_id = NEW.precinct_id
      ON CONFLICT (region, kind) DO UPDATE SET n = n + 1;
  END;
  CREATE TRIGGER infolog_entries_up AFTER UPDATE ON infolog_entries BEGIN
    INSERT INTO region_infolog (region, kind, n)
      SELECT region, OLD.kind, -1 FROM precincts
      WHERE precinct_id = OLD.precinct_id AND OLD.withdrawn = 0 AND OLD.kind IS NOT NULL
      ON CONFLICT (region, kind) DO UPDATE SET n = n - 1;
    INSERT INTO region_infolog (region, kind, n)
      SELECT region, NEW.kind, 1 FROM precincts
      WHERE precinct_id = NEW.precinct_id AND NEW.withdrawn = 0 AND NEW.kind IS NOT NULL
      ON CONFLICT (region, kind) DO UPDATE SET n = n + 1;
    DELETE FROM region_infolog WHERE n = 0;
  END;
  CREATE TRIGGER infolog_entries_out AFTER DELETE ON infolog_entries
  WHEN OLD.withdrawn = 0 AND OLD.kind IS NOT NULL BEGIN
    INSERT INTO region_infolog (region, kind, n)
      SELECT region, OLD.kind, -1 FROM precincts WHERE precinct_id = OLD.precinct_id
      ON CONFLICT (region, kind) DO UPDATE SET n = n - 1;
    DELETE FROM region_infolog WHERE n = 0;
  END;

  -- A precinct the store learns of after its rows (a restored registry) brings them in; one
  -- moved to another region takes them along.
  CREATE TRIGGER precincts_figures_in AFTER INSERT ON precincts BEGIN
    INSERT INTO region_turnout (region, hour, ballots)
      SELECT NEW.region, hour, ballots FROM turnout WHERE precinct_id = NEW.precinct_id
      ON CONFLICT (region, hour) DO UPDATE SET ballots = ballots + excluded.ballots;
    INSERT INTO region_requests (region, kind, status, n)
      SELECT NEW.region, kind, status, count(*) FROM request_items
      WHERE precinct_id = NEW.precinct_id GROUP BY kind, status
      ON CONFLICT (region, kind, status) DO UPDATE SET n = n + excluded.n;
    INSERT INTO region_infolog (region, kind, n)
      SELECT NEW.region, kind, count(*) FROM infolog_entries
      WHERE precinct_id = NEW.precinct_id AND withdrawn = 0 AND kind IS NOT NULL GROUP BY kind
      ON CONFLICT (region, kind) DO UPDATE SET n = n + excluded.n;
  END;
  CREATE TRIGGER precincts_figures_moved AFTER UPDATE OF region ON precincts
  WHEN OLD.region IS NOT NEW.region BEGIN
    INSERT INTO region_turnout (region, hour, ballots)
      SELECT OLD.region, hour, -ballots FROM turnout WHERE precinct_id = OLD.precinct_id
      ON CONFLICT (region, hour) DO UPDATE SET ballots = ballots + excluded.ballots;
    INSERT INTO region_turnout (region, hour, ballots)
      SELECT NEW.region, hour, ballots FROM turnout WHERE precinct_id = NEW.precinct_id
      ON CONFLICT (region, hour) DO UPDATE SET ballots = ballots + excluded.ballots;
    DELETE FROM region_turnout WHERE region = OLD.region AND ballots = 0;
    INSERT INTO region_requests (region, kind, status, n)
      SELECT OLD.region, kind, status, -count(*) FROM request_items
      WHERE precinct_id = OLD.precinct_id GROUP BY kind, status
      ON CONFLICT (region, kind, status) DO UPDATE SET n = n + excluded.n;
    INSERT INTO region_requests (region, kind, status, n)
      SELECT NEW.region, kind, status, count(*) FROM request_items
      WHERE precinct_id = NEW.precinct_id GROUP BY kind, status
      ON CONFLICT (region, kind, status) DO UPDATE SET n = n + excluded.n;
    DELETE FROM region_requests WHERE region = OLD.region AND n = 0;
    INSERT INTO region_infolog (region, kind, n)
      SELECT OLD.region, kind, -count(*) FROM infolog_entries
      WHERE precinct_id = OLD.precinct_id AND withdrawn = 0 AND kind IS NOT NULL GROUP BY kind
      ON CONFLICT (region, kind) DO UPDATE SET n = n + excluded.n;
    INSERT INTO region_infolog (region, kind, n)
      SELECT NEW.region, kind, count(*) FROM infolog_entries
      WHERE precinct_id = NEW.precinct_id AND withdrawn = 0 AND kind IS NOT NULL GROUP BY kind
      ON CONFLICT (region, kind) DO UPDATE SET n = n + excluded.n;
    DELETE FROM region_infolog WHERE region = OLD.region AND n = 0;
  END;

  -- What the store holds already.
  INSERT INTO region_turnout (region, hour, ballots)
    SELECT p.region, t.hour, sum(t.ballots) FROM turnout t JOIN precincts p USING (precinct_id)
    GROUP BY p.region, t.hour HAVING sum(t.ballots) <> 0;
  INSERT INTO region_requests (region, kind, status, n)
    SELECT p.region, r.kind, r.status, count(*) FROM request_items r
    JOIN precincts p USING (precinct_id) GROUP BY p.region, r.kind, r.status;
  INSERT INTO region_infolog (region, kind, n)
    SELECT p.region, e.kind, count(*) FROM infolog_entries e JOIN precincts p USING (precinct_id)
    WHERE e.withdrawn = 0 AND e.kind IS NOT NULL GROUP BY p.region, e.kind;
`;
