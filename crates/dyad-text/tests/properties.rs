//! Invariants that must hold for any input, however odd.

use dyad_text::{detect_language, split_sentences, Folded};
use proptest::prelude::*;

/// Strings biased towards what trips splitters: periods, quotes, newlines,
/// apostrophes, digits, accents, combining marks, emoji, RTL.
fn tricky() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just(".".to_string()),
        Just(". ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("«".to_string()),
        Just("'".to_string()),
        Just("’".to_string()),
        Just("-".to_string()),
        Just("…".to_string()),
        Just("U.S.A.".to_string()),
        Just("dott.".to_string()),
        Just("11.000".to_string()),
        Just("3,5".to_string()),
        Just("e\u{301}".to_string()),
        Just("👨\u{200D}👩".to_string()),
        Just("مرحبا".to_string()),
        Just("Il".to_string()),
        Just("The".to_string()),
        "[a-zA-Zàèéìòù0-9 ]{1,8}",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

fn check_split(text: &str, lang: &str) {
    let sentences = split_sentences(text, lang);
    let mut prev_end = 0;
    for s in &sentences {
        assert!(s.start >= prev_end, "overlap or out of order");
        assert!(s.start < s.end && s.end <= text.len(), "bad bounds");
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        assert!(!s.tokens.is_empty());
        let mut tok_end = s.start;
        for t in &s.tokens {
            assert!(
                t.start >= tok_end && t.start < t.end && t.end <= s.end,
                "token outside sentence"
            );
            assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
            tok_end = t.end;
        }
        assert_eq!(s.tokens[0].start, s.start);
        assert_eq!(s.tokens.last().unwrap().end, s.end);
        prev_end = s.end;
    }
    // Only whitespace is left out of sentences.
    let covered: usize = sentences
        .iter()
        .map(|s| s.tokens.iter().map(|t| t.end - t.start).sum::<usize>())
        .sum();
    let mut gaps = String::new();
    let mut at = 0;
    for t in sentences.iter().flat_map(|s| &s.tokens) {
        gaps.push_str(&text[at..t.start]);
        at = t.end;
    }
    gaps.push_str(&text[at..]);
    assert_eq!(covered + gaps.len(), text.len());
    assert!(gaps
        .chars()
        .all(|c| c.is_whitespace() || c.is_control() || matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{2060}')));
}

fn check_fold(text: &str) {
    let f = Folded::new(text);
    let mut prev = 0;
    for i in 0..=f.text.len() {
        let o = f.to_original(i);
        assert!(o >= prev, "map not monotonic");
        assert!(o <= text.len() && text.is_char_boundary(o));
        prev = o;
    }
    assert_eq!(f.to_original(f.text.len()), text.len());
    assert_eq!(f.to_original(f.text.len() + 10), text.len());
    assert_eq!(dyad_text::fold(text), f.text);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn split_invariants_tricky(text in tricky()) {
        check_split(&text, "it");
        check_split(&text, "en");
        check_split(&text, "de");
    }

    #[test]
    fn split_invariants_any(text in any::<String>()) {
        check_split(&text, "it");
        check_split(&text, "en");
    }

    #[test]
    fn fold_invariants(text in any::<String>()) {
        check_fold(&text);
    }

    #[test]
    fn fold_invariants_tricky(text in tricky()) {
        check_fold(&text);
    }

    #[test]
    fn detection_never_panics(text in any::<String>()) {
        if let Some(g) = detect_language(&text) {
            prop_assert_eq!(g.code.len(), 2);
        }
    }
}
