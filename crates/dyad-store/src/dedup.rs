//! Cross-article event de-duplication: event mentions that report the same
//! happening are grouped into one cluster (GDELT's event, with NumMentions,
//! NumArticles, NumSources).
//!
//! The rule (also in `docs/store.md`):
//! 1. **Blocking.** Only mentions in the same block can cluster. The block is
//!    the PLOVER category, the polarity (negated or not), and the dyad as two
//!    sets of actor codes (source set, recipient set). Sets make the dyad
//!    independent of the order and repetition of compound actors: "Russia and
//!    China" and "Cina e Russia" (or "Putin and Russia") are the same side.
//! 2. **Order.** A block's mentions are sorted by event day (dateless last),
//!    then document content hash, then position in the document: a function
//!    of the stored set alone, not of ingestion order.
//! 3. **Sweep.** Each mention joins the most recent compatible cluster, else
//!    starts one. Compatible means: both dated, and its day is at most
//!    `max(tolerance)` days after the cluster's first day (tolerance: 1 day for
//!    a day-precise text date, 2 when the publication date stands in, 7/31/366
//!    for week/month/year precision), or both dateless; modes equal or one
//!    missing (the mode is the language-independent form of the trigger:
//!    "visita di Stato" and "state visit" are both CONSULT/visit); event
//!    locations in the same country, or one missing. Measuring from the
//!    cluster's *first* day keeps daily repeated events (a month of shelling)
//!    from chaining into one cluster.
//! 4. **Identity.** A cluster's id is a stable hash of its first mention
//!    (document content hash and event position), so it survives re-runs.
//!
//! A block is re-clustered whenever a mention is added to it, inside the
//! insert transaction; only clusters whose content changed are rewritten.

use crate::dates;
use rusqlite::{params, Transaction};
use std::collections::{BTreeSet, HashMap};

/// Longest tolerance: a cluster whose first day is further back than this
/// can take no new mention, so the sweep stops looking.
const MAX_TOLERANCE: i64 = 366;

#[derive(Debug)]
struct Mention {
    key: i64,
    doc_key: i64,
    content_hash: String,
    idx: i64,
    day_num: Option<i64>,
    day: Option<String>,
    tolerance: i64,
    mode: Option<String>,
    location: Option<String>,
    score: f64,
    doc_date: Option<String>,
    old_cluster: Option<String>,
    trigger: String,
}

struct Draft {
    first_day: Option<i64>,
    tolerance: i64,
    mode: Option<String>,
    location: Option<String>,
    members: Vec<usize>,
}

fn compatible(c: &Draft, m: &Mention) -> bool {
    let dates_ok = match (c.first_day, m.day_num) {
        (Some(a), Some(b)) => (b - a).abs() <= c.tolerance.max(m.tolerance),
        (None, None) => true,
        _ => false,
    };
    let same_or_missing = |a: &Option<String>, b: &Option<String>| match (a, b) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    };
    dates_ok && same_or_missing(&c.mode, &m.mode) && same_or_missing(&c.location, &m.location)
}

/// Groups a block's mentions (already sorted) into clusters of indices.
fn sweep(mentions: &[Mention]) -> Vec<Draft> {
    let mut drafts: Vec<Draft> = Vec::new();
    for (i, m) in mentions.iter().enumerate() {
        let mut found = None;
        for (j, c) in drafts.iter().enumerate().rev() {
            if let (Some(first), Some(day)) = (c.first_day, m.day_num) {
                if day - first > MAX_TOLERANCE {
                    break;
                }
            }
            if compatible(c, m) {
                found = Some(j);
                break;
            }
        }
        match found {
            Some(j) => {
                let c = &mut drafts[j];
                c.members.push(i);
                // A cluster learns a mode or a place from its first mention that has one.
                if c.mode.is_none() {
                    c.mode = m.mode.clone();
                }
                if c.location.is_none() {
                    c.location = m.location.clone();
                }
            }
            None => drafts.push(Draft {
                first_day: m.day_num,
                tolerance: m.tolerance,
                mode: m.mode.clone(),
                location: m.location.clone(),
                members: vec![i],
            }),
        }
    }
    drafts
}

/// The cluster row as stored, for change detection.
#[derive(Debug, PartialEq)]
struct Row {
    mode: Option<String>,
    day: Option<String>,
    first_seen: Option<String>,
    last_seen: Option<String>,
    mentions: i64,
    articles: i64,
    sources: i64,
    score: f64,
    location: Option<String>,
    trigger: String,
    rep: i64,
    rep_doc: i64,
}

/// Re-clusters one block and writes what changed.
pub(crate) fn rebuild_block(tx: &Transaction, block: &str) -> rusqlite::Result<()> {
    let mut mentions: Vec<Mention> = {
        let mut stmt = tx.prepare_cached(
            "SELECT m.mention_key, m.doc_key, d.content_hash, m.idx, m.day_num, m.day, m.tolerance, m.mode,
                    m.location_country, m.score, d.date, m.cluster_id, m.trigger
             FROM event_mentions m JOIN documents d ON d.doc_key = m.doc_key
             WHERE m.block_key = ?1",
        )?;
        let rows = stmt.query_map([block], |r| {
            Ok(Mention {
                key: r.get(0)?,
                doc_key: r.get(1)?,
                content_hash: r.get(2)?,
                idx: r.get(3)?,
                day_num: r.get(4)?,
                day: r.get(5)?,
                tolerance: r.get(6)?,
                mode: r.get(7)?,
                location: r.get(8)?,
                score: r.get(9)?,
                doc_date: r.get(10)?,
                old_cluster: r.get(11)?,
                trigger: r.get(12)?,
            })
        })?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    mentions.sort_by(|a, b| {
        (a.day_num.is_none(), a.day_num, &a.content_hash, a.idx).cmp(&(
            b.day_num.is_none(),
            b.day_num,
            &b.content_hash,
            b.idx,
        ))
    });
    let drafts = sweep(&mentions);

    let (category, negated, source_key, recipient_key) = parse_block(block);
    let quad = category
        .parse::<dyad_model::Category>()
        .map(|c| c.quad().number())
        .unwrap_or(0);

    // Outlets of every document in the block, for source counts.
    let mut outlets: HashMap<i64, Vec<String>> = HashMap::new();
    {
        let mut stmt = tx.prepare_cached(
            "SELECT s.doc_key, s.outlet FROM document_sources s
             WHERE s.doc_key IN (SELECT doc_key FROM event_mentions WHERE block_key = ?1)",
        )?;
        let rows = stmt.query_map([block], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?;
        for row in rows {
            let (k, o) = row?;
            outlets.entry(k).or_default().push(o);
        }
    }
    let mut old_rows: HashMap<String, Row> = HashMap::new();
    {
        let mut stmt = tx.prepare_cached(
            "SELECT cluster_id, mode, day, first_seen, last_seen, mentions, articles, sources, score,
                    location_country, trigger, rep_mention_key, rep_doc_key
             FROM clusters WHERE block_key = ?1",
        )?;
        let rows = stmt.query_map([block], |r| {
            Ok((
                r.get::<_, String>(0)?,
                Row {
                    mode: r.get(1)?,
                    day: r.get(2)?,
                    first_seen: r.get(3)?,
                    last_seen: r.get(4)?,
                    mentions: r.get(5)?,
                    articles: r.get(6)?,
                    sources: r.get(7)?,
                    score: r.get(8)?,
                    location: r.get(9)?,
                    trigger: r.get(10)?,
                    rep: r.get(11)?,
                    rep_doc: r.get(12)?,
                },
            ))
        })?;
        for row in rows {
            let (id, row) = row?;
            old_rows.insert(id, row);
        }
    }

    let mut kept: BTreeSet<String> = BTreeSet::new();
    for draft in &drafts {
        let rep = &mentions[draft.members[0]];
        let id = dyad_model::stable_hash(&["cluster", &rep.content_hash, &rep.idx.to_string()]);
        let members: Vec<&Mention> = draft.members.iter().map(|&i| &mentions[i]).collect();
        let docs: BTreeSet<i64> = members.iter().map(|m| m.doc_key).collect();
        let sources: BTreeSet<&str> = docs
            .iter()
            .flat_map(|k| outlets.get(k).into_iter().flatten())
            .map(String::as_str)
            .collect();
        let seen: Vec<&str> = members
            .iter()
            .filter_map(|m| m.doc_date.as_deref().or(m.day.as_deref()))
            .collect();
        // Mean score, summed in a fixed order so the value is reproducible to the bit.
        let score = members.iter().map(|m| m.score).sum::<f64>() / members.len() as f64;
        let row = Row {
            mode: draft.mode.clone(),
            day: rep.day.clone(),
            first_seen: seen.iter().min().map(|s| s.to_string()),
            last_seen: seen.iter().max().map(|s| s.to_string()),
            mentions: members.len() as i64,
            articles: docs.len() as i64,
            sources: sources.len().max(1) as i64,
            score,
            location: draft.location.clone(),
            trigger: rep.trigger.clone(),
            rep: rep.key,
            rep_doc: rep.doc_key,
        };
        let membership_same = members.iter().all(|m| m.old_cluster.as_deref() == Some(id.as_str()));
        let unchanged = membership_same && old_rows.get(&id) == Some(&row);
        kept.insert(id.clone());
        if unchanged {
            continue;
        }
        tx.prepare_cached(
            "INSERT OR REPLACE INTO clusters (cluster_id, block_key, category, mode, quad, negated, source_key,
                 recipient_key, day, first_seen, last_seen, mentions, articles, sources, score, location_country,
                 trigger, rep_mention_key, rep_doc_key)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)",
        )?
        .execute(params![
            id,
            block,
            category,
            row.mode,
            quad,
            negated,
            source_key,
            recipient_key,
            row.day,
            row.first_seen,
            row.last_seen,
            row.mentions,
            row.articles,
            row.sources,
            row.score,
            row.location,
            row.trigger,
            row.rep,
            row.rep_doc
        ])?;
        for m in &members {
            if m.old_cluster.as_deref() != Some(id.as_str()) {
                tx.prepare_cached("UPDATE event_mentions SET cluster_id = ?1 WHERE mention_key = ?2")?
                    .execute(params![id, m.key])?;
            }
        }
        write_dyads(tx, &id, category, quad, &row)?;
    }
    for old in old_rows.keys().filter(|id| !kept.contains(*id)) {
        tx.prepare_cached("DELETE FROM clusters WHERE cluster_id = ?1")?
            .execute([old])?;
        tx.prepare_cached("DELETE FROM cluster_dyads WHERE cluster_id = ?1")?
            .execute([old])?;
    }
    Ok(())
}

/// Splits a block key `CATEGORY|pos-or-neg|SOURCES|RECIPIENTS`.
fn parse_block(block: &str) -> (&str, bool, &str, &str) {
    let mut parts = block.splitn(4, '|');
    let category = parts.next().unwrap_or("");
    let negated = parts.next() == Some("neg");
    (
        category,
        negated,
        parts.next().unwrap_or(""),
        parts.next().unwrap_or(""),
    )
}

/// One `cluster_dyads` row per (source code, recipient code) pair of the
/// cluster's representative mention. Clusters without a recipient have none.
fn write_dyads(tx: &Transaction, id: &str, category: &str, quad: u8, row: &Row) -> rusqlite::Result<()> {
    tx.prepare_cached("DELETE FROM cluster_dyads WHERE cluster_id = ?1")?
        .execute([id])?;
    let mut sources = BTreeSet::new();
    let mut recipients = BTreeSet::new();
    {
        let mut stmt = tx.prepare_cached("SELECT role, code FROM event_actors WHERE mention_key = ?1")?;
        let rows = stmt.query_map([row.rep], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        for r in rows {
            let (role, code) = r?;
            if role == "source" {
                sources.insert(code);
            } else {
                recipients.insert(code);
            }
        }
    }
    let day_num = row.day.as_deref().and_then(dates::day_number);
    let week = day_num.map(dates::iso_week);
    let month = row.day.as_deref().map(|d| d.chars().take(7).collect::<String>());
    let mut stmt = tx.prepare_cached(
        "INSERT INTO cluster_dyads (cluster_id, source, recipient, category, day, week, month, quad, score, mentions)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?;
    for s in &sources {
        for r in &recipients {
            stmt.execute(params![
                id,
                s,
                r,
                category,
                row.day,
                week,
                month,
                quad,
                row.score,
                row.mentions
            ])?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(day: Option<i64>, tol: i64, mode: Option<&str>, loc: Option<&str>) -> Mention {
        Mention {
            key: 0,
            doc_key: 0,
            content_hash: String::new(),
            idx: 0,
            day_num: day,
            day: None,
            tolerance: tol,
            mode: mode.map(Into::into),
            location: loc.map(Into::into),
            score: 0.0,
            doc_date: None,
            old_cluster: None,
            trigger: String::new(),
        }
    }

    fn sizes(ms: &[Mention]) -> Vec<usize> {
        sweep(ms).iter().map(|d| d.members.len()).collect()
    }

    #[test]
    fn close_dates_merge_and_daily_repeats_do_not_chain() {
        let ms = [
            m(Some(10), 1, None, None),
            m(Some(11), 1, None, None),
            m(Some(12), 1, None, None),
            m(Some(13), 1, None, None),
        ];
        assert_eq!(sizes(&ms), [2, 2]);
        let ms = [m(Some(10), 1, None, None), m(Some(40), 31, None, None)];
        assert_eq!(sizes(&ms), [2]);
    }

    #[test]
    fn modes_places_and_missing_dates() {
        let ms = [
            m(Some(10), 1, Some("visit"), None),
            m(Some(10), 1, Some("phone"), None),
            m(Some(10), 1, None, Some("VNM")),
        ];
        assert_eq!(sizes(&ms), [1, 2]); // the unmoded one joins the most recent compatible cluster
        let ms = [m(Some(10), 1, None, Some("VNM")), m(Some(10), 1, None, Some("PRK"))];
        assert_eq!(sizes(&ms), [1, 1]);
        let ms = [
            m(Some(10), 1, None, None),
            m(None, 2, None, None),
            m(None, 2, None, None),
        ];
        assert_eq!(sizes(&ms), [1, 2]);
    }
}
