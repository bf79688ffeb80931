//! Store behaviour end to end: idempotence, filters, de-duplication,
//! analytics, search and exports.

mod common;
use common::*;
use dyad_model::Category;
use dyad_store::{DyadQuery, EventFilter, InsertOutcome, Period, Store, StoreError};

fn open() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("dyad.db")).unwrap();
    (dir, store)
}

#[test]
fn inserting_twice_stores_nothing_new() {
    let (_dir, mut store) = open();
    let recs = corpus(40);
    let first = store.insert(&recs).unwrap();
    assert!(first.iter().all(|o| *o == InsertOutcome::New { events: 2 }));
    let before = dump(&store);
    let second = store.insert(&recs).unwrap();
    assert!(second.iter().all(|o| *o == InsertOutcome::Unchanged));
    assert_eq!(dump(&store), before);
    let stats = store.stats().unwrap();
    assert_eq!((stats.documents, stats.event_mentions), (40, 80));
}

#[test]
fn the_same_story_from_three_outlets_is_one_cluster_with_three_mentions() {
    let (_dir, mut store) = open();
    let putin = || vec![actor("Putin", Some("RUS"))];
    let vietnam = || vec![actor("Vietnam", Some("VNM"))];
    let recs = vec![
        record(
            "a",
            "ansa.jsonl",
            Some("https://www.ansa.it/a"),
            "Putin in visita di Stato in Vietnam. Fonte ANSA.",
            Some("2024-06-20"),
            vec![event(
                Category::Consult,
                putin(),
                vietnam(),
                Some("2024-06-20"),
                Some("visit"),
                "visita di Stato",
            )],
        ),
        record(
            "b",
            "reuters.jsonl",
            Some("https://reuters.com/b"),
            "Putin arrives in Vietnam for a state visit.",
            Some("2024-06-20"),
            vec![event(
                Category::Consult,
                putin(),
                vietnam(),
                Some("2024-06-20"),
                Some("visit"),
                "state visit",
            )],
        ),
        // Reported a day later, with the compound side in another order.
        record(
            "c",
            "rai.jsonl",
            Some("https://rainews.it/c"),
            "Ieri il presidente russo Putin e Mosca in Vietnam.",
            Some("2024-06-21"),
            vec![event(
                Category::Consult,
                vec![actor("Mosca", Some("RUS")), actor("Putin", Some("RUS"))],
                vietnam(),
                Some("2024-06-20"),
                None,
                "in visita",
            )],
        ),
    ];
    store.insert(&recs).unwrap();
    // Re-ingest, and the ANSA text again from a fourth outlet with different spacing.
    let mut copy = recs[0].clone();
    copy.doc.source = "ilpost.jsonl".into();
    copy.doc.url = Some("https://www.ilpost.it/copy".into());
    copy.doc.text = copy.doc.text.replace(' ', "  ");
    let again = store.insert(&[recs.clone(), vec![copy]].concat()).unwrap();
    assert!(again.iter().all(|o| *o == InsertOutcome::Unchanged));

    let stats = store.stats().unwrap();
    assert_eq!(stats.documents, 3, "one document per distinct text");
    let clusters = store.clusters(&EventFilter::default()).unwrap();
    assert_eq!(clusters.len(), 1, "{clusters:#?}");
    let c = &clusters[0];
    assert_eq!((c.mentions, c.articles, c.sources), (3, 3, 4));
    assert_eq!(
        (c.first_seen.as_deref(), c.last_seen.as_deref()),
        (Some("2024-06-20"), Some("2024-06-21"))
    );
    assert_eq!(c.mode.as_deref(), Some("visit"));
    let mentions = store
        .events(&EventFilter {
            cluster: Some(c.id.clone()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(mentions.len(), 3);
}

#[test]
fn clustering_does_not_depend_on_ingestion_order() {
    let recs = corpus(60);
    let (_d1, mut a) = open();
    let (_d2, mut b) = open();
    a.insert(&recs).unwrap();
    let mut rev = recs.clone();
    rev.reverse();
    for chunk in rev.chunks(7) {
        b.insert(chunk).unwrap();
    }
    let ca = a.clusters(&EventFilter::default()).unwrap();
    let cb = b.clusters(&EventFilter::default()).unwrap();
    let key = |c: &dyad_store::EventCluster| {
        (
            c.id.clone(),
            c.mentions,
            c.articles,
            c.sources,
            c.date.clone(),
            c.first_seen.clone(),
            c.last_seen.clone(),
        )
    };
    assert_eq!(
        ca.iter().map(key).collect::<Vec<_>>(),
        cb.iter().map(key).collect::<Vec<_>>()
    );
    assert_eq!(
        a.dyads(&DyadQuery::default()).unwrap(),
        b.dyads(&DyadQuery::default()).unwrap()
    );
}

#[test]
fn different_days_and_negations_stay_apart() {
    let (_dir, mut store) = open();
    let mk = |id: &str, date: &str, negated: bool| {
        let mut e = event(
            Category::Agree,
            vec![actor("Russia", Some("RUS"))],
            vec![actor("PRK", Some("PRK"))],
            Some(date),
            None,
            "firma",
        );
        if negated {
            e.modality = dyad_model::Modality::Negated;
        }
        record(id, id, None, &format!("testo {id}"), Some(date), vec![e])
    };
    store
        .insert(&[
            mk("a", "2024-06-19", false),
            mk("b", "2024-06-25", false),
            mk("c", "2024-06-19", true),
        ])
        .unwrap();
    assert_eq!(store.clusters(&EventFilter::default()).unwrap().len(), 3);
}

#[test]
fn filters() {
    let (_dir, mut store) = open();
    store.insert(&corpus(112)).unwrap();
    let all = store.events(&EventFilter::default()).unwrap();
    assert_eq!(all.len(), 224);
    let rus = store
        .events(&EventFilter {
            actor: Some("RUS".into()),
            ..Default::default()
        })
        .unwrap();
    assert!(!rus.is_empty());
    assert!(rus
        .iter()
        .all(|e| e.event.actor.iter().any(|a| a.country.as_deref() == Some("RUS"))));
    let by_text = store
        .events(&EventFilter {
            actor: Some("rus".into()),
            ..Default::default()
        })
        .unwrap();
    assert!(
        by_text.len() <= rus.len() && !by_text.is_empty(),
        "lower-case matches actor text"
    );
    let ita = store
        .events(&EventFilter {
            recipient: Some("ITA".into()),
            event: Some(Category::Consult),
            ..Default::default()
        })
        .unwrap();
    assert!(ita.iter().all(|e| e.event.event == Category::Consult));
    let june = store
        .events(&EventFilter {
            since: Some("2024-03".into()),
            until: Some("2024-03".into()),
            ..Default::default()
        })
        .unwrap();
    assert!(!june.is_empty() && june.iter().all(|e| e.day.as_deref().unwrap().starts_with("2024-03")));
    assert_eq!(
        store
            .events(&EventFilter {
                limit: Some(5),
                ..Default::default()
            })
            .unwrap()
            .len(),
        5
    );
    let bad = store.events(&EventFilter {
        until: Some("2024-13-40".into()),
        ..Default::default()
    });
    assert!(matches!(bad, Err(StoreError::BadDate(_))));
    // Clusters honour the same filters.
    let c = store
        .clusters(&EventFilter {
            actor: Some("RUS".into()),
            recipient: Some("ITA".into()),
            ..Default::default()
        })
        .unwrap();
    assert!(
        !c.is_empty()
            && c.iter()
                .all(|c| c.source.split('+').any(|s| s == "RUS") && c.recipient == "ITA")
    );
}

#[test]
fn missing_database_is_not_created() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("none.db");
    let err = Store::open_existing(&path).err().unwrap();
    assert!(err.to_string().starts_with("no database at "), "{err}");
    assert!(!path.exists());
    let not_db = dir.path().join("junk.db");
    std::fs::write(&not_db, b"this is not sqlite, not at all, no").unwrap();
    assert!(Store::open_existing(&not_db).is_err());
}

#[test]
fn analytics() {
    let (_dir, mut store) = open();
    store.insert(&corpus(200)).unwrap();
    let dyads = store.dyads(&DyadQuery::default()).unwrap();
    assert!(!dyads.is_empty());
    assert!(dyads.windows(2).all(|w| w[0].events >= w[1].events));
    let total: usize = dyads.iter().map(|d| d.events).sum();
    let monthly = store
        .dyads(&DyadQuery {
            period: Period::Month,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(monthly.iter().map(|d| d.events).sum::<usize>(), total);
    for d in &dyads {
        assert_eq!(d.quad.iter().sum::<usize>(), d.events);
        assert!((-1.0..=1.0).contains(&d.index));
    }
    let tl = store.timeline("RUS", "ITA", Period::Month, None, None).unwrap();
    assert!(tl.windows(2).all(|w| w[0].period < w[1].period));
    let actors = store.actors(None, None, Some(5)).unwrap();
    assert_eq!(actors.len(), 5);
    let pr: f64 = store.actors(None, None, None).unwrap().iter().map(|a| a.pagerank).sum();
    assert!((pr - 1.0).abs() < 1e-6, "pagerank sums to 1: {pr}");
    let stats = store.stats().unwrap();
    assert_eq!(stats.clusters, store.clusters(&EventFilter::default()).unwrap().len());
    assert!(!stats.top_dyads.is_empty() && !stats.top_actors.is_empty());
}

#[test]
fn search_folds_diacritics_and_survives_bad_syntax() {
    let (_dir, mut store) = open();
    store
        .insert(&[record(
            "g",
            "g.txt",
            None,
            "Giovedì Putin è arrivato a Pyongyang.",
            Some("2024-06-20"),
            vec![],
        )])
        .unwrap();
    let hits = store.search("giovedi", 10, ("[", "]")).unwrap();
    assert_eq!(hits.len(), 1);
    assert!(hits[0].snippet.contains("[Giovedì]"), "{}", hits[0].snippet);
    assert_eq!(store.search("Putin AND (", 10, ("[", "]")).unwrap().len(), 1);
    assert!(store.search("Biden", 10, ("[", "]")).unwrap().is_empty());
}

#[test]
fn exports() {
    let (_dir, mut store) = open();
    let recs = corpus(30);
    store.insert(&recs).unwrap();
    let mut jsonl = Vec::new();
    assert_eq!(store.export_jsonl(&mut jsonl).unwrap(), 30);
    let expected: String = recs.iter().map(|r| serde_json::to_string(r).unwrap() + "\n").collect();
    assert_eq!(
        String::from_utf8(jsonl).unwrap(),
        expected,
        "records come back byte for byte"
    );
    let mut csv = Vec::new();
    assert_eq!(store.export_csv(&mut csv).unwrap(), 60);
    let csv = String::from_utf8(csv).unwrap();
    let header: Vec<&str> = csv.lines().next().unwrap().split(',').collect();
    assert_eq!(header, dyad_store::export::COLUMNS);
    let (mut g, mut x) = (Vec::new(), Vec::new());
    let (n, e) = store.export_graphml(&mut g).unwrap();
    assert!(n > 0 && e > 0);
    assert_eq!(store.export_gexf(&mut x).unwrap(), (n, e));
    let g = String::from_utf8(g).unwrap();
    assert_eq!(g.matches("<edge ").count(), e);
    assert_eq!(g.matches("<node ").count(), n);
}
