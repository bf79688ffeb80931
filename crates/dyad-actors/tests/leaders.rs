//! The leaders gazetteer (`lexicons/common/leaders.tsv`) against issue 4's
//! coverage promise: heads of state and government, foreign and defence
//! ministers of the G20, the permanent members of the UN Security Council
//! and the seed articles' countries, 2015 to the file's review horizon.
//! Also checks that no two people hold one office at once, because the
//! role resolver ("il presidente russo" → the holder on the article's date)
//! links nobody when two terms overlap.

use dyad_actors::ActorRecognizer;
use dyad_lexicon::Lexicons;

/// Offices every covered country must have filled.
const OFFICES: &[&str] = &[
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "defence_minister",
];

/// G20 members, the P5 (within the G20) and the seeds' countries.
const COUNTRIES: &[&str] = &[
    "ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX", "RUS", "SAU", "ZAF",
    "TUR", "GBR", "USA", "PRK", "VNM", "UKR",
];

/// Offices a country does not have (or not as a person of its own) in the
/// covered years, with the reason.
const EXEMPT: &[(&str, &str, &str)] = &[
    ("AUS", "head_of_state", "the British monarch, coded GBR"),
    ("CAN", "head_of_state", "the British monarch, coded GBR"),
    (
        "PRK",
        "defence_minister",
        "frequent unannounced changes; no reliable public record",
    ),
];

/// Offices that ceased during the covered years: checked up to the date.
const ABOLISHED: &[(&str, &str, &str)] = &[("TUR", "head_of_government", "2018-07-09")];

/// The first day not checked: terms were reviewed up to mid-2025.
const HORIZON: &str = "2025-07-01";

/// An uncovered stretch longer than this is a hole, not an acting holder.
const MAX_GAP_DAYS: i64 = 120;

struct Term {
    name: String,
    country: String,
    offices: Vec<String>,
    start: String,
    end: Option<String>,
}

fn terms() -> Vec<Term> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../lexicons/common/leaders.tsv");
    let text = std::fs::read_to_string(path).expect("leaders.tsv is readable");
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            assert!(f.len() >= 7, "leaders.tsv row has too few columns: {l}");
            Term {
                name: f[0].to_string(),
                country: f[2].to_string(),
                offices: f[4].split('|').map(str::to_string).collect(),
                start: f[5].to_string(),
                end: (f[6] != "-").then(|| f[6].to_string()),
            }
        })
        .collect()
}

/// Days since 0000-03-01 in the proleptic Gregorian calendar.
fn day_number(date: &str) -> i64 {
    let y: i64 = date[0..4].parse().unwrap();
    let m: i64 = date[5..7].parse().unwrap();
    let d: i64 = date[8..10].parse().unwrap();
    let (y, m) = if m <= 2 { (y - 1, m + 9) } else { (y, m - 3) };
    365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + d - 1
}

fn holders<'a>(all: &'a [Term], country: &str, office: &str) -> Vec<&'a Term> {
    let mut v: Vec<&Term> = all
        .iter()
        .filter(|t| t.country == country && t.offices.iter().any(|o| o == office))
        .collect();
    v.sort_by(|a, b| a.start.cmp(&b.start));
    v
}

#[test]
fn every_covered_office_has_a_holder_from_2015_to_the_horizon() {
    let all = terms();
    let mut holes = Vec::new();
    for &country in COUNTRIES {
        for &office in OFFICES {
            if EXEMPT.iter().any(|&(c, o, _)| c == country && o == office) {
                continue;
            }
            let until = ABOLISHED
                .iter()
                .find(|&&(c, o, _)| c == country && o == office)
                .map_or(HORIZON, |&(_, _, d)| d);
            let mut covered_to = "2015-01-01".to_string();
            for t in holders(&all, country, office) {
                if t.start.as_str() > covered_to.as_str() && t.start.as_str() < until {
                    let gap = day_number(&t.start) - day_number(&covered_to);
                    if gap > MAX_GAP_DAYS {
                        holes.push(format!("{country} {office}: nobody from {covered_to} to {}", t.start));
                    }
                }
                let end = t.end.clone().unwrap_or_else(|| "9999-12-31".to_string());
                if end > covered_to {
                    covered_to = end;
                }
            }
            if covered_to.as_str() < until && day_number(until) - day_number(&covered_to) > MAX_GAP_DAYS {
                holes.push(format!("{country} {office}: nobody from {covered_to} to {until}"));
            }
        }
    }
    assert!(holes.is_empty(), "offices without a holder:\n{}", holes.join("\n"));
}

#[test]
fn no_two_people_hold_one_state_office_at_once() {
    let all = terms();
    let mut clashes = Vec::new();
    let countries: std::collections::BTreeSet<&str> = all.iter().map(|t| t.country.as_str()).collect();
    for country in countries {
        // international organisations share a code, so their leaders may overlap
        if matches!(country, "IGO" | "UNO" | "EUR") {
            continue;
        }
        for &office in OFFICES {
            let hs = holders(&all, country, office);
            for (i, a) in hs.iter().enumerate() {
                for b in &hs[i + 1..] {
                    if a.name == b.name {
                        continue;
                    }
                    let a_end = a.end.as_deref().unwrap_or("9999-12-31");
                    if b.start.as_str() < a_end {
                        clashes.push(format!("{country} {office}: {} and {} overlap", a.name, b.name));
                    }
                }
            }
        }
    }
    assert!(clashes.is_empty(), "overlapping terms:\n{}", clashes.join("\n"));
}

#[test]
fn a_role_reference_resolves_to_the_holder_on_the_article_date() {
    let recognizer = ActorRecognizer::new(&Lexicons::embedded()).expect("lexicons parse");
    let cases = [
        (
            "Il ministro degli Esteri sudcoreano è arrivato a Tokyo.",
            "2018-03-01",
            "Kang Kyung-wha",
        ),
        (
            "Il ministro degli Esteri sudcoreano è arrivato a Tokyo.",
            "2023-03-01",
            "Park Jin",
        ),
        (
            "Il presidente brasiliano ha parlato ieri.",
            "2017-06-01",
            "Michel Temer",
        ),
        (
            "Il premier australiano ha parlato ieri.",
            "2016-06-01",
            "Malcolm Turnbull",
        ),
    ];
    for (text, date, want) in cases {
        let mentions = recognizer.recognize_text(text, "it", Some(date)).mentions;
        assert!(
            mentions.iter().any(|m| m.name.as_deref() == Some(want)),
            "{text} on {date}: expected {want}, got {:?}",
            mentions.iter().map(|m| (&m.text, &m.name)).collect::<Vec<_>>()
        );
    }
}
