//! Calendar arithmetic on `YYYY-MM-DD` strings, without a date library:
//! day numbers for de-duplication windows, ISO weeks for analytics, and the
//! parsing of user-given date bounds.

use crate::StoreError;

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
pub(crate) fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m as i64 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day number.
pub(crate) fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { yoe + era * 400 + 1 } else { yoe + era * 400 }, m, d)
}

fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        _ => 28,
    }
}

/// A date as given: year, and optionally month and day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Partial {
    y: i64,
    m: Option<u32>,
    d: Option<u32>,
}

fn parse_partial(s: &str) -> Option<Partial> {
    let s = s.trim();
    let mut parts = s.split('-');
    let ys = parts.next()?;
    if ys.len() != 4 || !ys.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i64 = ys.parse().ok()?;
    let num = |p: Option<&str>| -> Option<Option<u32>> {
        match p {
            None => Some(None),
            Some(p) if p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit()) => Some(Some(p.parse().ok()?)),
            Some(_) => None,
        }
    };
    let m = num(parts.next())?;
    let d = num(parts.next())?;
    if parts.next().is_some() || (m.is_none() && d.is_some()) {
        return None;
    }
    if let Some(m) = m {
        if !(1..=12).contains(&m) {
            return None;
        }
        if let Some(d) = d {
            if d == 0 || d > days_in_month(y, m) {
                return None;
            }
        }
    }
    Some(Partial { y, m, d })
}

/// The day number of a stored date (`YYYY-MM-DD`, or a coarser `YYYY-MM` /
/// `YYYY`, read as its first day). `None` for anything else.
pub(crate) fn day_number(s: &str) -> Option<i64> {
    let p = parse_partial(s)?;
    Some(days_from_civil(p.y, p.m.unwrap_or(1), p.d.unwrap_or(1)))
}

/// `YYYY-MM-DD` of a day number.
pub(crate) fn format_day(n: i64) -> String {
    let (y, m, d) = civil_from_days(n);
    format!("{y:04}-{m:02}-{d:02}")
}

/// ISO 8601 week of a day number, as `YYYY-Www`.
pub(crate) fn iso_week(n: i64) -> String {
    let weekday = (n + 3).rem_euclid(7); // Monday = 0; 1970-01-01 was a Thursday.
    let thursday = n - weekday + 3;
    let (y, _, _) = civil_from_days(thursday);
    let week = (thursday - days_from_civil(y, 1, 1)) / 7 + 1;
    format!("{y:04}-W{week:02}")
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
    let p = parse_partial(s).ok_or_else(|| StoreError::BadDate(s.to_string()))?;
    let (m, d) = match (bound, p.m, p.d) {
        (_, Some(m), Some(d)) => (m, d),
        (Bound::Start, m, _) => (m.unwrap_or(1), 1),
        (Bound::End, Some(m), None) => (m, days_in_month(p.y, m)),
        (Bound::End, None, _) => (12, 31),
    };
    Ok(format!("{:04}-{m:02}-{d:02}", p.y))
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
