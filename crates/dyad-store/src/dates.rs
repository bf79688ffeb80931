//! Dates as the store keeps them: `YYYY-MM-DD` strings (or a coarser
//! `YYYY-MM` / `YYYY`), day numbers for de-duplication windows, ISO weeks for
//! analytics, and the parsing of user-given date bounds. Calendar arithmetic
//! is chrono's.

use crate::StoreError;
use chrono::{Datelike, NaiveDate};

fn epoch() -> NaiveDate {
    NaiveDate::from_ymd_opt(1970, 1, 1).expect("valid date")
}

/// A date as given: year, and optionally month and day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Partial {
    y: i32,
    m: Option<u32>,
    d: Option<u32>,
}

impl Partial {
    /// The first day it stands for.
    fn first_day(self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.y, self.m.unwrap_or(1), self.d.unwrap_or(1))
    }

    /// The last day it stands for (`2024-02` → 2024-02-29).
    fn last_day(self) -> Option<NaiveDate> {
        match (self.m, self.d) {
            (Some(m), Some(d)) => NaiveDate::from_ymd_opt(self.y, m, d),
            (Some(m), None) => {
                let next = if m == 12 {
                    NaiveDate::from_ymd_opt(self.y + 1, 1, 1)
                } else {
                    NaiveDate::from_ymd_opt(self.y, m + 1, 1)
                };
                next?.pred_opt()
            }
            _ => NaiveDate::from_ymd_opt(self.y, 12, 31),
        }
    }
}

/// Strictly `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with two-digit fields, a real date.
fn parse_partial(s: &str) -> Option<Partial> {
    let s = s.trim();
    let mut parts = s.split('-');
    let ys = parts.next()?;
    if ys.len() != 4 || !ys.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let num = |p: Option<&str>| -> Option<Option<u32>> {
        match p {
            None => Some(None),
            Some(p) if p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit()) => Some(Some(p.parse().ok()?)),
            Some(_) => None,
        }
    };
    let y: i32 = ys.parse().ok()?;
    let m = num(parts.next())?;
    let d = num(parts.next())?;
    if parts.next().is_some() || (m.is_none() && d.is_some()) {
        return None;
    }
    let p = Partial { y, m, d };
    p.first_day()?;
    Some(p)
}

/// The day number (days since 1970-01-01) of a stored date (`YYYY-MM-DD`, or a
/// coarser `YYYY-MM` / `YYYY`, read as its first day). `None` for anything else.
pub(crate) fn day_number(s: &str) -> Option<i64> {
    Some((parse_partial(s)?.first_day()? - epoch()).num_days())
}

fn from_day_number(n: i64) -> Option<NaiveDate> {
    epoch().checked_add_signed(chrono::TimeDelta::try_days(n)?)
}

/// `YYYY-MM-DD` of a day number.
pub(crate) fn format_day(n: i64) -> String {
    from_day_number(n)
        .map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default()
}

/// ISO 8601 week of a day number, as `YYYY-Www`.
pub(crate) fn iso_week(n: i64) -> String {
    from_day_number(n)
        .map(|d| format!("{:04}-W{:02}", d.iso_week().year(), d.iso_week().week()))
        .unwrap_or_default()
}

/// Which end of a range a user date bounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    /// `--since`: a coarse date means its first day.
    Start,
    /// `--until`: a coarse date means its last day (`2024-06` → `2024-06-30`).
    End,
}

/// Parses a user date bound (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`) into the
/// inclusive `YYYY-MM-DD` day it stands for.
///
/// ```
/// use dyad_store::{parse_bound, Bound};
/// assert_eq!(parse_bound("2024-02", Bound::End).unwrap(), "2024-02-29");
/// assert_eq!(parse_bound("2024", Bound::Start).unwrap(), "2024-01-01");
/// assert!(parse_bound("2024-13-01", Bound::Start).is_err());
/// assert!(parse_bound("yesterday", Bound::Start).is_err());
/// ```
pub fn parse_bound(s: &str, bound: Bound) -> Result<String, StoreError> {
    let bad = || StoreError::BadDate(s.to_string());
    let p = parse_partial(s).ok_or_else(bad)?;
    let day = match bound {
        Bound::Start => p.first_day(),
        Bound::End => p.last_day(),
    }
    .ok_or_else(bad)?;
    Ok(day.format("%Y-%m-%d").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_round_trip() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2024-06-20").map(format_day).as_deref(), Some("2024-06-20"));
        assert_eq!(day_number("2024-06"), day_number("2024-06-01"));
        for n in [-500_000, -1, 0, 59, 19_000, 20_000, 2_000_000] {
            let s = format_day(n);
            assert_eq!(day_number(&s), Some(n), "{s}");
        }
        for bad in [
            "",
            "24-06-20",
            "2024-6-20",
            "2024-02-30",
            "2024-06-20T10:00",
            "2024--01",
            "abcd",
        ] {
            assert_eq!(day_number(bad), None, "{bad}");
        }
    }

    #[test]
    fn iso_weeks() {
        assert_eq!(iso_week(day_number("2024-06-20").unwrap()), "2024-W25");
        assert_eq!(iso_week(day_number("2021-01-03").unwrap()), "2020-W53");
        assert_eq!(iso_week(day_number("2024-12-30").unwrap()), "2025-W01");
    }
}
