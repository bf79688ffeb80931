//! Leaders and their offices at a date: which sector a leader's mention
//! carries on the article's date ("Biden" in 2024 is USA GOV, in 2026 a
//! former president, coded ELI), and who held an office then ("il
//! presidente russo" in June 2024 is Putin).

use crate::gazetteer::{Gazetteer, Leader};

/// Sector code for a former office-holder. PLOVER has no such sector; we
/// borrow CAMEO's ELI ("elites": former officials and other notables) so the
/// coder can tell a state actor from an ex-official of the same country.
pub const FORMER: &str = "ELI";

/// The country and sector a leader's mention carries on `date`
/// (`YYYY-MM-DD`; `None` = today: open terms count, closed ones are past).
pub(crate) fn status_at(leader: &Leader, date: Option<&str>) -> (Option<String>, Option<String>) {
    let covers = |start: &str, end: Option<&str>| match date {
        Some(d) => start <= d && end.is_none_or(|e| d < e),
        None => end.is_none(),
    };
    // a term that covers the date, preferring a state office over a party one
    let mut best: Option<&crate::gazetteer::Term> = None;
    for t in &leader.terms {
        if covers(&t.start, t.end.as_deref()) {
            let better = match best {
                None => true,
                Some(b) => b.sector != "GOV" && t.sector == "GOV",
            };
            if better {
                best = Some(t);
            }
        }
    }
    if let Some(t) = best {
        return (Some(t.country.clone()), Some(t.sector.clone()));
    }
    let ended = leader
        .terms
        .iter()
        .filter(|t| t.end.as_deref().is_some_and(|e| date.is_none_or(|d| e <= d)))
        .max_by(|a, b| a.end.cmp(&b.end));
    if let Some(t) = ended {
        return (Some(t.country.clone()), Some(FORMER.to_string()));
    }
    // not yet in office on that date
    (leader.terms.first().map(|t| t.country.clone()), None)
}

/// The leader who held `office` for `country` on `date`.
pub(crate) fn holder(g: &Gazetteer, country: &str, office: &str, date: Option<&str>) -> Option<u32> {
    let mut found: Option<u32> = None;
    for (i, l) in g.leaders.iter().enumerate() {
        for t in &l.terms {
            if t.country != country || !t.offices.iter().any(|o| o == office) {
                continue;
            }
            let ok = match date {
                Some(d) => t.start.as_str() <= d && t.end.as_deref().is_none_or(|e| d < e),
                None => t.end.is_none(),
            };
            if ok {
                if found.is_some_and(|f| f != i as u32) {
                    return None; // two holders: ambiguous, link neither
                }
                found = Some(i as u32);
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::Term;

    fn biden() -> Leader {
        Leader {
            name: "Joe Biden".into(),
            qid: None,
            terms: vec![Term {
                country: "USA".into(),
                sector: "GOV".into(),
                offices: vec!["head_of_state".into()],
                start: "2021-01-20".into(),
                end: Some("2025-01-20".into()),
            }],
        }
    }

    #[test]
    fn office_at_date() {
        let b = biden();
        assert_eq!(status_at(&b, Some("2024-06-20")).1.as_deref(), Some("GOV"));
        assert_eq!(status_at(&b, Some("2026-01-01")).1.as_deref(), Some("ELI"));
        assert_eq!(status_at(&b, Some("2019-01-01")).1, None);
        assert_eq!(status_at(&b, Some("2019-01-01")).0.as_deref(), Some("USA"));
    }
}
