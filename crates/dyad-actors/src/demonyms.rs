//! Demonyms: the inflection rules that turn a lexicon lemma ("russo",
//! "statunitense", "Russian") into every form a text uses ("russa", "russi",
//! "russe"; "Russians"). The data lives in `{lang}/demonyms.tsv`; the
//! morphology lives here so the files stay one line per country.

/// All forms of a demonym with a plural flag, lemma first.
///
/// ```ignore
/// // (crate-private; shown for the rules)
/// forms("it", "russo", &[]) == [("russo",false),("russa",false),("russi",true),("russe",true)]
/// ```
pub(crate) fn forms(lang: &str, base: &str, extra: &[&str]) -> Vec<(String, bool)> {
    let mut out: Vec<(String, bool)> = vec![(base.to_string(), false)];
    let mut push = |s: String, plural: bool| {
        if !out.iter().any(|(f, _)| *f == s) {
            out.push((s, plural));
        }
    };
    if lang == "it" {
        if let Some(stem) = base.strip_suffix("co") {
            // tedesco -> tedeschi (consonant before -co), greco -> greci
            let before_vowel = stem.chars().last().is_some_and(|c| "aeiou".contains(c));
            push(format!("{stem}ca"), false);
            push(
                if before_vowel {
                    format!("{stem}ci")
                } else {
                    format!("{stem}chi")
                },
                true,
            );
            push(format!("{stem}che"), true);
        } else if let Some(stem) = base.strip_suffix('o') {
            push(format!("{stem}a"), false);
            push(format!("{stem}i"), true);
            push(format!("{stem}e"), true);
        } else if let Some(stem) = base.strip_suffix('e') {
            push(format!("{stem}i"), true);
        } else if let Some(stem) = base.strip_suffix('a') {
            push(format!("{stem}i"), true);
            push(format!("{stem}e"), true);
        }
    } else if base.ends_with("an") || base.ends_with('i') {
        push(format!("{base}s"), true);
    }
    for e in extra {
        let e = e.trim();
        if !e.is_empty() {
            push(e.to_string(), looks_plural(lang, e, base));
        }
    }
    // "sud-sudanese", "nord-coreani": Italian also hyphenates a compass
    // prefix before a consonant ("sudanese", "sudafricano" are no compounds
    // of "sud" + a demonym)
    if lang == "it" {
        let prefix = ["nord", "sud"].into_iter().find(|c| {
            base.strip_prefix(c)
                .and_then(|r| r.chars().next())
                .is_some_and(|ch| !"aeiou".contains(ch))
        });
        if let Some(c) = prefix {
            let hyphenated: Vec<(String, bool)> = out
                .iter()
                .filter_map(|(f, p)| f.strip_prefix(c).map(|r| (format!("{c}-{r}"), *p)))
                .collect();
            for h in hyphenated {
                if !out.contains(&h) {
                    out.push(h);
                }
            }
        }
    }
    out
}

/// Whether `form` reads as a plural of `singular` (Italian -i/-e where the
/// singular ends otherwise; English -s, or -men for -man: "gunmen",
/// "armed men").
pub(crate) fn looks_plural(lang: &str, form: &str, singular: &str) -> bool {
    if form == singular {
        return false;
    }
    if lang == "it" {
        let last = |s: &str| s.chars().last();
        matches!(last(form), Some('i') | Some('e')) && last(form) != last(singular)
            || form
                .split(' ')
                .next()
                .is_some_and(|w| w.ends_with('i') && !singular.starts_with(w))
    } else {
        form.ends_with('s') && !singular.ends_with('s') || form.ends_with("men") && !singular.ends_with("men")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(v: Vec<(String, bool)>) -> Vec<String> {
        v.into_iter()
            .map(|(s, p)| format!("{s}{}", if p { "+" } else { "" }))
            .collect()
    }

    #[test]
    fn italian_inflection() {
        assert_eq!(names(forms("it", "russo", &[])), ["russo", "russa", "russi+", "russe+"]);
        assert_eq!(
            names(forms("it", "statunitense", &[])),
            ["statunitense", "statunitensi+"]
        );
        assert_eq!(
            names(forms("it", "tedesco", &[])),
            ["tedesco", "tedesca", "tedeschi+", "tedesche+"]
        );
        assert_eq!(
            names(forms("it", "greco", &[])),
            ["greco", "greca", "greci+", "greche+"]
        );
        assert_eq!(
            names(forms("it", "vietnamita", &[])),
            ["vietnamita", "vietnamiti+", "vietnamite+"]
        );
        assert_eq!(
            names(forms("it", "nordcoreano", &[])),
            [
                "nordcoreano",
                "nordcoreana",
                "nordcoreani+",
                "nordcoreane+",
                "nord-coreano",
                "nord-coreana",
                "nord-coreani+",
                "nord-coreane+"
            ]
        );
        assert_eq!(names(forms("it", "sudanese", &[])), ["sudanese", "sudanesi+"]);
    }

    #[test]
    fn english_plurals() {
        assert_eq!(names(forms("en", "Russian", &[])), ["Russian", "Russians+"]);
        assert_eq!(names(forms("en", "Israeli", &[])), ["Israeli", "Israelis+"]);
        assert_eq!(names(forms("en", "Chinese", &[])), ["Chinese"]);
    }

    #[test]
    fn english_plurals_in_men() {
        assert!(looks_plural("en", "armed men", "rebel"));
        assert!(looks_plural("en", "gunmen", "gunman"));
        assert!(!looks_plural("en", "gunman", "gunman"));
    }
}
