//! Datelines: the place (and agency) a wire story is filed from, opening its
//! first line ("BAMAKO - Armed men attacked…", "KABUL (Pajhwok) - …",
//! "MANILA, Philippines -- …", "ROMA - Il governo…").
//!
//! The dateline names where the reporter is, not who acts: a place or seat
//! there ("WHITE HOUSE -") must not become the source of the first event.

/// Dashes that close a dateline, with the spaces around them.
const SEPARATORS: [&str; 4] = [" -- ", " - ", " – ", " — "];

/// The longest dateline we accept, in bytes: "SAN JOSÉ, Costa Rica (AP) -- "
/// fits, a clause with a parenthetical dash does not.
const MAX_LEN: usize = 64;

/// Byte length of the dateline opening `sentence`, separator included, or
/// `None` when it opens with none.
///
/// An all-capitals place ("BEIJING", "WHITE HOUSE") opens a dateline
/// anywhere; a title-case one ("Washington - ") only in the first sentence
/// of the article (`first_in_article`), since mid-text "Rome - and …" is prose.
/// After the place may come a comma and a country or date ("MANILA,
/// Philippines", "ROMA, 24 novembre") and an agency in brackets ("(AP)").
pub(crate) fn dateline_len(sentence: &str, first_in_article: bool) -> Option<usize> {
    let mut end = MAX_LEN.min(sentence.len());
    while !sentence.is_char_boundary(end) {
        end -= 1;
    }
    let head_region = &sentence[..end];
    let (at, separator) = SEPARATORS
        .iter()
        .filter_map(|s| head_region.find(s).map(|at| (at, *s)))
        .min_by_key(|&(at, _)| at)?;
    let mut head = sentence[..at].trim_end();
    if let Some(open) = head.rfind('(') {
        if head.ends_with(')') && open > 0 {
            head = head[..open].trim_end();
        }
    }
    let (place, rest) = match head.split_once(',') {
        Some((place, rest)) => (place.trim(), Some(rest.trim())),
        None => (head, None),
    };
    let place_words: Vec<&str> = place.split_whitespace().collect();
    if place_words.is_empty() || place_words.len() > 4 {
        return None;
    }
    let letters = |w: &str| w.chars().filter(|c| c.is_alphabetic()).count();
    let all_caps = place_words
        .iter()
        .all(|w| letters(w) > 0 && w.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase))
        && place_words.iter().map(|w| letters(w)).sum::<usize>() >= 3;
    let title_case = place_words
        .iter()
        .all(|w| crate::words::initial_upper(w) && w.chars().all(|c| c.is_alphabetic() || c == '.'));
    if !(all_caps || (first_in_article && title_case)) {
        return None;
    }
    if let Some(rest) = rest {
        let words: Vec<&str> = rest.split_whitespace().collect();
        let fits = !words.is_empty()
            && words.len() <= 4
            && words.iter().enumerate().all(|(i, w)| {
                let first = w.chars().next();
                first.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                    // a month after a day number: "ROMA, 24 novembre"
                    || (i > 0 && words[i - 1].chars().all(|c| c.is_ascii_digit()))
            });
        if !fits {
            return None;
        }
    }
    Some(at + separator.len())
}

#[cfg(test)]
mod tests {
    use super::dateline_len;

    fn dateline(sentence: &str, first: bool) -> Option<&str> {
        dateline_len(sentence, first).map(|n| &sentence[..n])
    }

    #[test]
    fn capitals_agency_and_country_make_a_dateline() {
        assert_eq!(
            dateline("VELDRA - Armed men attacked a camp.", false),
            Some("VELDRA - ")
        );
        assert_eq!(
            dateline("PORT KESSIA (Norpress) - Il governo ha firmato.", false),
            Some("PORT KESSIA (Norpress) - ")
        );
        assert_eq!(
            dateline("VELDRA, Norvalia -- The army said on Monday.", false),
            Some("VELDRA, Norvalia -- ")
        );
        assert_eq!(
            dateline("VELDRA, 24 novembre - Il ministro ha detto.", false),
            Some("VELDRA, 24 novembre - ")
        );
    }

    #[test]
    fn title_case_counts_only_at_the_start_of_the_article() {
        assert_eq!(dateline("Veldra - The president called.", true), Some("Veldra - "));
        assert_eq!(dateline("Veldra - The president called.", false), None);
    }

    #[test]
    fn prose_with_a_dash_is_no_dateline() {
        assert_eq!(dateline("The army - and the police - said so.", true), None);
        assert_eq!(dateline("Norvalia accused Kessia - again.", true), None);
        assert_eq!(dateline("UN sanctions on Kessia were lifted.", true), None);
        assert_eq!(dateline("A - B", false), None);
    }
}
