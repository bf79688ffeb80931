//! Language identification: whatlang for documents, a function-word score
//! for the short Latin-script snippets whatlang gets wrong.

use whatlang::{Lang, Script};

/// A language guess, from [`detect_language`].
///
/// ```
/// let guess = dyad_text::detect_language("Il ministro ha incontrato la delegazione a Roma.").unwrap();
/// assert_eq!(guess.code, "it");
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct LangGuess {
    /// ISO 639-1 code.
    pub code: String,
    /// Whether the guess rests on enough evidence to code without a warning.
    pub reliable: bool,
}

/// How much of a document goes to whatlang: the opening is representative of
/// a news article, and trigram scoring a whole long feed dump is wasted time.
const SAMPLE_BYTES: usize = 16 * 1024;

/// Below this many words whatlang's trigram statistics are too thin to trust
/// over the function-word score, even when it calls itself reliable.
const SHORT_WORDS: usize = 12;

/// Guesses the language of a text.
///
/// Documents go to whatlang; short or unreliable Latin-script text is settled
/// between Italian and English by counting function words and word endings,
/// because whatlang calls short Italian snippets Welsh or Latin.
///
/// ```
/// use dyad_text::detect_language;
/// assert_eq!(detect_language("Giovedì a Roma").unwrap().code, "it");
/// let en = detect_language("The minister said the talks with the delegation would resume next week.").unwrap();
/// assert_eq!(en.code, "en");
/// assert_eq!(detect_language("Президент встретился с министрами").unwrap().code, "ru");
/// assert_eq!(detect_language("  12 345 "), None);
/// ```
pub fn detect_language(text: &str) -> Option<LangGuess> {
    let sample = head(text, SAMPLE_BYTES);
    if !sample.chars().any(char::is_alphabetic) {
        return None;
    }
    let info = whatlang::detect(sample);
    let latin = !matches!(&info, Some(i) if i.script() != Script::Latin);
    let score = FunctionWordScore::of(sample);
    if let Some(info) = &info {
        let trusted = info.is_reliable() && (!latin || score.words >= SHORT_WORDS);
        if trusted {
            let code = iso639_1(info.lang());
            // A reliable non-it/en verdict on text full of it/en function
            // words is the trigram model being fooled (names, boilerplate).
            if latin && !matches!(code, "it" | "en") {
                if let Some((c, strong)) = score.decide() {
                    if strong && score.hits(c) * 5 >= score.words {
                        return Some(LangGuess {
                            code: c.to_string(),
                            reliable: false,
                        });
                    }
                }
            }
            return Some(LangGuess {
                code: code.to_string(),
                reliable: true,
            });
        }
    }
    if let Some(info) = &info {
        // A fair-sized sentence that whatlang puts, even hesitantly, outside
        // it/en should not be forced into it/en by the cheap score.
        let code = iso639_1(info.lang());
        if latin && score.words >= 8 && !matches!(code, "it" | "en") && info.confidence() >= 0.5 {
            return Some(LangGuess {
                code: code.to_string(),
                reliable: false,
            });
        }
    }
    if latin {
        if let Some((code, strong)) = score.decide() {
            return Some(LangGuess {
                code: code.to_string(),
                reliable: strong && score.words >= 5,
            });
        }
    }
    info.map(|i| LangGuess {
        code: iso639_1(i.lang()).to_string(),
        reliable: false,
    })
}

/// The first `max` bytes of `text`, cut back to a char boundary.
fn head(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Function words that occur in one of the two languages and not as a word
/// of the other ("a", "in", "come", "no" are left out on purpose).
const IT_WORDS: &[&str] = &[
    "il", "lo", "la", "gli", "le", "di", "del", "della", "dei", "degli", "delle", "dello", "che", "non", "per", "con",
    "una", "uno", "un", "sono", "è", "nel", "nella", "alla", "al", "ai", "dal", "dalla", "anche", "più", "ha", "hanno",
    "ma", "e", "ed", "si", "questo", "questa", "tra", "fra", "sul", "sulla", "l", "dell", "all", "nell", "d", "c",
    "perché", "oggi", "ieri", "dopo", "secondo", "stato", "stata", "essere", "loro", "suo", "sua", "già",
];
const EN_WORDS: &[&str] = &[
    "the",
    "of",
    "and",
    "to",
    "is",
    "are",
    "was",
    "were",
    "that",
    "with",
    "for",
    "on",
    "by",
    "from",
    "has",
    "have",
    "had",
    "it",
    "its",
    "this",
    "an",
    "be",
    "been",
    "will",
    "would",
    "said",
    "which",
    "who",
    "at",
    "as",
    "but",
    "not",
    "they",
    "he",
    "she",
    "their",
    "after",
    "his",
    "her",
    "we",
    "s",
    "there",
    "than",
    "also",
    "about",
    "into",
    "over",
    "against",
    "between",
    "today",
    "yesterday",
];

/// Counts of it/en evidence over the first words of a text.
#[derive(Debug, Default)]
struct FunctionWordScore {
    words: usize,
    it: usize,
    en: usize,
    /// Words of 3+ letters ending in a vowel / in a consonant: Italian words
    /// overwhelmingly end in a vowel, English ones mostly do not.
    vowel_end: usize,
    consonant_end: usize,
}

impl FunctionWordScore {
    fn of(text: &str) -> Self {
        let mut s = FunctionWordScore::default();
        let mut buf = String::new();
        for word in text
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .take(400)
        {
            s.words += 1;
            buf.clear();
            buf.extend(word.chars().flat_map(char::to_lowercase));
            let w = buf.as_str();
            if IT_WORDS.contains(&w) {
                s.it += 1;
            }
            if EN_WORDS.contains(&w) {
                s.en += 1;
            }
            if w.chars().count() >= 3 {
                match w.chars().last() {
                    Some('a' | 'e' | 'i' | 'o' | 'u' | 'à' | 'è' | 'é' | 'ì' | 'í' | 'ò' | 'ó' | 'ù' | 'ú' | 'á') => {
                        s.vowel_end += 1
                    }
                    Some('y') | None => {}
                    Some(_) => s.consonant_end += 1,
                }
            }
        }
        s
    }

    fn hits(&self, code: &str) -> usize {
        if code == "it" {
            self.it
        } else {
            self.en
        }
    }

    /// "it" or "en" and whether the margin is comfortable, or `None` when
    /// there is no evidence either way.
    fn decide(&self) -> Option<(&'static str, bool)> {
        let endings = self.vowel_end + self.consonant_end;
        // Two points per function word, one per word ending: function words
        // are the sharper cue, endings carry names-only headlines.
        let it = 2 * self.it + self.vowel_end;
        let en = 2 * self.en + self.consonant_end;
        if it == en || self.it + self.en + endings == 0 {
            return None;
        }
        let (code, hi, lo) = if it > en { ("it", it, en) } else { ("en", en, it) };
        Some((code, hi >= 2 * lo + 2))
    }
}

/// ISO 639-1 code of every language whatlang knows.
pub(crate) fn iso639_1(lang: Lang) -> &'static str {
    match lang {
        Lang::Epo => "eo",
        Lang::Eng => "en",
        Lang::Rus => "ru",
        Lang::Cmn => "zh",
        Lang::Spa => "es",
        Lang::Por => "pt",
        Lang::Ita => "it",
        Lang::Ben => "bn",
        Lang::Fra => "fr",
        Lang::Deu => "de",
        Lang::Ukr => "uk",
        Lang::Kat => "ka",
        Lang::Ara => "ar",
        Lang::Hin => "hi",
        Lang::Jpn => "ja",
        Lang::Heb => "he",
        Lang::Yid => "yi",
        Lang::Pol => "pl",
        Lang::Amh => "am",
        Lang::Jav => "jv",
        Lang::Kor => "ko",
        Lang::Nob => "nb",
        Lang::Dan => "da",
        Lang::Swe => "sv",
        Lang::Fin => "fi",
        Lang::Tur => "tr",
        Lang::Nld => "nl",
        Lang::Hun => "hu",
        Lang::Ces => "cs",
        Lang::Ell => "el",
        Lang::Bul => "bg",
        Lang::Bel => "be",
        Lang::Mar => "mr",
        Lang::Kan => "kn",
        Lang::Ron => "ro",
        Lang::Slv => "sl",
        Lang::Hrv => "hr",
        Lang::Srp => "sr",
        Lang::Mkd => "mk",
        Lang::Lit => "lt",
        Lang::Lav => "lv",
        Lang::Est => "et",
        Lang::Tam => "ta",
        Lang::Vie => "vi",
        Lang::Urd => "ur",
        Lang::Tha => "th",
        Lang::Guj => "gu",
        Lang::Uzb => "uz",
        Lang::Pan => "pa",
        Lang::Aze => "az",
        Lang::Ind => "id",
        Lang::Tel => "te",
        Lang::Pes => "fa",
        Lang::Mal => "ml",
        Lang::Ori => "or",
        Lang::Mya => "my",
        Lang::Nep => "ne",
        Lang::Sin => "si",
        Lang::Khm => "km",
        Lang::Tuk => "tk",
        Lang::Aka => "ak",
        Lang::Zul => "zu",
        Lang::Sna => "sn",
        Lang::Afr => "af",
        Lang::Lat => "la",
        Lang::Slk => "sk",
        Lang::Cat => "ca",
        Lang::Tgl => "tl",
        Lang::Hye => "hy",
        Lang::Cym => "cy",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &str) -> String {
        detect_language(text).map(|g| g.code).unwrap_or_default()
    }

    #[test]
    fn every_whatlang_language_has_a_two_letter_code() {
        for lang in Lang::all() {
            let c = iso639_1(*lang);
            assert_eq!(c.len(), 2, "{lang:?}");
            assert!(c.bytes().all(|b| b.is_ascii_lowercase()));
        }
    }

    #[test]
    fn short_italian_headlines_are_italian() {
        for t in [
            "Giovedì a Roma",
            "Putin arriva ad Hanoi",
            "Vertice a Bruxelles sulla difesa",
            "Il ministro degli Esteri in visita a Pechino",
            "Sanzioni, nuovo pacchetto",
            "Foto di archivio",
        ] {
            assert_eq!(code(t), "it", "{t}");
        }
    }

    #[test]
    fn short_english_headlines_are_english() {
        for t in [
            "Sanctions on Moscow tightened",
            "Putin lands in Pyongyang for talks",
            "The summit ends without a deal",
            "Back to top button",
        ] {
            assert_eq!(code(t), "en", "{t}");
        }
    }

    #[test]
    fn documents_are_reliable() {
        let it = "Il presidente del Consiglio ha incontrato ieri a Palazzo Chigi il primo ministro \
                  giapponese. Al centro dei colloqui la cooperazione industriale e la sicurezza \
                  nel Mediterraneo, ha spiegato una nota del governo.";
        let g = detect_language(it).unwrap();
        assert_eq!(
            g,
            LangGuess {
                code: "it".into(),
                reliable: true
            }
        );
        let en = "The foreign minister met his counterpart in Geneva on Tuesday. The two sides \
                  agreed to resume talks on prisoner exchanges, officials said after the meeting.";
        assert_eq!(
            detect_language(en).unwrap(),
            LangGuess {
                code: "en".into(),
                reliable: true
            }
        );
    }

    #[test]
    fn other_languages_get_iso_codes() {
        assert_eq!(
            code("Der Bundeskanzler hat am Montag in Berlin mit dem französischen Präsidenten gesprochen."),
            "de"
        );
        assert_eq!(
            code("El presidente del Gobierno se reunió ayer con los representantes de los sindicatos."),
            "es"
        );
        assert_eq!(code("日本の首相は月曜日に東京で記者会見を開いた。"), "ja");
    }

    #[test]
    fn nothing_to_detect() {
        assert_eq!(detect_language(""), None);
        assert_eq!(detect_language("... !!! 2024 --"), None);
        // Must not panic on odd input.
        let _ = detect_language("👍🏽🎉");
        let _ = detect_language("\u{300}\u{301}");
        let _ = detect_language(&"é".repeat(20_000));
    }
}
