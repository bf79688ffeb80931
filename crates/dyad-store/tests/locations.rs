//! `Store::locations` reads the `mention_locations` table (schema version
//! 2). These tests check that it answers exactly what the version-1 query
//! over the event JSON answered, on a fresh database and on a version-1
//! database upgraded by the migration.

#![allow(clippy::type_complexity)] // tables of test cases as tuples

mod common;
use common::*;
use dyad_model::{Location, Record};
use dyad_store::{schema::MIGRATIONS, Locations, Place, Store, StoreError};
use rusqlite::Connection;
use std::path::Path;

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    /// A float in [lo, hi) with all 53 bits of mantissa used.
    fn float(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (self.next() >> 11) as f64 / (1u64 << 53) as f64 * (hi - lo)
    }
}

/// The shared corpus with locations of every kind: repeated places (some
/// named alike in two countries), full-precision random coordinates, whole
/// numbers, negative zero, missing, non-finite and out-of-range
/// coordinates, blank and missing countries, an empty place name, and
/// dateless mentions.
fn located_corpus(n: usize) -> Vec<Record> {
    let named: &[(&str, Option<&str>, Option<f64>, Option<f64>)] = &[
        ("Pyongyang", Some("PRK"), Some(39.03), Some(125.75)),
        ("Mosca", Some("RUS"), Some(55.75), Some(37.62)),
        ("Springfield", Some("USA"), Some(39.8), Some(-89.65)),
        ("Springfield", Some("AUS"), Some(-27.65), Some(152.9)),
        ("Roma", Some("ITA"), Some(42.0), Some(12.0)),
        ("Null Island", Some("XXX"), Some(-0.0), Some(0.0)),
        ("", Some("UKR"), Some(50.45), Some(30.52)),
        ("Senza coordinate", Some("VNM"), None, None),
        ("Solo lat", Some("VNM"), Some(21.0), None),
        ("Blank country", Some("  "), Some(1.0), Some(2.0)),
        ("No country", None, Some(3.0), Some(4.0)),
        ("Nowhere", Some("UKR"), Some(123.0), Some(0.0)),
        ("Far east", Some("RUS"), Some(60.0), Some(-181.5)),
        ("NaN", Some("CHN"), Some(f64::NAN), Some(1.0)),
        ("Inf", Some("CHN"), Some(2.0), Some(f64::INFINITY)),
    ];
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut recs = corpus(n);
    for (i, rec) in recs.iter_mut().enumerate() {
        for (j, e) in rec.events.iter_mut().enumerate() {
            let k = rng.next() % 20;
            e.location = match k {
                0..=2 => None,
                3..=5 => {
                    // A random place, full precision; a few repeat.
                    let seed = rng.next() % 40;
                    let mut r = Rng(seed * 7919 + 1);
                    Some(Location {
                        text: format!("Luogo {seed}"),
                        country: Some(["RUS", "PRK", "CHN"][(seed % 3) as usize].into()),
                        lat: Some(r.float(-90.0, 90.0)),
                        lon: Some(r.float(-180.0, 180.0)),
                    })
                }
                _ => {
                    let (text, country, lat, lon) = named[(i * 3 + j + k as usize) % named.len()];
                    Some(Location {
                        text: text.into(),
                        country: country.map(Into::into),
                        lat,
                        lon,
                    })
                }
            };
            if i % 17 == 0 {
                e.date = None;
                e.date_precision = None;
                e.date_source = None;
            }
        }
        if i % 34 == 0 {
            rec.doc.date = None; // dateless mentions: no day at all
        }
    }
    recs
}

/// The version-1 answer: the query `Store::locations` ran over the event
/// JSON before schema version 2, with the same bounds and filtering.
fn locations_v1(path: &Path, lo: &str, hi: &str, limit: i64) -> Vec<Place> {
    let conn = Connection::open(path).unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT json_extract(event, '$.location.text') AS place, location_country,
                    json_extract(event, '$.location.lat') AS lat, json_extract(event, '$.location.lon') AS lon,
                    COUNT(*) AS n
             FROM event_mentions
             WHERE location_country IS NOT NULL AND day BETWEEN ?1 AND ?2
             GROUP BY place, location_country, lat, lon
             HAVING lat IS NOT NULL AND lon IS NOT NULL
             ORDER BY n DESC, place LIMIT ?3",
        )
        .unwrap();
    stmt.query_map(rusqlite::params![lo, hi, limit], |r| {
        Ok(Place {
            text: r.get::<_, Option<String>>(0)?.unwrap_or_default(),
            country: r.get(1)?,
            lat: r.get(2)?,
            lon: r.get(3)?,
            mentions: r.get::<_, i64>(4)?.max(0) as usize,
        })
    })
    .unwrap()
    .collect::<Result<Vec<_>, _>>()
    .unwrap()
    .into_iter()
    .filter(|p| p.lat.is_finite() && p.lon.is_finite() && p.lat.abs() <= 90.0 && p.lon.abs() <= 180.0)
    .collect()
}

/// Ranges and limits to compare on: everything, a year, a month, a day, an
/// empty range, and limits that cut through ties.
const CASES: &[(Option<&str>, Option<&str>, &str, &str, usize)] = &[
    (None, None, "0000-01-01", "9999-12-31", 1000),
    (None, None, "0000-01-01", "9999-12-31", 5),
    (None, None, "0000-01-01", "9999-12-31", 1),
    (Some("2024"), None, "2024-01-01", "9999-12-31", 300),
    (Some("2024-03"), Some("2024-03"), "2024-03-01", "2024-03-31", 300),
    (Some("2024-05-02"), Some("2024-05-02"), "2024-05-02", "2024-05-02", 300),
    (Some("2030"), None, "2030-01-01", "9999-12-31", 300),
    (None, Some("2024-06"), "0000-01-01", "2024-06-30", 0),
];

/// Every case answers as version 1 did; returns the answers.
fn check_same_as_v1(store: &Store, path: &Path) -> Vec<Locations> {
    let mut answers = Vec::new();
    for &(since, until, lo, hi, limit) in CASES {
        let got = store.locations(since, until, limit).unwrap();
        let want = locations_v1(path, lo, hi, limit as i64);
        assert_eq!(got.places.len(), want.len(), "{since:?}..{until:?} limit {limit}");
        for (g, w) in got.places.iter().zip(&want) {
            // Bit for bit (PartialEq on f64 would let -0.0 pass for 0.0).
            assert_eq!(
                (&g.text, &g.country, g.lat.to_bits(), g.lon.to_bits(), g.mentions),
                (&w.text, &w.country, w.lat.to_bits(), w.lon.to_bits(), w.mentions),
                "{since:?}..{until:?} limit {limit}"
            );
        }
        answers.push(got);
    }
    answers
}

fn store_with(recs: &[Record]) -> (tempfile::TempDir, std::path::PathBuf, Store) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dyad.db");
    let mut store = Store::open(&path).unwrap();
    for batch in recs.chunks(50) {
        store.insert(batch).unwrap();
    }
    (dir, path, store)
}

#[test]
fn locations_answer_as_the_json_query_did() {
    let (_dir, path, store) = store_with(&located_corpus(400));
    let answers = check_same_as_v1(&store, &path);
    // The corpus exercises what it should: ties, two Springfields, random places.
    let all = &answers[0].places;
    assert!(all.len() > 40, "{}", all.len());
    assert_eq!(all.iter().filter(|p| p.text == "Springfield").count(), 2);
    assert!(all.iter().any(|p| p.text.is_empty()));
    assert!(all.windows(2).any(|w| w[0].mentions == w[1].mentions));
    for bad in [
        "Nowhere",
        "Far east",
        "NaN",
        "Inf",
        "Solo lat",
        "Senza coordinate",
        "Blank country",
        "No country",
    ] {
        assert!(!all.iter().any(|p| p.text == bad), "{bad}");
    }
    assert!(!answers[0].countries.is_empty());
    assert!(answers[6].places.is_empty() && answers[6].countries.is_empty());
    assert!(answers[7].places.is_empty());
}

/// The schema of a database, as `sqlite_master` lists it.
fn schema_of(conn: &Connection) -> Vec<(String, String, Option<String>)> {
    let mut stmt = conn
        .prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
        .unwrap();
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).unwrap();
    rows.collect::<Result<_, _>>().unwrap()
}

#[test]
fn a_version_1_database_is_upgraded_and_answers_the_same() {
    let recs = located_corpus(300);
    let (first, rest) = recs.split_at(200);
    let (dir, path, store) = store_with(first);
    let before = check_same_as_v1(&store, &path);
    drop(store);

    // Take the database back to version 1: the version-2 objects dropped,
    // the version-1 tables untouched (the migration only adds). Check it is
    // exactly what version 1 creates.
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch("DROP TABLE mention_locations; DROP INDEX clusters_location; PRAGMA user_version = 1;")
            .unwrap();
        let v1 = Connection::open(dir.path().join("v1.db")).unwrap();
        v1.execute_batch(MIGRATIONS[0]).unwrap();
        assert_eq!(schema_of(&conn), schema_of(&v1));
    }
    // Read-only cannot migrate.
    assert!(matches!(
        Store::open_read_only(&path),
        Err(StoreError::Outdated { found: 1, known: 2, .. })
    ));

    // Opened for writing, it is upgraded, backfilled from the event JSON.
    let mut store = Store::open_existing(&path).unwrap();
    let conn = Connection::open(&path).unwrap();
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(version, MIGRATIONS.len() as i64);
    let (rows, located): (i64, i64) = conn
        .query_row(
            "SELECT (SELECT COUNT(*) FROM mention_locations),
                    (SELECT COUNT(*) FROM event_mentions WHERE json_type(event, '$.location') = 'object')",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(rows, located);
    assert!(rows > 0);
    let after = check_same_as_v1(&store, &path);
    assert_eq!(after, before);

    // Read-only opening works again, and later inserts are located too.
    assert_eq!(
        Store::open_read_only(&path)
            .unwrap()
            .locations(None, None, 1000)
            .unwrap(),
        before[0]
    );
    store.insert(rest).unwrap();
    check_same_as_v1(&store, &path);

    // A backfilled row and the row an insert writes are the same.
    let (_d2, path2, _fresh) = store_with(&recs);
    let dump = |p: &Path| -> Vec<(Option<String>, Option<String>, Option<String>, Option<f64>, Option<f64>)> {
        let c = Connection::open(p).unwrap();
        let mut s = c
            .prepare(
                "SELECT l.day, l.place, l.country, l.lat, l.lon FROM mention_locations l
                 JOIN event_mentions m USING (mention_key) JOIN documents d USING (doc_key)
                 ORDER BY d.content_hash, m.idx",
            )
            .unwrap();
        let rows = s
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))
            .unwrap();
        rows.collect::<Result<_, _>>().unwrap()
    };
    let (a, b) = (dump(&path), dump(&path2));
    assert_eq!(a.len(), b.len());
    for (x, y) in a.iter().zip(&b) {
        assert_eq!((&x.0, &x.1, &x.2), (&y.0, &y.1, &y.2));
        assert_eq!(
            (x.3.map(f64::to_bits), x.4.map(f64::to_bits)),
            (y.3.map(f64::to_bits), y.4.map(f64::to_bits))
        );
    }
}
