import type { Migration } from '../migrate';

/**
 * Arrival day and the weeks after: staff, flights and their status on the day, pickup groups,
 * places, rooms and nights, the program schedule and the JIAM classes.
 * Times at an airport are kept twice: as entered in the airport's local time (`*_local`,
 * `YYYY-MM-DDTHH:MM`) and as the instant in UTC (`*_utc`, ISO with Z), so nothing is ambiguous.
 * Schedule times are Japan time (`YYYY-MM-DDTHH:MM`); nights are the date of the evening.
 */
export const arrivals: Migration = {
  version: 40,
  name: '0040-arrivals',
  up(db) {
    db.exec(`
      CREATE TABLE staff (
        id           TEXT PRIMARY KEY,
        name         TEXT NOT NULL,
        organisation TEXT NOT NULL CHECK (organisation IN ('clair', 'travel_agent', 'jiam', 'host', 'other')),
        phone        TEXT,
        email        TEXT,
        notes        TEXT,
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL
      );

      CREATE TABLE flights (
        id             TEXT PRIMARY KEY,
        trainee_id     TEXT NOT NULL REFERENCES trainees(id) ON DELETE CASCADE,
        kind           TEXT NOT NULL CHECK (kind IN ('arrival', 'return', 'domestic')),
        airline        TEXT NOT NULL,
        flight_number  TEXT NOT NULL,
        from_airport   TEXT NOT NULL,
        to_airport     TEXT NOT NULL,
        departs_local  TEXT NOT NULL,
        departs_utc    TEXT NOT NULL,
        arrives_local  TEXT NOT NULL,
        arrives_utc    TEXT NOT NULL,
        terminal       TEXT,
        booking_ref    TEXT,
        notes          TEXT,
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL
      );
      CREATE INDEX flights_trainee ON flights(trainee_id);

      -- What happened to an arrival on the day; the newest event not undone is the status.
      CREATE TABLE arrival_events (
        id                TEXT PRIMARY KEY,
        flight_id         TEXT NOT NULL REFERENCES flights(id) ON DELETE CASCADE,
        status            TEXT NOT NULL CHECK (status IN ('landed', 'met', 'on_transport', 'delayed', 'no_show', 'rebooked')),
        new_flight        TEXT,
        new_arrives_local TEXT,
        new_arrives_utc   TEXT,
        at                TEXT NOT NULL,
        by                TEXT,
        undone_at         TEXT,
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL
      );
      CREATE INDEX arrival_events_flight ON arrival_events(flight_id, at);

      CREATE TABLE places (
        id         TEXT PRIMARY KEY,
        kind       TEXT NOT NULL CHECK (kind IN ('hotel', 'jiam', 'host_housing', 'other')),
        name_ja    TEXT NOT NULL,
        name_en    TEXT,
        address    TEXT,
        phone      TEXT,
        notes      TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE rooms (
        id         TEXT PRIMARY KEY,
        place_id   TEXT NOT NULL REFERENCES places(id) ON DELETE CASCADE,
        name       TEXT NOT NULL,
        capacity   INTEGER NOT NULL CHECK (capacity BETWEEN 1 AND 20),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (place_id, name)
      );

      -- Nights from check_in up to the night before check_out.
      CREATE TABLE room_stays (
        id         TEXT PRIMARY KEY,
        year_id    TEXT NOT NULL REFERENCES program_years(id) ON DELETE CASCADE,
        trainee_id TEXT NOT NULL REFERENCES trainees(id) ON DELETE CASCADE,
        room_id    TEXT NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
        check_in   TEXT NOT NULL,
        check_out  TEXT NOT NULL CHECK (check_out > check_in),
        notes      TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX room_stays_year ON room_stays(year_id, check_in);

      CREATE TABLE pickup_groups (
        id                   TEXT PRIMARY KEY,
        year_id              TEXT NOT NULL REFERENCES program_years(id) ON DELETE CASCADE,
        name                 TEXT NOT NULL,
        airport              TEXT NOT NULL,
        terminal             TEXT,
        meeting_point        TEXT,
        meeting_time         TEXT,
        margin_minutes       INTEGER NOT NULL DEFAULT 60,
        window_from          TEXT,
        window_to            TEXT,
        transport            TEXT CHECK (transport IN ('bus', 'taxi', 'train')),
        destination_place_id TEXT REFERENCES places(id) ON DELETE SET NULL,
        notes                TEXT,
        created_at           TEXT NOT NULL,
        updated_at           TEXT NOT NULL
      );

      CREATE TABLE pickup_staff (
        id         TEXT PRIMARY KEY,
        group_id   TEXT NOT NULL REFERENCES pickup_groups(id) ON DELETE CASCADE,
        staff_id   TEXT NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (group_id, staff_id)
      );

      CREATE TABLE pickup_members (
        id         TEXT PRIMARY KEY,
        group_id   TEXT NOT NULL REFERENCES pickup_groups(id) ON DELETE CASCADE,
        trainee_id TEXT NOT NULL REFERENCES trainees(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (group_id, trainee_id)
      );

      CREATE TABLE schedule_events (
        id         TEXT PRIMARY KEY,
        year_id    TEXT NOT NULL REFERENCES program_years(id) ON DELETE CASCADE,
        kind       TEXT NOT NULL,
        starts_at  TEXT NOT NULL,
        ends_at    TEXT,
        title_ja   TEXT NOT NULL,
        title_en   TEXT,
        place      TEXT,
        audience   TEXT NOT NULL CHECK (audience IN ('all', 'chosen')),
        staff_id   TEXT REFERENCES staff(id) ON DELETE SET NULL,
        notes_ja   TEXT,
        notes_en   TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX schedule_events_year ON schedule_events(year_id, starts_at);

      CREATE TABLE event_attendees (
        id         TEXT PRIMARY KEY,
        event_id   TEXT NOT NULL REFERENCES schedule_events(id) ON DELETE CASCADE,
        trainee_id TEXT NOT NULL REFERENCES trainees(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (event_id, trainee_id)
      );

      CREATE TABLE jiam_classes (
        id         TEXT PRIMARY KEY,
        year_id    TEXT NOT NULL REFERENCES program_years(id) ON DELETE CASCADE,
        name       TEXT NOT NULL,
        level      TEXT NOT NULL CHECK (level IN ('beginner', 'elementary', 'intermediate', 'advanced')),
        notes      TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (year_id, name)
      );

      CREATE TABLE placements (
        id         TEXT PRIMARY KEY,
        trainee_id TEXT NOT NULL UNIQUE REFERENCES trainees(id) ON DELETE CASCADE,
        score      INTEGER CHECK (score BETWEEN 0 AND 100),
        class_id   TEXT REFERENCES jiam_classes(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
    `);
  },
};
