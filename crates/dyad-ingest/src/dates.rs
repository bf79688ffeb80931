//! Publication dates as found in feeds, pages and JSONL, normalized to `YYYY-MM-DD`.

/// Normalizes a date string to `YYYY-MM-DD`, or `None` when it is not a
/// recognizable calendar date.
///
/// Accepts ISO 8601 dates and date-times, `YYYY/MM/DD`, day-first numeric
/// dates (`20/06/2024`, `20.06.2024`), RFC 2822 (`Thu, 20 Jun 2024 10:00:00 GMT`)
/// and month names in English and Italian (`20 June 2024`, `June 20, 2024`,
/// `20 giugno 2024`).
///
/// ```
/// use dyad_ingest::dates::normalize;
/// assert_eq!(normalize("2024-06-20T10:00:00+02:00").as_deref(), Some("2024-06-20"));
/// assert_eq!(normalize("Thu, 20 Jun 2024 10:00:00 GMT").as_deref(), Some("2024-06-20"));
/// assert_eq!(normalize("20 giugno 2024").as_deref(), Some("2024-06-20"));
/// assert_eq!(normalize("June 20, 2024").as_deref(), Some("2024-06-20"));
/// assert_eq!(normalize("2024-13-01"), None);
/// ```
pub fn normalize(s: &str) -> Option<String> {
    let s = s.trim();
    if s.is_empty() || s.len() > 200 {
        return None;
    }
    let b = s.as_bytes();
    // ISO: YYYY-MM-DD or YYYY/MM/DD or YYYYMMDD at the start.
    if b.len() >= 10 && b[..4].iter().all(u8::is_ascii_digit) && (b[4] == b'-' || b[4] == b'/' || b[4] == b'.') {
        let y = num(&s[..4])?;
        let rest: Vec<&str> = s[5..].splitn(3, |c: char| !c.is_ascii_digit()).collect();
        if rest.len() >= 2 {
            return ymd(y, num(rest[0])?, num(rest[1])?);
        }
    }
    if b.len() >= 8 && b[..8].iter().all(u8::is_ascii_digit) && (b.len() == 8 || !b[8].is_ascii_digit()) {
        return ymd(num(&s[..4])?, num(&s[4..6])?, num(&s[6..8])?);
    }
    let words: Vec<String> = s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect();
    // Day-first numeric: 20/06/2024, 20.06.2024, 20-06-2024.
    if words.len() >= 3 && words[..3].iter().all(|w| w.chars().all(|c| c.is_ascii_digit())) && words[2].len() == 4 {
        return ymd(num(&words[2])?, num(&words[1])?, num(&words[0])?);
    }
    // Month names: find a month word, a day number and a 4-digit year nearby.
    let mi = words.iter().position(|w| month(w).is_some())?;
    let m = month(&words[mi])?;
    let year = words
        .iter()
        .skip(mi)
        .chain(words.iter().take(mi))
        .find(|w| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()))?;
    let is_day = |w: &String| w.len() <= 2 && w.chars().all(|c| c.is_ascii_digit()) || strip_ordinal(w).is_some();
    let day = if mi > 0 && is_day(&words[mi - 1]) {
        &words[mi - 1]
    } else if mi + 1 < words.len() && is_day(&words[mi + 1]) {
        &words[mi + 1]
    } else {
        return None;
    };
    let d = strip_ordinal(day).or_else(|| num(day))?;
    ymd(num(year)?, m, d)
}

fn strip_ordinal(w: &str) -> Option<u32> {
    let digits: String = w.chars().take_while(|c| c.is_ascii_digit()).collect();
    let suffix = &w[digits.len()..];
    if !digits.is_empty() && digits.len() <= 2 && matches!(suffix, "st" | "nd" | "rd" | "th" | "o" | "º") {
        digits.parse().ok()
    } else {
        None
    }
}

fn num(s: &str) -> Option<u32> {
    s.parse().ok()
}

fn ymd(y: u32, m: u32, d: u32) -> Option<String> {
    // Four-digit years only: a "date" in year 12 or 30000 is a misread figure.
    if !(1000..=2999).contains(&y) {
        return None;
    }
    chrono::NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d).map(|date| date.format("%Y-%m-%d").to_string())
}

/// Month number of an English or Italian month name or abbreviation.
fn month(w: &str) -> Option<u32> {
    const NAMES: [(&str, &str, &str); 12] = [
        ("january", "gennaio", "jan gen"),
        ("february", "febbraio", "feb febbr"),
        ("march", "marzo", "mar"),
        ("april", "aprile", "apr"),
        ("may", "maggio", "mag"),
        ("june", "giugno", "jun giu"),
        ("july", "luglio", "jul lug"),
        ("august", "agosto", "aug ago"),
        ("september", "settembre", "sep sept set sett"),
        ("october", "ottobre", "oct ott"),
        ("november", "novembre", "nov"),
        ("december", "dicembre", "dec dic"),
    ];
    NAMES
        .iter()
        .position(|(en, it, abbr)| w == *en || w == *it || abbr.split(' ').any(|a| a == w))
        .map(|i| i as u32 + 1)
}

/// A date in a URL path: `/2024/06/20/`, `/2024-06-20-`, `/20240620/`.
///
/// ```
/// assert_eq!(dyad_ingest::dates::from_url("https://x.it/2024/06/20/putin-hanoi").as_deref(), Some("2024-06-20"));
/// assert_eq!(dyad_ingest::dates::from_url("https://x.com/news/2019-11-19-story.html").as_deref(), Some("2019-11-19"));
/// assert_eq!(dyad_ingest::dates::from_url("https://x.com/a/12345"), None);
/// ```
pub fn from_url(url: &str) -> Option<String> {
    let parts: Vec<&str> = url.split(|c: char| !c.is_ascii_digit()).collect();
    for w in parts.windows(3) {
        if w[0].len() == 4 && (1..=2).contains(&w[1].len()) && (1..=2).contains(&w[2].len()) {
            if let Some(d) = ymd(num(w[0])?, num(w[1])?, num(w[2])?) {
                if (1990..=2100).contains(&num(w[0])?) {
                    return Some(d);
                }
            }
        }
    }
    for p in parts {
        if p.len() == 8 {
            if let Some(d) = ymd(num(&p[..4])?, num(&p[4..6])?, num(&p[6..])?) {
                if p.starts_with("19") || p.starts_with("20") {
                    return Some(d);
                }
            }
        }
    }
    None
}
