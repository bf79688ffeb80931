//! The read API clients use instead of SQL (the server among them): event
//! pages in each order with offsets and totals, the document filter, stored
//! articles, event details with sentences, locations, the date range, top
//! actors, and read-only opening.

mod common;
use common::*;
use dyad_model::{Category, Location, Record};
use dyad_store::{DocumentSource, EventFilter, EventOrder, Store, StoreError};

/// The corpus, plus dateless events (so every order has both kinds) and
/// located ones (dated by publication only).
fn records() -> Vec<Record> {
    let mut recs = corpus(30);
    for i in 0..6 {
        let text = format!("Senza data {i}: Putin incontra Kim a Pyongyang.");
        let mut e = event(
            Category::ALL[i],
            vec![actor("Putin", Some("RUS"))],
            vec![actor("Kim", Some("PRK"))],
            None,
            None,
            "incontra",
        );
        e.start = 0;
        e.end = text.len();
        let mut published = None;
        if i >= 3 {
            e.location = Some(Location {
                text: "Pyongyang".into(),
                country: Some("PRK".into()),
                lat: Some(39.03),
                lon: Some(125.75),
            });
            published = Some("2024-05-01");
        }
        recs.push(record(
            &format!("nodate{i}"),
            "nodate.jsonl",
            None,
            &text,
            published,
            vec![e],
        ));
    }
    // A place with impossible coordinates is left off the map.
    let mut bad = event(
        Category::Assault,
        vec![actor("x", Some("UKR"))],
        vec![actor("y", Some("RUS"))],
        Some("2024-03-01"),
        None,
        "attacco",
    );
    bad.location = Some(Location {
        text: "Nowhere".into(),
        country: Some("UKR".into()),
        lat: Some(123.0),
        lon: Some(0.0),
    });
    recs.push(record(
        "bad-place",
        "b.jsonl",
        None,
        "Un attacco.",
        Some("2024-03-01"),
        vec![bad],
    ));
    recs
}

fn open() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("dyad.db")).unwrap();
    store.insert(&records()).unwrap();
    (dir, store)
}

fn ids(store: &Store, f: &EventFilter) -> Vec<String> {
    store.clusters(f).unwrap().into_iter().map(|c| c.id).collect()
}

#[test]
fn every_order_pages_with_offsets_and_totals() {
    let (_dir, store) = open();
    for order in [EventOrder::Oldest, EventOrder::Newest, EventOrder::DatelessFirst] {
        let all = store
            .clusters(&EventFilter {
                order,
                ..Default::default()
            })
            .unwrap();
        let total = store
            .count_clusters(&EventFilter {
                order,
                limit: Some(3),
                offset: 7,
                ..Default::default()
            })
            .unwrap();
        assert_eq!(total, all.len());
        assert!(all.iter().any(|c| c.date.is_none()) && all.iter().any(|c| c.date.is_some()));
        // The order: dated by day (ties by id), dateless by id, where the order puts them.
        let key = |c: &dyad_store::EventCluster| (c.date.clone(), c.id.clone());
        let (dated, dateless): (Vec<_>, Vec<_>) = all.iter().partition(|c| c.date.is_some());
        let mut want_dated: Vec<_> = dated.iter().map(|c| key(c)).collect();
        want_dated.sort_by(|a, b| match order {
            EventOrder::Newest => b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)),
            _ => a.cmp(b),
        });
        let mut want_dateless: Vec<_> = dateless.iter().map(|c| key(c)).collect();
        want_dateless.sort();
        let want: Vec<_> = match order {
            EventOrder::DatelessFirst => want_dateless.into_iter().chain(want_dated).collect(),
            _ => want_dated.into_iter().chain(want_dateless).collect(),
        };
        assert_eq!(all.iter().map(key).collect::<Vec<_>>(), want, "{order:?}");
        // Pages of every size put together give the whole list, across the dated/dateless seam.
        let all_ids: Vec<String> = all.iter().map(|c| c.id.clone()).collect();
        for size in [1, 4, 7, 100] {
            let mut paged = Vec::new();
            for offset in (0..all.len() + size).step_by(size) {
                paged.extend(ids(
                    &store,
                    &EventFilter {
                        order,
                        offset,
                        limit: Some(size),
                        ..Default::default()
                    },
                ));
            }
            assert_eq!(paged, all_ids, "{order:?}, pages of {size}");
        }
        // An offset alone, and past the end.
        assert_eq!(
            ids(
                &store,
                &EventFilter {
                    order,
                    offset: 5,
                    ..Default::default()
                }
            ),
            all_ids[5..]
        );
        assert!(ids(
            &store,
            &EventFilter {
                order,
                offset: all.len() + 1,
                ..Default::default()
            }
        )
        .is_empty());
        // Mentions page the same way.
        let mentions = store
            .events(&EventFilter {
                order,
                ..Default::default()
            })
            .unwrap();
        assert_eq!(store.count_events(&EventFilter::default()).unwrap(), mentions.len());
        let tail = store
            .events(&EventFilter {
                order,
                offset: 10,
                limit: Some(50),
                ..Default::default()
            })
            .unwrap();
        assert_eq!(tail, mentions[10..].iter().take(50).cloned().collect::<Vec<_>>());
    }
}

#[test]
fn filters_combine_with_pages_and_the_document_filter() {
    let (_dir, store) = open();
    let f = EventFilter {
        actor: Some("RUS".into()),
        order: EventOrder::Newest,
        ..Default::default()
    };
    let all = ids(&store, &f);
    assert_eq!(store.count_clusters(&f).unwrap(), all.len());
    assert_eq!(
        ids(
            &store,
            &EventFilter {
                offset: 2,
                limit: Some(3),
                ..f.clone()
            }
        ),
        all[2..5]
    );

    // Clusters with a mention in doc3: exactly those its mentions belong to.
    let doc = EventFilter {
        doc: Some("doc3".into()),
        ..Default::default()
    };
    let mentions = store.events(&doc).unwrap();
    assert_eq!(mentions.len(), 2);
    assert!(mentions.iter().all(|m| m.doc_id == "doc3"));
    let mut want: Vec<String> = mentions.iter().filter_map(|m| m.cluster_id.clone()).collect();
    want.sort();
    let mut got = ids(&store, &doc);
    got.sort();
    assert_eq!(got, want);
    assert_eq!(store.count_clusters(&doc).unwrap(), want.len());
    assert_eq!(
        store
            .count_clusters(&EventFilter {
                doc: Some("nope".into()),
                ..Default::default()
            })
            .unwrap(),
        0
    );
}

#[test]
fn articles_carry_clusters_and_every_source() {
    let (_dir, mut store) = open();
    let recs = records();
    // The same text read again from elsewhere adds a source, not a document.
    let mut again = recs[3].clone();
    again.doc.source = "mirror.jsonl".into();
    again.doc.url = Some("https://mirror.example/3".into());
    store.insert(&[again]).unwrap();

    let a = store.article("doc3").unwrap().unwrap();
    assert_eq!(a.record, recs[3]);
    assert_eq!(a.clusters.len(), a.record.events.len());
    let by_doc = store
        .events(&EventFilter {
            doc: Some("doc3".into()),
            ..Default::default()
        })
        .unwrap();
    for (event, cluster) in a.record.events.iter().zip(&a.clusters) {
        let m = by_doc.iter().find(|m| m.event == *event).unwrap();
        assert_eq!(cluster, &m.cluster_id);
        assert!(cluster.is_some());
    }
    assert_eq!(
        a.sources,
        vec![
            DocumentSource {
                source: "corpus/3.txt".into(),
                url: None
            },
            DocumentSource {
                source: "mirror.jsonl".into(),
                url: Some("https://mirror.example/3".into())
            },
        ]
    );
    assert!(store.article("nope").unwrap().is_none());
}

#[test]
fn event_detail_gives_mentions_with_their_sentences() {
    let (_dir, store) = open();
    let c = store
        .clusters(&EventFilter {
            doc: Some("nodate2".into()),
            ..Default::default()
        })
        .unwrap()
        .remove(0);
    let d = store.event_detail(&c.id, 10).unwrap().unwrap();
    assert_eq!(d.cluster, c);
    assert_eq!(d.mentions.len(), c.mentions);
    let m = &d.mentions[0];
    assert_eq!(m.mention.doc_id, "nodate2");
    assert_eq!(
        m.sentence.as_deref(),
        Some("Senza data 2: Putin incontra Kim a Pyongyang.")
    );
    // A span outside the text gives no sentence; the limit caps mentions.
    let c = store
        .clusters(&EventFilter {
            doc: Some("doc0".into()),
            ..Default::default()
        })
        .unwrap()
        .remove(0);
    let d = store.event_detail(&c.id, 1).unwrap().unwrap();
    assert_eq!(d.mentions.len(), 1);
    let e = &d.mentions[0].mention.event;
    let text = &store
        .article(&d.mentions[0].mention.doc_id)
        .unwrap()
        .unwrap()
        .record
        .doc
        .text;
    assert_eq!(d.mentions[0].sentence.as_deref(), text.get(e.start..e.end));
    assert!(store.event_detail("nope", 10).unwrap().is_none());
}

#[test]
fn locations_and_date_range() {
    let (_dir, store) = open();
    let loc = store.locations(None, None, 10).unwrap();
    assert_eq!(loc.places.len(), 1, "{loc:?}");
    let p = &loc.places[0];
    assert_eq!(
        (p.text.as_str(), p.country.as_deref(), p.lat, p.lon, p.mentions),
        ("Pyongyang", Some("PRK"), 39.03, 125.75, 3)
    );
    assert_eq!(loc.countries, vec![("PRK".to_string(), 3), ("UKR".to_string(), 1)]);
    assert!(store.locations(Some("2025"), None, 10).unwrap().countries.is_empty());
    assert!(matches!(
        store.locations(Some("June"), None, 10),
        Err(StoreError::BadDate(_))
    ));

    let (first, last) = store.date_range().unwrap();
    let days: Vec<String> = store
        .clusters(&Default::default())
        .unwrap()
        .into_iter()
        .filter_map(|c| c.date)
        .collect();
    assert_eq!(first.as_ref(), days.iter().min());
    assert_eq!(last.as_ref(), days.iter().max());
}

#[test]
fn top_actors_count_each_cluster_once() {
    let (dir, store) = open();
    let top = store.stats().unwrap().top_actors;
    // The definition, in SQL: distinct clusters per actor code, either side.
    let conn = rusqlite::Connection::open(dir.path().join("dyad.db")).unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT a.code, COUNT(DISTINCT c.cluster_id) AS n
             FROM clusters c JOIN event_actors a ON a.mention_key = c.rep_mention_key
             GROUP BY a.code ORDER BY n DESC, a.code LIMIT 10",
        )
        .unwrap();
    let want: Vec<(String, usize)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get::<_, i64>(1)? as usize)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(top, want);
    assert!(!top.is_empty());
}

#[test]
fn read_only_stores_read_everything_and_write_nothing() {
    let (dir, store) = open();
    let path = dir.path().join("dyad.db");
    let mut ro = Store::open_read_only(&path).unwrap();
    assert_eq!(dump(&ro), dump(&store));
    let err = ro.insert(&corpus(1)).unwrap_err();
    assert!(
        err.to_string().contains("readonly")
            || err.to_string().contains("read-only")
            || err.to_string().contains("query_only"),
        "{err}"
    );
    assert!(matches!(
        Store::open_read_only(&dir.path().join("none.db")),
        Err(StoreError::Missing(_))
    ));
    // A database with another schema version is refused, not misread.
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.pragma_update(None, "user_version", 0).unwrap();
    assert!(matches!(
        Store::open_read_only(&path),
        Err(StoreError::Outdated { found: 0, .. })
    ));
    conn.pragma_update(None, "user_version", 99).unwrap();
    assert!(matches!(
        Store::open_read_only(&path),
        Err(StoreError::TooNew { found: 99, .. })
    ));
}
