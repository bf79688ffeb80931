//! Dates: time expressions in Italian and English news, resolved against the
//! publication date (the anchor) with a bias to the past, as news reports
//! what happened: "mercoledì" is the last Wednesday on or before the anchor,
//! "a settembre" the last September not after it.
//!
//! Owns: weekdays, "oggi/ieri/domani", "la scorsa settimana", "il mese
//! scorso", "l'anno scorso", seasons, months ("a settembre", "lo scorso
//! settembre", "da settembre"), years ("nel 2000", "dal 2019"), ranges ("tra
//! il 1995 e il 2023", "dal 1995 al 2023"), day dates ("il 5 marzo", "5 March
//! 2024", "March 5, 2024", "2024-03-05"), "tre mesi fa", "negli ultimi mesi"
//! and "tre mesi dopo" (relative to the previous expression) — and their
//! English equivalents.
//!
//! Words come from `lexicons/{lang}/dates.tsv` (month and weekday names are
//! generated from the `dateparser` package; the grammar words are
//! hand-written), number words from `numbers.tsv`. The patterns are code.
//!
//! ```
//! use chrono::NaiveDate;
//! use dyad_events::dates::{DateResolver, TimeKind};
//! use dyad_model::DatePrecision;
//! let r = DateResolver::new(&dyad_lexicon::Lexicons::embedded()).unwrap();
//! let anchor = NaiveDate::from_ymd_opt(2024, 6, 20).unwrap();
//! let text = "Il ministro è arrivato mercoledì, dopo il vertice di settembre.";
//! let found = r.find(text, 0, text.len(), "it", anchor, None);
//! assert_eq!(found[0].text, "mercoledì");
//! assert_eq!(found[0].date, NaiveDate::from_ymd_opt(2024, 6, 19).unwrap());
//! assert_eq!(found[1].date, NaiveDate::from_ymd_opt(2023, 9, 1).unwrap());
//! assert_eq!(found[1].precision, DatePrecision::Month);
//! assert_eq!(found[1].kind, TimeKind::Point);
//! ```

pub use crate::quantities::LexiconDataError;
use crate::quantities::{fold, form_words, parse_digits, tokenize, NumberReader, PhraseSet, Tok, TokKind};
use chrono::{Datelike, Duration, Months, NaiveDate};
use dyad_lexicon::{tsv_rows, Lexicons};
use dyad_model::DatePrecision;
use foldhash::{HashMap, HashMapExt};

/// What a time expression says about time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimeKind {
    /// A day, week, month, season or year ("mercoledì", "a settembre", "nel 2000").
    Point,
    /// From then on ("dal 2019", "since September"): `until` is `None`.
    Since,
    /// Up to then ("fino al 2020", "by 2030"): `date..=until` is the end point.
    Until,
    /// From one point to another ("tra il 1995 e il 2023").
    Range,
    /// Counted back from the anchor ("tre mesi fa", "two years ago").
    Ago,
    /// Counted from the previous expression ("tre mesi dopo", "a year earlier").
    Relative,
    /// A stretch up to the anchor ("negli ultimi mesi", "in the past three years").
    Period,
}

/// A resolved time expression.
///
/// `date` is the first day of what the expression names; `until` the last
/// day (inclusive) when it names more than a day, `None` for single days and
/// for open-ended `Since`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeExpr {
    /// Byte span in the document text.
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub date: NaiveDate,
    pub until: Option<NaiveDate>,
    pub precision: DatePrecision,
    pub kind: TimeKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Unit {
    Day,
    Week,
    Month,
    Year,
    Decade,
}

impl Unit {
    fn parse(s: &str) -> Option<Unit> {
        Some(match s {
            "day" => Unit::Day,
            "week" => Unit::Week,
            "month" => Unit::Month,
            "year" => Unit::Year,
            "decade" => Unit::Decade,
            _ => return None,
        })
    }

    fn precision(self) -> DatePrecision {
        match self {
            Unit::Day => DatePrecision::Day,
            Unit::Week => DatePrecision::Week,
            Unit::Month => DatePrecision::Month,
            Unit::Year | Unit::Decade => DatePrecision::Year,
        }
    }
}

/// Grammar word classes of dates.tsv.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Gram {
    Last,
    Next,
    This,
    After,
    Following,
    Before,
    Previous,
    Ago,
    Recent,
    Since,
    Until,
    Between,
    And,
    Point,
    Article,
}

impl Gram {
    fn parse(s: &str) -> Option<Gram> {
        Some(match s {
            "last" => Gram::Last,
            "next" => Gram::Next,
            "this" => Gram::This,
            "after" => Gram::After,
            "following" => Gram::Following,
            "before" => Gram::Before,
            "previous" => Gram::Previous,
            "ago" => Gram::Ago,
            "recent" => Gram::Recent,
            "since" => Gram::Since,
            "until" => Gram::Until,
            "between" => Gram::Between,
            "and" => Gram::And,
            "point" => Gram::Point,
            "article" => Gram::Article,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, Default)]
struct DateLang {
    lang: String,
    /// Folded month name → (month, is an abbreviation).
    months: HashMap<String, (u32, bool)>,
    /// Month names that need a day, a year or a preposition ("May").
    strict_months: HashMap<String, ()>,
    capitalized_months: bool,
    weekdays: HashMap<String, u32>,
    units: HashMap<String, Unit>,
    seasons: HashMap<String, u32>,
    daywords: HashMap<String, u32>,
    vague: HashMap<String, f64>,
    relday: PhraseSet<i64>,
    grams: PhraseSet<Gram>,
    numbers: NumberReader,
}

impl DateLang {
    /// Length of the longest phrase of class `g` at token `i`.
    fn gram(&self, toks: &[Tok], i: usize, g: Gram) -> Option<usize> {
        self.grams.matches_at(toks, i).find(|(_, v)| **v == g).map(|(n, _)| n)
    }

    fn month(&self, t: &Tok, allow_abbr: bool) -> Option<u32> {
        let &(m, abbr) = self.months.get(&t.norm)?;
        if (abbr && !allow_abbr) || (self.capitalized_months && !t.cap) {
            return None;
        }
        Some(m)
    }
}

/// Finds and resolves time expressions; build once, call per sentence.
#[derive(Debug, Clone)]
pub struct DateResolver {
    langs: HashMap<String, DateLang>,
}

/// How far past the anchor a day-and-month without a year may fall and
/// still be read in the anchor's year: news announces the coming days ("il
/// vertice del 25 giugno") more often than it recalls that day last year.
const DAY_MONTH_GRACE_DAYS: i64 = 7;

/// A matched expression before resolution of leads.
#[derive(Debug, Clone, Copy)]
struct Core {
    end: usize,
    first: NaiveDate,
    last: NaiveDate,
    precision: DatePrecision,
    kind: TimeKind,
    /// A bare year (only taken with a lead word: "nel 2000", not "2000").
    needs_lead: bool,
}

impl DateResolver {
    /// Loads `dates.tsv` (and `numbers.tsv` for counts) of every language
    /// folder that has `dates.tsv`. Errors name the file and line.
    pub fn new(lex: &Lexicons) -> Result<Self, LexiconDataError> {
        let mut langs = HashMap::new();
        for lang in lex.languages() {
            let file = format!("{lang}/dates.tsv");
            let Some(text) = lex.get(&file) else { continue };
            let mut d = DateLang {
                lang: lang.clone(),
                numbers: NumberReader::load(lex, &lang)?,
                ..Default::default()
            };
            for row in tsv_rows(text) {
                let (kind, value, form) = (row.field(0), row.field(1), row.field(2));
                if form.is_empty() {
                    return Err(LexiconDataError::at(&file, &row, "missing form (third column)"));
                }
                let folded = fold(form);
                let int = |lo: i64, hi: i64| -> Result<i64, LexiconDataError> {
                    value
                        .parse::<i64>()
                        .ok()
                        .filter(|v| (lo..=hi).contains(v))
                        .ok_or_else(|| {
                            LexiconDataError::at(&file, &row, format!("value '{value}' is not a number in {lo}..={hi}"))
                        })
                };
                match kind {
                    "month" | "month_abbr" => {
                        d.months.insert(folded, (int(1, 12)? as u32, kind == "month_abbr"));
                    }
                    "strict" => {
                        d.strict_months.insert(folded, ());
                    }
                    "option" => match (value, form) {
                        ("capitalized_months", "yes") => d.capitalized_months = true,
                        ("capitalized_months", "no") => d.capitalized_months = false,
                        _ => {
                            return Err(LexiconDataError::at(
                                &file,
                                &row,
                                format!("unknown option '{value}' '{form}'"),
                            ))
                        }
                    },
                    "weekday" => {
                        d.weekdays.insert(folded, int(1, 7)? as u32);
                    }
                    "unit" => {
                        let u = Unit::parse(value)
                            .ok_or_else(|| LexiconDataError::at(&file, &row, format!("unknown unit '{value}'")))?;
                        d.units.insert(folded, u);
                    }
                    "season" => {
                        d.seasons.insert(folded, int(1, 12)? as u32);
                    }
                    "dayword" => {
                        d.daywords.insert(folded, int(1, 31)? as u32);
                    }
                    "vague" => {
                        d.vague.insert(folded, int(1, 1000)? as f64);
                    }
                    "relday" => d.relday.insert(form, int(-30, 30)?),
                    other => {
                        let g = Gram::parse(other)
                            .ok_or_else(|| LexiconDataError::at(&file, &row, format!("unknown kind '{other}'")))?;
                        if form_words(form).is_empty() {
                            return Err(LexiconDataError::at(&file, &row, "empty form"));
                        }
                        d.grams.insert(form, g);
                    }
                }
            }
            langs.insert(lang, d);
        }
        Ok(DateResolver { langs })
    }

    /// Time expressions in `text[start..end]` (byte offsets; clamped, never
    /// panics), resolved against `anchor` and, for expressions counted from
    /// another one ("tre mesi dopo"), against the one before it in this range
    /// or else `previous`. Unknown languages fall back to English words.
    pub fn find(
        &self,
        text: &str,
        start: usize,
        end: usize,
        lang: &str,
        anchor: NaiveDate,
        previous: Option<&TimeExpr>,
    ) -> Vec<TimeExpr> {
        let Some(d) = self.langs.get(lang).or_else(|| self.langs.get("en")) else {
            return Vec::new();
        };
        let toks = tokenize(text, start, end);
        let mut out: Vec<TimeExpr> = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            let prev = out.last().or(previous);
            match self.expr_at(d, &toks, i, anchor, prev) {
                Some((end_tok, first, last, precision, kind)) => {
                    let (s, e) = (toks[i].start, toks[end_tok - 1].end);
                    let until = match kind {
                        TimeKind::Since => None,
                        _ if last == first && precision == DatePrecision::Day && kind != TimeKind::Range => None,
                        _ => Some(last),
                    };
                    out.push(TimeExpr {
                        start: s,
                        end: e,
                        text: text[s..e].to_string(),
                        date: first,
                        until,
                        precision,
                        kind,
                    });
                    i = end_tok;
                }
                None => i += 1,
            }
        }
        out
    }

    /// An expression starting at token `i`, with its lead word if any.
    #[allow(clippy::type_complexity)]
    fn expr_at(
        &self,
        d: &DateLang,
        toks: &[Tok],
        i: usize,
        anchor: NaiveDate,
        prev: Option<&TimeExpr>,
    ) -> Option<(usize, NaiveDate, NaiveDate, DatePrecision, TimeKind)> {
        // A lead word: since / until / between / a plain preposition.
        for lead in [Gram::Between, Gram::Since, Gram::Until, Gram::Point] {
            let Some(n) = d.gram(toks, i, lead) else { continue };
            let j = self.skip_article(d, toks, i + n);
            let Some(core) = self.core_at(d, toks, j, anchor, prev, true) else {
                continue;
            };
            // "tra il 1995 e il 2023", "dal 1995 al 2023", "between 1995 and 2023".
            if matches!(lead, Gram::Between | Gram::Since) {
                if let Some(a) = d.gram(toks, core.end, Gram::And) {
                    let k = self.skip_article(d, toks, core.end + a);
                    if let Some(c2) = self.core_at(d, toks, k, anchor, prev, true) {
                        if c2.last >= core.first {
                            return Some((c2.end, core.first, c2.last, core.precision, TimeKind::Range));
                        }
                    }
                }
                if lead == Gram::Between {
                    continue; // "tra" alone is not a date ("tra tre mesi", "tra i due paesi")
                }
            }
            let kind = match (lead, core.kind) {
                (Gram::Since, TimeKind::Point | TimeKind::Ago | TimeKind::Relative) => TimeKind::Since,
                (Gram::Until, TimeKind::Point) => TimeKind::Until,
                (_, k) => k,
            };
            return Some((core.end, core.first, core.last, core.precision, kind));
        }
        let j = self.skip_article(d, toks, i);
        let core = self.core_at(d, toks, j, anchor, prev, j > i)?;
        if core.needs_lead && j == i {
            return None;
        }
        Some((core.end, core.first, core.last, core.precision, core.kind))
    }

    fn skip_article(&self, d: &DateLang, toks: &[Tok], j: usize) -> usize {
        d.gram(toks, j, Gram::Article).map_or(j, |n| j + n)
    }

    /// The expression proper at token `j`. `led`: a preposition or article
    /// comes before it (bare years and strict months need one).
    fn core_at(
        &self,
        d: &DateLang,
        toks: &[Tok],
        j: usize,
        anchor: NaiveDate,
        prev: Option<&TimeExpr>,
        led: bool,
    ) -> Option<Core> {
        let t = toks.get(j)?;
        let day = |first: NaiveDate, end: usize| Core {
            end,
            first,
            last: first,
            precision: DatePrecision::Day,
            kind: TimeKind::Point,
            needs_lead: false,
        };

        // ISO date "2024-03-05" and "05/03/2024".
        if let Some(c) = numeric_date(toks, j, &d.lang) {
            return Some(day(c.0, c.1));
        }
        // Day first: "5 marzo [2024]", "1º marzo", "il primo marzo", "5 March 2024".
        if let Some((dnum, k)) = self.day_number(d, toks, j) {
            if let Some(m) = toks.get(k).and_then(|x| d.month(x, true)) {
                let mut e = skip_dot(toks, k + 1);
                let year = self.year_after(d, toks, e);
                if let Some((y, e2)) = year {
                    e = e2;
                    return NaiveDate::from_ymd_opt(y, m, dnum).map(|x| day(x, e));
                }
                return past_day_month(anchor, m, dnum).map(|x| day(x, e));
            }
        }
        // Month first: "March 5[, 2024]", "marzo 2024", "settembre scorso", "settembre".
        if let Some(m) = toks.get(j).and_then(|x| d.month(x, true)) {
            let abbr = d.months.get(&t.norm).is_some_and(|x| x.1);
            let k = skip_dot(toks, j + 1);
            if let Some((dnum, e)) = self.day_number(d, toks, k) {
                let e2 = if toks.get(e).is_some_and(|x| x.norm == ",") {
                    e + 1
                } else {
                    e
                };
                if let Some((y, e3)) = self.year_after(d, toks, e2) {
                    return NaiveDate::from_ymd_opt(y, m, dnum).map(|x| day(x, e3));
                }
                // "March 5" but not "marzo 2" inside "marzo 2024" (handled above by year).
                if toks.get(e).is_none_or(|x| d.month(x, true).is_none()) {
                    return past_day_month(anchor, m, dnum).map(|x| day(x, e));
                }
            }
            if !abbr {
                if let Some((y, e)) = self.year_after(d, toks, j + 1) {
                    return month_core(y, m, e);
                }
                if let Some(n) = d.gram(toks, j + 1, Gram::Last) {
                    return month_core(last_month_year(anchor, m, true), m, j + 1 + n);
                }
                if let Some(n) = d.gram(toks, j + 1, Gram::Next) {
                    return month_core(next_month_year(anchor, m), m, j + 1 + n);
                }
                if !d.strict_months.contains_key(&t.norm) || led {
                    return month_core(last_month_year(anchor, m, false), m, j + 1);
                }
            }
        }
        // "lo scorso settembre", "last September", "la prossima primavera", "scorso giovedì".
        for (g, dir) in [(Gram::Last, -1), (Gram::Next, 1), (Gram::This, 0)] {
            let Some(n) = d.gram(toks, j, g) else { continue };
            let k = j + n;
            let Some(x) = toks.get(k) else { continue };
            // "lo scorso 5 maggio": the last such day strictly before the anchor.
            if let Some((dnum, e)) = self.day_number(d, toks, k) {
                if let Some(m) = toks.get(e).and_then(|x| d.month(x, true)) {
                    let this = NaiveDate::from_ymd_opt(anchor.year(), m, dnum);
                    let date = match (dir, this) {
                        (-1, Some(x)) if x < anchor => Some(x),
                        (-1, _) => NaiveDate::from_ymd_opt(anchor.year() - 1, m, dnum),
                        (1, Some(x)) if x > anchor => Some(x),
                        (1, _) => NaiveDate::from_ymd_opt(anchor.year() + 1, m, dnum),
                        _ => this,
                    };
                    return date.map(|x| day(x, skip_dot(toks, e + 1)));
                }
            }
            if let Some(m) = d.month(x, false) {
                let y = match dir {
                    -1 => last_month_year(anchor, m, true),
                    1 => next_month_year(anchor, m),
                    _ => anchor.year(),
                };
                return month_core(y, m, k + 1);
            }
            if let Some(&wd) = d.weekdays.get(&x.norm) {
                return weekday(anchor, wd, dir).map(|x| day(x, k + 1));
            }
            if let Some(&s) = d.seasons.get(&x.norm) {
                return season_core(anchor, s, dir, k + 1);
            }
            if let Some(&u) = d.units.get(&x.norm) {
                if g == Gram::Next && u == Unit::Day {
                    // "the next day": the day after the previous expression.
                    return relative_core(prev, 1, u, k + 1);
                }
                return unit_core(anchor, u, dir, k + 1);
            }
        }
        // Weekday: "mercoledì", "giovedì scorso", "on Wednesday".
        if let Some(&wd) = d.weekdays.get(&t.norm) {
            let (dir, e) = match (d.gram(toks, j + 1, Gram::Last), d.gram(toks, j + 1, Gram::Next)) {
                (Some(n), _) => (-1, j + 1 + n),
                (_, Some(n)) => (1, j + 1 + n),
                _ => (0, j + 1),
            };
            return weekday(anchor, wd, dir).map(|x| day(x, e));
        }
        // Seasons: "autunno scorso", "l'estate 2023".
        if let Some(&s) = d.seasons.get(&t.norm) {
            if let Some(n) = d.gram(toks, j + 1, Gram::Last) {
                return season_core(anchor, s, -1, j + 1 + n);
            }
            if let Some((y, e)) = self.year_after(d, toks, j + 1) {
                let first = NaiveDate::from_ymd_opt(y, s, 1)?;
                return span_core(
                    first,
                    first.checked_add_months(Months::new(3))?.pred_opt()?,
                    DatePrecision::Month,
                    e,
                );
            }
        }
        // "oggi", "ieri", "l'altro ieri", "yesterday".
        if let Some((n, &off)) = d.relday.longest_at(toks, j) {
            return anchor.checked_add_signed(Duration::days(off)).map(|x| day(x, j + n));
        }
        // Unit then direction: "la settimana scorsa", "l'anno scorso", "il giorno dopo", "l'anno precedente".
        if let Some(&u) = d.units.get(&t.norm) {
            if let Some(n) = d.gram(toks, j + 1, Gram::Last) {
                return unit_core(anchor, u, -1, j + 1 + n);
            }
            if let Some(n) = d.gram(toks, j + 1, Gram::Next) {
                return unit_core(anchor, u, 1, j + 1 + n);
            }
            if let Some(n) = d.gram(toks, j + 1, Gram::After) {
                return relative_core(prev, 1, u, j + 1 + n);
            }
            if let Some(n) = d.gram(toks, j + 1, Gram::Before) {
                return relative_core(prev, -1, u, j + 1 + n);
            }
        }
        // "the following year", "the previous month".
        for (g, sign) in [(Gram::Following, 1), (Gram::Previous, -1)] {
            if let Some(n) = d.gram(toks, j, g) {
                if let Some(&u) = toks.get(j + n).and_then(|x| d.units.get(&x.norm)) {
                    return relative_core(prev, sign, u, j + n + 1);
                }
            }
        }
        // "negli ultimi mesi", "nelle ultime tre settimane", "in the past three years", "in recent months".
        if let Some(n) = d.gram(toks, j, Gram::Recent) {
            let k = j + n;
            let (count, k) = match toks.get(k) {
                Some(x) if d.vague.contains_key(&x.norm) => (d.vague[&x.norm], k + 1),
                _ => match d.numbers.number_at(toks, k) {
                    Some((v, e)) if toks.get(e).is_some_and(|x| d.units.contains_key(&x.norm)) => (v, e),
                    _ => (0.0, k),
                },
            };
            if let Some(&u) = toks.get(k).and_then(|x| d.units.get(&x.norm)) {
                // "last week" without a preposition is the calendar week, handled above.
                let plural_or_led = count > 0.0 || led || d.gram(toks, j, Gram::Last).is_none();
                if plural_or_led {
                    let count = if count > 0.0 {
                        count
                    } else if d.gram(toks, j, Gram::Last).is_some() {
                        1.0
                    } else {
                        2.0
                    };
                    let first = shift(anchor, -(count as i64), u)?;
                    let (first, _) = unit_span(first, u)?;
                    return span_core_kind(first, anchor, u.precision(), k + 1, TimeKind::Period);
                }
            }
        }
        // Counts: "tre mesi fa", "three months later", "un anno prima".
        if let Some((count, k)) = d.numbers.number_at(toks, j) {
            if (1.0..=1000.0).contains(&count) && count.fract() == 0.0 {
                if let Some(&u) = toks.get(k).and_then(|x| d.units.get(&x.norm)) {
                    let n = count as i64;
                    if let Some(a) = d.gram(toks, k + 1, Gram::Ago) {
                        let at = shift(anchor, -n, u)?;
                        let (first, last) = unit_span(at, u)?;
                        return Some(Core {
                            end: k + 1 + a,
                            first,
                            last,
                            precision: u.precision(),
                            kind: TimeKind::Ago,
                            needs_lead: false,
                        });
                    }
                    if let Some(a) = d.gram(toks, k + 1, Gram::After) {
                        return relative_core(prev, n, u, k + 1 + a);
                    }
                    if let Some(a) = d.gram(toks, k + 1, Gram::Before) {
                        return relative_core(prev, -n, u, k + 1 + a);
                    }
                }
            }
        }
        // A year: "nel 2000", "dal 2019", "in 2019" (bare years need a lead).
        if t.kind == TokKind::Num {
            if let Some(y) = year_value(t) {
                // "2024-03" or "2019/20" are something else.
                let joined = toks
                    .get(j + 1)
                    .is_some_and(|x| x.glued && matches!(x.norm.as_str(), "-" | "/" | "." | ","))
                    && toks.get(j + 2).is_some_and(|x| x.kind == TokKind::Num);
                if !joined {
                    let first = NaiveDate::from_ymd_opt(y, 1, 1)?;
                    let last = NaiveDate::from_ymd_opt(y, 12, 31)?;
                    return Some(Core {
                        end: j + 1,
                        first,
                        last,
                        precision: DatePrecision::Year,
                        kind: TimeKind::Point,
                        needs_lead: !led,
                    });
                }
            }
        }
        None
    }

    /// A day of the month at `j`: "5", "1º", "3rd", "primo".
    fn day_number(&self, d: &DateLang, toks: &[Tok], j: usize) -> Option<(u32, usize)> {
        let t = toks.get(j)?;
        if let Some(&v) = d.daywords.get(&t.norm) {
            return Some((v, j + 1));
        }
        if t.kind != TokKind::Num || t.norm.len() > 2 || !t.norm.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let v: u32 = t.norm.parse().ok()?;
        if !(1..=31).contains(&v) {
            return None;
        }
        // A day glued to a preceding word or number is part of something else ("G7").
        if t.glued && j > 0 && toks[j - 1].kind != TokKind::Punct {
            return None;
        }
        let mut e = j + 1;
        if toks
            .get(e)
            .is_some_and(|x| x.glued && matches!(x.norm.as_str(), "º" | "°" | "st" | "nd" | "rd" | "th"))
        {
            e += 1;
        }
        Some((v, e))
    }

    /// A year after a month or day: "2024", ", 2024", "del 2024", "of 2024".
    fn year_after(&self, d: &DateLang, toks: &[Tok], j: usize) -> Option<(i32, usize)> {
        let mut k = j;
        if toks.get(k).is_some_and(|x| x.norm == ",") {
            k += 1;
        } else if let Some(n) = d.gram(toks, k, Gram::Point) {
            k += n;
        }
        let y = year_value(toks.get(k)?)?;
        Some((y, k + 1))
    }
}

/// A four-digit year written plainly ("2019", not "2.019").
fn year_value(t: &Tok) -> Option<i32> {
    if t.kind != TokKind::Num || t.norm.len() != 4 {
        return None;
    }
    let d = parse_digits(&t.norm, "it")?;
    (d.plain && (1000.0..=2999.0).contains(&d.value)).then_some(d.value as i32)
}

fn skip_dot(toks: &[Tok], k: usize) -> usize {
    if toks.get(k).is_some_and(|x| x.norm == "." && x.glued) {
        k + 1
    } else {
        k
    }
}

/// "2024-03-05", "05/03/2024" (day first; month first in English when the
/// day-first reading is impossible or the month-first one is the only valid).
fn numeric_date(toks: &[Tok], j: usize, lang: &str) -> Option<(NaiveDate, usize)> {
    let a = toks.get(j)?;
    if a.kind != TokKind::Num || (a.glued && j > 0 && toks[j - 1].kind != TokKind::Punct) {
        return None;
    }
    let s1 = toks.get(j + 1)?;
    let b = toks.get(j + 2)?;
    let s2 = toks.get(j + 3)?;
    let c = toks.get(j + 4)?;
    let glued = [s1, b, s2, c].iter().all(|x| x.glued);
    if !glued
        || s1.norm != s2.norm
        || !matches!(s1.norm.as_str(), "-" | "/")
        || b.kind != TokKind::Num
        || c.kind != TokKind::Num
    {
        return None;
    }
    let n = |t: &Tok| t.norm.parse::<u32>().ok();
    let (x, y, z) = (n(a)?, n(b)?, n(c)?);
    if a.norm.len() == 4 && s1.norm == "-" {
        return NaiveDate::from_ymd_opt(x as i32, y, z).map(|d| (d, j + 5));
    }
    if c.norm.len() != 4 {
        return None;
    }
    let dmy = NaiveDate::from_ymd_opt(z as i32, y, x);
    let mdy = NaiveDate::from_ymd_opt(z as i32, x, y);
    let d = if lang == "en" { mdy.or(dmy) } else { dmy.or(mdy) };
    d.map(|d| (d, j + 5))
}

fn month_core(y: i32, m: u32, end: usize) -> Option<Core> {
    let first = NaiveDate::from_ymd_opt(y, m, 1)?;
    let (_, last) = unit_span(first, Unit::Month)?;
    span_core(first, last, DatePrecision::Month, end)
}

fn span_core(first: NaiveDate, last: NaiveDate, precision: DatePrecision, end: usize) -> Option<Core> {
    span_core_kind(first, last, precision, end, TimeKind::Point)
}

fn span_core_kind(
    first: NaiveDate,
    last: NaiveDate,
    precision: DatePrecision,
    end: usize,
    kind: TimeKind,
) -> Option<Core> {
    Some(Core {
        end,
        first,
        last,
        precision,
        kind,
        needs_lead: false,
    })
}

/// The week/month/year of the anchor moved by `dir` units ("la scorsa settimana").
fn unit_core(anchor: NaiveDate, u: Unit, dir: i64, end: usize) -> Option<Core> {
    let at = shift(anchor, dir, u)?;
    let (first, last) = unit_span(at, u)?;
    span_core(first, last, u.precision(), end)
}

/// `n` units after (or before, when negative) the previous expression, at
/// the coarser of its precision and the unit's: September + "tre mesi dopo"
/// is December, a month.
fn relative_core(prev: Option<&TimeExpr>, n: i64, u: Unit, end: usize) -> Option<Core> {
    // Without an antecedent "tre mesi dopo" has no sense: counting from the
    // publication date would invent a date.
    let p = prev?;
    let at = shift(p.date, n, u)?;
    let coarse = coarser(p.precision, u.precision());
    let cu = match coarse {
        DatePrecision::Day => Unit::Day,
        DatePrecision::Week => Unit::Week,
        DatePrecision::Month => Unit::Month,
        DatePrecision::Year => Unit::Year,
    };
    let (first, last) = unit_span(at, cu)?;
    Some(Core {
        end,
        first,
        last,
        precision: coarse,
        kind: TimeKind::Relative,
        needs_lead: false,
    })
}

fn rank(p: DatePrecision) -> u8 {
    match p {
        DatePrecision::Day => 0,
        DatePrecision::Week => 1,
        DatePrecision::Month => 2,
        DatePrecision::Year => 3,
    }
}

fn coarser(a: DatePrecision, b: DatePrecision) -> DatePrecision {
    if rank(a) >= rank(b) {
        a
    } else {
        b
    }
}

/// A season (value = first month) relative to the anchor: dir -1 the last
/// one that has ended or begun before the current one, 0 the current/most
/// recent, 1 the next.
fn season_core(anchor: NaiveDate, first_month: u32, dir: i64, end: usize) -> Option<Core> {
    // The most recent start of this season on or before the anchor.
    let mut y = anchor.year();
    let start_this_year = NaiveDate::from_ymd_opt(y, first_month, 1)?;
    if start_this_year > anchor {
        y -= 1;
    }
    let y = match dir {
        -1 => {
            // "lo scorso autunno": a season still running is not "last".
            let s = NaiveDate::from_ymd_opt(y, first_month, 1)?;
            let e = s.checked_add_months(Months::new(3))?;
            if e > anchor {
                y - 1
            } else {
                y
            }
        }
        1 => y + 1,
        _ => y,
    };
    let first = NaiveDate::from_ymd_opt(y, first_month, 1)?;
    let last = first.checked_add_months(Months::new(3))?.pred_opt()?;
    span_core(first, last, DatePrecision::Month, end)
}

/// The year of month `m` past-biased: the most recent one not after the
/// anchor's month (`strict`: before it — "lo scorso giugno" in June is last year's).
fn last_month_year(anchor: NaiveDate, m: u32, strict: bool) -> i32 {
    let y = anchor.year();
    if m < anchor.month() || (!strict && m == anchor.month()) {
        y
    } else {
        y - 1
    }
}

fn next_month_year(anchor: NaiveDate, m: u32) -> i32 {
    if m > anchor.month() {
        anchor.year()
    } else {
        anchor.year() + 1
    }
}

/// Day and month without a year: the anchor's year unless that is more than
/// [`DAY_MONTH_GRACE_DAYS`] ahead, else the year before.
fn past_day_month(anchor: NaiveDate, m: u32, d: u32) -> Option<NaiveDate> {
    let this = NaiveDate::from_ymd_opt(anchor.year(), m, d);
    match this {
        Some(x)
            if anchor
                .checked_add_signed(Duration::days(DAY_MONTH_GRACE_DAYS))
                .is_none_or(|g| x <= g) =>
        {
            Some(x)
        }
        _ => NaiveDate::from_ymd_opt(anchor.year() - 1, m, d),
    }
}

/// Weekday `wd` (1 = Monday): dir 0 the most recent on or before the
/// anchor, -1 strictly before it ("giovedì scorso"), 1 strictly after.
fn weekday(anchor: NaiveDate, wd: u32, dir: i64) -> Option<NaiveDate> {
    let a = anchor.weekday().number_from_monday() as i64;
    let w = wd as i64;
    let back = (a - w).rem_euclid(7);
    let days = match dir {
        0 => -back,
        -1 => -(if back == 0 { 7 } else { back }),
        _ => {
            let fwd = (w - a).rem_euclid(7);
            if fwd == 0 {
                7
            } else {
                fwd
            }
        }
    };
    anchor.checked_add_signed(Duration::days(days))
}

/// `date` moved by `n` units; months clamp to the month's end.
fn shift(date: NaiveDate, n: i64, u: Unit) -> Option<NaiveDate> {
    let months = |m: i64| -> Option<NaiveDate> {
        let k = Months::new(u32::try_from(m.unsigned_abs()).ok()?);
        if m >= 0 {
            date.checked_add_months(k)
        } else {
            date.checked_sub_months(k)
        }
    };
    match u {
        Unit::Day => date.checked_add_signed(Duration::try_days(n)?),
        Unit::Week => date.checked_add_signed(Duration::try_days(n.checked_mul(7)?)?),
        Unit::Month => months(n),
        Unit::Year => months(n.checked_mul(12)?),
        Unit::Decade => months(n.checked_mul(120)?),
    }
}

/// First and last day of the unit containing `date` (weeks start on Monday).
fn unit_span(date: NaiveDate, u: Unit) -> Option<(NaiveDate, NaiveDate)> {
    match u {
        Unit::Day => Some((date, date)),
        Unit::Week => {
            let first = date.checked_sub_signed(Duration::days(date.weekday().num_days_from_monday() as i64))?;
            Some((first, first.checked_add_signed(Duration::days(6))?))
        }
        Unit::Month => {
            let first = date.with_day(1)?;
            Some((first, first.checked_add_months(Months::new(1))?.pred_opt()?))
        }
        Unit::Year | Unit::Decade => Some((
            NaiveDate::from_ymd_opt(date.year(), 1, 1)?,
            NaiveDate::from_ymd_opt(date.year(), 12, 31)?,
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn resolver() -> DateResolver {
        DateResolver::new(&Lexicons::embedded()).expect("lexicons load")
    }

    fn find(t: &str, lang: &str, anchor: NaiveDate) -> Vec<TimeExpr> {
        resolver().find(t, 0, t.len(), lang, anchor, None)
    }

    /// (text, date, until, precision, kind) of the only expression.
    fn one(t: &str, lang: &str, anchor: NaiveDate) -> (String, NaiveDate, Option<NaiveDate>, DatePrecision, TimeKind) {
        let f = find(t, lang, anchor);
        assert_eq!(f.len(), 1, "{t}: {f:?}");
        let e = &f[0];
        (e.text.clone(), e.date, e.until, e.precision, e.kind)
    }

    const THU: (i32, u32, u32) = (2024, 6, 20);

    fn thu() -> NaiveDate {
        ymd(THU.0, THU.1, THU.2)
    }

    #[test]
    fn weekdays_are_the_last_on_or_before_the_anchor() {
        let e = one("Il premier è atterrato giovedì a Roma.", "it", thu());
        assert_eq!((e.1, e.3), (thu(), DatePrecision::Day));
        assert_eq!(
            one("Mercoledì la delegazione ha lasciato Kiev.", "it", thu()).1,
            ymd(2024, 6, 19)
        );
        assert_eq!(
            one("Venerdì il governo ha approvato il piano.", "it", thu()).1,
            ymd(2024, 6, 14)
        );
        assert_eq!(
            one("Giovedì scorso il ministro ha parlato.", "it", thu()).1,
            ymd(2024, 6, 13)
        );
        assert_eq!(one("The envoy arrived on Wednesday.", "en", thu()).1, ymd(2024, 6, 19));
        assert_eq!(one("Talks resumed last Monday.", "en", thu()).1, ymd(2024, 6, 17));
    }

    #[test]
    fn relative_days_weeks_months_years() {
        assert_eq!(one("Oggi il parlamento vota.", "it", thu()).1, thu());
        assert_eq!(
            one("Ieri sera il presidente ha parlato.", "it", thu()).1,
            ymd(2024, 6, 19)
        );
        let e = one("L'altro ieri la polizia ha arrestato due uomini.", "it", thu());
        assert_eq!((e.0.as_str(), e.1), ("L'altro ieri", ymd(2024, 6, 18)));
        assert_eq!(
            one("Yesterday the ministry denied it.", "en", thu()).1,
            ymd(2024, 6, 19)
        );
        for t in [
            "Gli alleati hanno annunciato sanzioni la scorsa settimana.",
            "Gli alleati hanno annunciato sanzioni la settimana scorsa.",
        ] {
            let e = one(t, "it", thu());
            assert_eq!(
                (e.1, e.2, e.3),
                (ymd(2024, 6, 10), Some(ymd(2024, 6, 16)), DatePrecision::Week),
                "{t}"
            );
        }
        let e = one("The allies announced sanctions last week.", "en", thu());
        assert_eq!((e.1, e.3), (ymd(2024, 6, 10), DatePrecision::Week));
        let e = one("Il leader ha visitato Pechino il mese scorso.", "it", thu());
        assert_eq!(
            (e.1, e.2, e.3),
            (ymd(2024, 5, 1), Some(ymd(2024, 5, 31)), DatePrecision::Month)
        );
        assert_eq!(one("He visited Beijing last month.", "en", thu()).1, ymd(2024, 5, 1));
        for t in [
            "Lo scorso anno il treno ha attraversato il confine.",
            "L'anno scorso il treno ha attraversato il confine.",
        ] {
            let e = one(t, "it", thu());
            assert_eq!((e.1, e.3), (ymd(2023, 1, 1), DatePrecision::Year), "{t}");
        }
        assert_eq!(
            one("Quest'anno le esportazioni sono calate.", "it", thu()).1,
            ymd(2024, 1, 1)
        );
    }

    #[test]
    fn months_are_past_biased() {
        let e = one("Il presidente ha visitato Hanoi a settembre.", "it", thu());
        assert_eq!(
            (e.1, e.2, e.3, e.4),
            (
                ymd(2023, 9, 1),
                Some(ymd(2023, 9, 30)),
                DatePrecision::Month,
                TimeKind::Point
            )
        );
        assert_eq!(one("A marzo Mosca ha posto il veto.", "it", thu()).1, ymd(2024, 3, 1));
        assert_eq!(
            one("Il vertice si è tenuto lo scorso giugno.", "it", thu()).1,
            ymd(2023, 6, 1)
        );
        assert_eq!(one("Il vertice si è tenuto a giugno.", "it", thu()).1, ymd(2024, 6, 1));
        let e = one("Le spedizioni continuano da settembre.", "it", thu());
        assert_eq!((e.1, e.2, e.4), (ymd(2023, 9, 1), None, TimeKind::Since));
        let e = one("Sono partiti 900 treni dallo scorso settembre.", "it", thu());
        assert_eq!(
            (e.0.as_str(), e.1, e.4),
            ("dallo scorso settembre", ymd(2023, 9, 1), TimeKind::Since)
        );
        assert_eq!(one("Biden visited Hanoi in September.", "en", thu()).1, ymd(2023, 9, 1));
        assert_eq!(one("Prices rose last September.", "en", thu()).1, ymd(2023, 9, 1));
        assert_eq!(
            one("Il piano è stato presentato nel marzo 2022.", "it", thu()).1,
            ymd(2022, 3, 1)
        );
        // "may" the verb is not a month.
        assert!(find("Officials may visit the region.", "en", thu()).is_empty());
        assert_eq!(one("The deal was signed in May.", "en", thu()).1, ymd(2024, 5, 1));
    }

    #[test]
    fn day_dates() {
        let e = one("Il trattato è stato firmato il 5 marzo.", "it", thu());
        assert_eq!((e.1, e.2, e.3), (ymd(2024, 3, 5), None, DatePrecision::Day));
        assert_eq!(
            one("L'accordo del 5 marzo 2021 è scaduto.", "it", thu()).1,
            ymd(2021, 3, 5)
        );
        assert_eq!(
            one("Le elezioni si terranno il 1º dicembre 2025.", "it", thu()).1,
            ymd(2025, 12, 1)
        );
        assert_eq!(
            one("Il primo marzo sono iniziati i colloqui.", "it", thu()).1,
            ymd(2024, 3, 1)
        );
        assert_eq!(one("The treaty was signed on March 5.", "en", thu()).1, ymd(2024, 3, 5));
        assert_eq!(
            one("The treaty was signed on March 5, 2021.", "en", thu()).1,
            ymd(2021, 3, 5)
        );
        assert_eq!(
            one("The treaty was signed on 5 March 2021.", "en", thu()).1,
            ymd(2021, 3, 5)
        );
        // December without a year in June is last December.
        assert_eq!(
            one("Il 12 dicembre Kiev ha chiesto aiuto.", "it", thu()).1,
            ymd(2023, 12, 12)
        );
        // A few days ahead stays in this year (announcements).
        assert_eq!(
            one("Il vertice è previsto per il 25 giugno.", "it", thu()).1,
            ymd(2024, 6, 25)
        );
        assert_eq!(one("Il rapporto è datato 2024-03-05.", "it", thu()).1, ymd(2024, 3, 5));
        let e = one("Lo scorso 25 giugno il parlamento ha votato.", "it", thu());
        assert_eq!((e.0.as_str(), e.1), ("Lo scorso 25 giugno", ymd(2023, 6, 25)));
        assert_eq!(one("Il rapporto è datato 05/03/2024.", "it", thu()).1, ymd(2024, 3, 5));
    }

    #[test]
    fn years_and_ranges() {
        let e = one("La guerra è iniziata nel 2022.", "it", thu());
        assert_eq!(
            (e.1, e.2, e.3, e.4),
            (
                ymd(2022, 1, 1),
                Some(ymd(2022, 12, 31)),
                DatePrecision::Year,
                TimeKind::Point
            )
        );
        let e = one("Kim ha incontrato Putin due volte dal 2019.", "it", thu());
        assert_eq!(
            (e.0.as_str(), e.1, e.2, e.4),
            ("dal 2019", ymd(2019, 1, 1), None, TimeKind::Since)
        );
        let e = one("Mosca ha fornito l'80% delle armi tra il 1995 e il 2023.", "it", thu());
        assert_eq!(
            (e.0.as_str(), e.1, e.2, e.4),
            (
                "tra il 1995 e il 2023",
                ymd(1995, 1, 1),
                Some(ymd(2023, 12, 31)),
                TimeKind::Range
            )
        );
        let e = one("Moscow supplied 80% of its arms between 1995 and 2023.", "en", thu());
        assert_eq!(
            (e.1, e.2, e.4),
            (ymd(1995, 1, 1), Some(ymd(2023, 12, 31)), TimeKind::Range)
        );
        let e = one("Il contratto vale dal 2015 al 2020.", "it", thu());
        assert_eq!(
            (e.1, e.2, e.4),
            (ymd(2015, 1, 1), Some(ymd(2020, 12, 31)), TimeKind::Range)
        );
        assert_eq!(one("In 2019 the talks collapsed.", "en", thu()).4, TimeKind::Point);
        assert_eq!(one("Trade has grown since 2019.", "en", thu()).4, TimeKind::Since);
    }

    #[test]
    fn not_dates() {
        for (t, lang) in [
            ("È la sua prima visita nel paese in 24 anni.", "it"),
            ("Sono stati spediti 11.000 container.", "it"),
            ("Il bilancio è di 2019 euro.", "it"),
            ("Officials may meet again.", "en"),
            ("I negoziati tra i due paesi continuano.", "it"),
            ("Il G7 ha deciso.", "it"),
        ] {
            assert!(find(t, lang, thu()).is_empty(), "{t}: {:?}", find(t, lang, thu()));
        }
    }

    #[test]
    fn counted_back_and_relative_to_the_previous() {
        let e = one("Il cessate il fuoco è stato firmato tre mesi fa.", "it", thu());
        assert_eq!((e.1, e.3, e.4), (ymd(2024, 3, 1), DatePrecision::Month, TimeKind::Ago));
        assert_eq!(
            one("The ceasefire was signed two years ago.", "en", thu()).1,
            ymd(2022, 1, 1)
        );
        let r = resolver();
        let t = "Il presidente è arrivato a settembre e il suo rivale appena tre mesi dopo.";
        let f = r.find(t, 0, t.len(), "it", thu(), None);
        assert_eq!(f.len(), 2, "{f:?}");
        assert_eq!(
            (f[1].text.as_str(), f[1].date, f[1].precision, f[1].kind),
            (
                "tre mesi dopo",
                ymd(2023, 12, 1),
                DatePrecision::Month,
                TimeKind::Relative
            )
        );
        // Across sentences: the caller passes the previous expression.
        let prev = &f[0];
        let t2 = "Three months later the rival came too.";
        let g = r.find(t2, 0, t2.len(), "en", thu(), Some(prev));
        assert_eq!(g[0].date, ymd(2023, 12, 1));
        // With nothing before, a counted relative has no sense.
        assert!(r.find(t2, 0, t2.len(), "en", thu(), None).is_empty());
        let t3 = "Il giorno dopo";
        let h = r.find(t3, 0, t3.len(), "it", thu(), Some(prev));
        assert_eq!((h[0].date, h[0].precision), (ymd(2023, 9, 1), DatePrecision::Month));
        assert!(r.find(t3, 0, t3.len(), "it", thu(), None).is_empty());
    }

    #[test]
    fn periods_and_seasons() {
        let e = one("Negli ultimi mesi le delegazioni si sono moltiplicate.", "it", thu());
        assert_eq!(
            (e.1, e.2, e.3, e.4),
            (ymd(2024, 4, 1), Some(thu()), DatePrecision::Month, TimeKind::Period)
        );
        let e = one("Gli ordini sono diminuiti negli ultimi tre anni.", "it", thu());
        assert_eq!((e.1, e.4), (ymd(2021, 1, 1), TimeKind::Period));
        assert_eq!(one("Orders fell in recent years.", "en", thu()).4, TimeKind::Period);
        assert_eq!(
            one("Orders fell over the past three years.", "en", thu()).1,
            ymd(2021, 1, 1)
        );
        let e = one(
            "Kim ha visitato lo spazioporto lo scorso autunno.",
            "it",
            ymd(2024, 6, 18),
        );
        assert_eq!(
            (e.1, e.2, e.3),
            (ymd(2023, 9, 1), Some(ymd(2023, 11, 30)), DatePrecision::Month)
        );
    }

    #[test]
    fn bad_rows_name_file_and_line() {
        let dir = std::env::temp_dir().join(format!("dyad-dates-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("it")).unwrap();
        std::fs::write(dir.join("it/dates.tsv"), "# header\nmonth\t13\tsmarzo\n").unwrap();
        let lex = Lexicons::with_overrides(&dir).unwrap();
        let err = DateResolver::new(&lex).unwrap_err();
        std::fs::remove_dir_all(&dir).ok();
        assert_eq!((err.file.as_str(), err.line), ("it/dates.tsv", 2));
        assert!(err.to_string().starts_with("it/dates.tsv:2:"), "{err}");
    }

    #[test]
    fn odd_input_never_panics() {
        let r = resolver();
        let t = "Mercoledì 31 febbraio 9999, dal 0000 — «ieri» 5/5/5 tra il e l' ultimi 99999999999 anni fa";
        for s in 0..=t.len() + 1 {
            for e in [s, s + 3, t.len(), t.len() + 5] {
                let _ = r.find(t, s, e, "it", thu(), None);
                let _ = r.find(t, s, e, "en", NaiveDate::MAX, None);
                let _ = r.find(t, s, e, "zz", NaiveDate::MIN, None);
                let _ = r.find(t, s, e, "it", NaiveDate::MAX, None);
                let _ = r.find(t, s, e, "it", NaiveDate::MIN, None);
            }
        }
    }

    /// Resolves a seed paragraph by paragraph, carrying the previous expression.
    fn seed_dates(name: &str, anchor: NaiveDate) -> Option<Vec<TimeExpr>> {
        let path = format!(
            "{}/seeds/{name}",
            concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared")
        );
        let Ok(text) = std::fs::read_to_string(&path) else {
            eprintln!("note: seed {path} not found; skipping");
            return None;
        };
        let r = resolver();
        let mut out: Vec<TimeExpr> = Vec::new();
        let mut pos = 0;
        for para in text.split_inclusive('\n') {
            let found = r.find(&text, pos, pos + para.len(), "it", anchor, out.last());
            pos += para.len();
            out.extend(found);
        }
        for e in &out {
            assert_eq!(&text[e.start..e.end], e.text);
        }
        Some(out)
    }

    #[test]
    fn seed_004_dates() {
        let Some(f) = seed_dates("004_91525126e568a6db.txt", thu()) else {
            return;
        };
        let get = |t: &str| {
            f.iter()
                .find(|e| e.text == t)
                .unwrap_or_else(|| panic!("{t} not found in {f:?}"))
        };
        assert_eq!(
            (get("giovedì").date, get("giovedì").precision),
            (thu(), DatePrecision::Day)
        );
        assert_eq!(get("Mercoledì").date, ymd(2024, 6, 19));
        assert_eq!(get("la scorsa settimana").precision, DatePrecision::Week);
        assert_eq!(get("la scorsa settimana").date, ymd(2024, 6, 10));
        assert_eq!(
            (get("a settembre").date, get("a settembre").precision),
            (ymd(2023, 9, 1), DatePrecision::Month)
        );
        let later = get("tre mesi dopo");
        assert_eq!(
            (later.date, later.precision, later.kind),
            (ymd(2023, 12, 1), DatePrecision::Month, TimeKind::Relative)
        );
        let range = get("tra il 1995 e il 2023");
        assert_eq!(
            (range.date, range.until, range.kind),
            (ymd(1995, 1, 1), Some(ymd(2023, 12, 31)), TimeKind::Range)
        );
        assert_eq!(get("nel 2022").precision, DatePrecision::Year);
        assert!(f.iter().all(|e| !e.text.contains("24")), "{f:?}");
    }

    #[test]
    fn seed_000_dates() {
        let Some(f) = seed_dates("000_e9255316bfc9fb12.txt", ymd(2024, 6, 18)) else {
            return;
        };
        let get = |t: &str| {
            f.iter()
                .find(|e| e.text == t)
                .unwrap_or_else(|| panic!("{t} not found in {f:?}"))
        };
        assert_eq!(get("lo scorso anno").date, ymd(2023, 1, 1));
        assert_eq!(
            (get("dal 2019").date, get("dal 2019").kind),
            (ymd(2019, 1, 1), TimeKind::Since)
        );
        assert_eq!(get("A marzo").date, ymd(2024, 3, 1));
        assert_eq!(
            (get("da settembre").date, get("da settembre").kind),
            (ymd(2023, 9, 1), TimeKind::Since)
        );
        assert_eq!(get("dallo scorso settembre").date, ymd(2023, 9, 1));
        assert_eq!(get("il mese scorso").date, ymd(2024, 5, 1));
        assert!(
            f.iter()
                .all(|e| !e.text.contains("11.000") && !e.text.contains("9.000")),
            "{f:?}"
        );
    }
}
