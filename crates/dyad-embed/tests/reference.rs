//! Fidelity of the Rust port against the Python package that ships the model.
//!
//! Needs the model dir from `scripts/fetch-encoder.sh` (found through
//! `SentenceEncoder::default_dir()`, or `models/use-m3` at the workspace root
//! since `cargo test` runs in the crate directory). Without it every test here
//! prints a skip notice and passes, unless `DYAD_REQUIRE_ENCODER=1`.

use std::path::PathBuf;
use std::sync::OnceLock;

use dyad_embed::{cosine, SentenceEncoder, DIM};

fn model_dir() -> Option<PathBuf> {
    SentenceEncoder::default_dir().or_else(|| {
        let d = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../models/use-m3");
        d.is_dir().then_some(d)
    })
}

fn encoder() -> Option<&'static SentenceEncoder> {
    static ENC: OnceLock<Option<SentenceEncoder>> = OnceLock::new();
    ENC.get_or_init(|| {
        let required = std::env::var("DYAD_REQUIRE_ENCODER").is_ok_and(|v| v == "1");
        match model_dir() {
            Some(dir) => Some(SentenceEncoder::load(&dir).unwrap_or_else(|e| panic!("{e}"))),
            None if required => {
                panic!("DYAD_REQUIRE_ENCODER=1 but no model: run scripts/fetch-encoder.sh")
            }
            None => {
                eprintln!("skipped: no encoder model; run scripts/fetch-encoder.sh (or set DYAD_ENCODER_DIR)");
                None
            }
        }
    })
    .as_ref()
}

struct Reference {
    text: String,
    ids: Vec<u32>,
    vector: Vec<f32>,
}

fn references() -> Vec<Reference> {
    let path = model_dir().unwrap().join("reference.jsonl");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .map(|line| {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            Reference {
                text: v["text"].as_str().unwrap().to_owned(),
                ids: v["ids"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|x| x.as_u64().unwrap() as u32)
                    .collect(),
                vector: v["vector"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|x| x.as_f64().unwrap() as f32)
                    .collect(),
            }
        })
        .collect()
}

#[test]
fn fixture_matches_reference_file() {
    let Some(_) = encoder() else { return };
    let fixture = include_str!("sentences.txt");
    let refs = references();
    let texts: Vec<&str> = fixture.lines().collect();
    assert_eq!(
        refs.iter().map(|r| r.text.as_str()).collect::<Vec<_>>(),
        texts,
        "reference.jsonl is stale: re-run scripts/fetch-encoder.sh"
    );
}

#[test]
fn token_ids_match_python() {
    let Some(enc) = encoder() else { return };
    let mut mismatches = 0;
    for r in references() {
        let ids = enc.tokenize(&r.text);
        if ids != r.ids {
            mismatches += 1;
            eprintln!("ids differ for {:?}\n  rust   {:?}\n  python {:?}", r.text, ids, r.ids);
        }
    }
    eprintln!("token id mismatches: {mismatches}");
    assert_eq!(mismatches, 0);
}

#[test]
fn vectors_match_python() {
    let Some(enc) = encoder() else { return };
    let refs = references();
    let texts: Vec<&str> = refs.iter().map(|r| r.text.as_str()).collect();
    let batch = enc.encode_batch(&texts);
    let mut min = f32::INFINITY;
    let mut max_abs = 0f32;
    for (r, b) in refs.iter().zip(&batch) {
        let single = enc.encode(&r.text);
        assert_eq!(single.len(), DIM);
        let c = cosine(&single, &r.vector);
        let cb = cosine(b, &r.vector);
        min = min.min(c).min(cb);
        for (x, y) in single.iter().chain(b).zip(r.vector.iter().chain(&r.vector)) {
            max_abs = max_abs.max((x - y).abs());
        }
        assert!(c >= 0.999 && cb >= 0.999, "cosine {c} / batched {cb} for {:?}", r.text);
    }
    eprintln!(
        "min cosine(rust, python) over {} sentences: {min:.7} (1 - min = {:.1e}); \
         max |rust - python| per component: {max_abs:.1e}",
        refs.len(),
        1.0 - min
    );
}

#[test]
fn translation_beats_unrelated() {
    let Some(enc) = encoder() else { return };
    let pairs = [
        (
            "La polizia ha arrestato dodici manifestanti davanti al Parlamento.",
            "Police arrested twelve protesters outside parliament.",
            "Il prezzo del grano è salito del 4% sui mercati asiatici.",
        ),
        (
            "Il governo ha firmato un accordo di cooperazione militare con la Francia.",
            "The government signed a military cooperation agreement with France.",
            "A storm left thousands of homes without power in Florida.",
        ),
        (
            "Il presidente ha condannato l'attacco e promesso aiuti alle vittime.",
            "The president condemned the attack and promised aid to the victims.",
            "La squadra di casa ha vinto la partita ai rigori.",
        ),
    ];
    for (it, en, other) in pairs {
        let (a, b, c) = (enc.encode(it), enc.encode(en), enc.encode(other));
        let same = cosine(&a, &b);
        let diff = cosine(&a, &c).max(cosine(&b, &c));
        eprintln!("{same:.3} (translation) vs {diff:.3} (unrelated): {it}");
        assert!(same > diff + 0.1, "translation {same} vs unrelated {diff} for {it:?}");
    }
}

#[test]
fn odd_inputs_give_unit_vectors() {
    let Some(enc) = encoder() else { return };
    let long = "Il consiglio comunale di Bologna ha approvato il bilancio. ".repeat(1750); // ~100 kB
    let controls: String = (0u8..32)
        .map(char::from)
        .chain(['\u{7f}', '\u{85}', '\u{200b}', '\u{feff}'])
        .collect();
    let odd = [
        "",
        " ",
        "\t\n  \r\n",
        "!",
        controls.as_str(),
        "\u{fffd}\u{fffd}\u{ffff}\u{10ffff}\u{e000}",
        "\u{301}\u{301}\u{301}",
        "🙂🙃🤷‍♀️ 👍🏽",
        "日本語のニュース 한국어 뉴스 العربية",
        "ǅ ﬁ ① ＡＢＣ ½ ℌ",
        "<s></s><unk>",
        long.as_str(),
    ];
    let batch = enc.encode_batch(&odd);
    for (text, b) in odd.iter().zip(&batch) {
        let v = enc.encode(text);
        let ids = enc.tokenize(text);
        assert!(ids.len() >= 3 && ids[0] == 1 && *ids.last().unwrap() == 2);
        for w in [&v, b] {
            assert_eq!(w.len(), DIM);
            assert!(w.iter().all(|x| x.is_finite()));
            let norm: f32 = w.iter().map(|x| x * x).sum::<f32>().sqrt();
            assert!((norm - 1.0).abs() < 1e-3, "norm {norm}");
        }
        assert!(
            cosine(&v, b) > 0.9999,
            "batch and single differ for {:?}",
            &text[..text.len().min(40)]
        );
    }
    // everything that normalises to nothing is the one "unknown text" vector
    assert_eq!(enc.tokenize(""), vec![1, 0, 2]);
    assert_eq!(enc.tokenize(" \t\n"), vec![1, 0, 2]);
    assert!(cosine(&batch[0], &batch[2]) > 0.99999);
    // the long text is processed in windows: not truncated, so it differs from
    // its first sentence alone but stays close to it (same sentence repeated)
    let first = enc.encode("Il consiglio comunale di Bologna ha approvato il bilancio.");
    let c = cosine(&first, &batch[odd.len() - 1]);
    assert!(c > 0.5 && c < 0.9999, "long vs first sentence cosine {c}");
}

#[test]
fn long_text_windows_are_exact() {
    let Some(enc) = encoder() else { return };
    // ~1500 tokens: forces several overlapping windows; compare with a batch
    // in which the same text follows a short one (different window cuts)
    let text = "Secondo fonti diplomatiche, i negoziati tra Roma e Parigi sul trattato \
                di cooperazione proseguiranno la prossima settimana a Bruxelles. "
        .repeat(60);
    assert!(enc.tokenize(&text).len() > 1000);
    let alone = enc.encode(&text);
    let after = enc.encode_batch(&["Breve notizia.", &text, "Altra notizia."]);
    let c = cosine(&alone, &after[1]);
    assert!(c > 0.99999, "window cuts changed the vector: {c}");
}
