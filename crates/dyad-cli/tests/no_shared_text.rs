//! Nothing from ../shared is copied into the repository: no seed article and
//! no development sentence, not even quoted in a comment or a note. The
//! development data measures the coder; text of it inside the repository
//! (tests, training rows, examples in notes) would let the rules be tuned on
//! the very sentences they are measured on.
//!
//! A copy is found by shingles: runs of consecutive words (lower-cased `\w+`
//! words, as `re.findall(r"\w+", text.lower())` gives them). Seven words in a
//! row shared with a seed article, or eight with the development data, are a
//! copy: shorter runs are common phrasing ("the Ministry of Foreign Affairs
//! said"), longer ones are not written twice by chance. Official names that
//! are as long (UNHCR's full Italian name) are listed, each with its reason,
//! in `tests/shared-text-allow.txt`.
//!
//! Skipped with a note when ../shared is not beside the checkout.

mod common;

use common::{shared, workspace};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Shingle length against the seed articles: they are few and long, so a
/// shorter run is already telling.
const SEED_WORDS: usize = 7;
/// Shingle length against the development data: many short sentences on the
/// same topics as the repository's own examples.
const DEV_WORDS: usize = 8;

/// Folders never scanned by the directory walk (build output, VCS data).
const SKIP_DIRS: &[&str] = &["target", ".git", "node_modules"];

/// One word of a text: the hash of its lower-cased form and its byte span.
struct Word {
    hash: u64,
    start: usize,
    end: usize,
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// The `\w+` words of `text`, each hashed lower-cased (FNV-1a over UTF-8),
/// so that neither the words nor their shingles are ever allocated.
fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut current: Option<(u64, usize)> = None;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() || c == '_' {
            let (mut h, start) = current.unwrap_or((FNV_OFFSET, i));
            for lc in c.to_lowercase() {
                let mut buf = [0u8; 4];
                for &b in lc.encode_utf8(&mut buf).as_bytes() {
                    h = (h ^ u64::from(b)).wrapping_mul(FNV_PRIME);
                }
            }
            current = Some((h, start));
        } else if let Some((hash, start)) = current.take() {
            out.push(Word { hash, start, end: i });
        }
    }
    if let Some((hash, start)) = current {
        out.push(Word {
            hash,
            start,
            end: text.len(),
        });
    }
    out
}

/// The hash of the `n` words starting at each position (order-sensitive).
fn shingles(ws: &[Word], n: usize) -> impl Iterator<Item = u64> + '_ {
    ws.windows(n).map(|w| {
        w.iter()
            .fold(FNV_OFFSET, |h, x| (h ^ x.hash).wrapping_mul(FNV_PRIME).rotate_left(29))
    })
}

fn add_text(set: &mut HashSet<u64>, text: &str, n: usize) {
    set.extend(shingles(&words(text), n));
}

/// Every string value of a JSON document (the article bodies, titles, URLs).
fn json_strings<'a>(v: &'a serde_json::Value, out: &mut Vec<&'a str>) {
    match v {
        serde_json::Value::String(s) => out.push(s),
        serde_json::Value::Array(a) => a.iter().for_each(|x| json_strings(x, out)),
        serde_json::Value::Object(o) => o.values().for_each(|x| json_strings(x, out)),
        _ => {}
    }
}

fn read(path: &Path) -> Option<String> {
    let text = std::fs::read_to_string(path);
    if text.is_err() {
        println!("note: {} not readable, not checked against", path.display());
    }
    text.ok()
}

/// The 7-word shingles of the seed articles.
fn seed_shingles(shared: &Path) -> HashSet<u64> {
    let mut set = HashSet::new();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(shared.join("seeds"))
        .expect("seeds folder")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .collect();
    paths.sort();
    for p in paths {
        if let Some(t) = read(&p) {
            add_text(&mut set, &t, SEED_WORDS);
        }
    }
    set
}

/// The 8-word shingles of the development data: both PLOVER files whole
/// (sentence, marked sentence and the other columns), the KIND tokens joined
/// in order, and the strings of the extraction ground truth.
fn dev_shingles(shared: &Path) -> HashSet<u64> {
    let data = shared.join("data");
    let mut set = HashSet::new();
    for f in ["plover-en-dev/PLV_train.tsv", "plover-it-dev/PLV_train_it.tsv"] {
        if let Some(t) = read(&data.join(f)) {
            add_text(&mut set, &t, DEV_WORDS);
        }
    }
    if let Some(t) = read(&data.join("kind-dev/WN_dev.tsv")) {
        // Only the token column: the tags would sit between the words.
        let tokens: Vec<&str> = t
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| l.split('\t').next().unwrap_or(""))
            .collect();
        add_text(&mut set, &tokens.join(" "), DEV_WORDS);
    }
    if let Some(t) = read(&data.join("article-extraction-dev/ground-truth.json")) {
        let v: serde_json::Value = serde_json::from_str(&t).expect("ground-truth.json parses");
        let mut strings = Vec::new();
        json_strings(&v, &mut strings);
        for s in strings {
            add_text(&mut set, s, DEV_WORDS);
        }
    }
    set
}

/// The reviewed official names: the shingles inside one of them are no copy.
fn allowed(n: usize) -> HashSet<u64> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/shared-text-allow.txt");
    let text = std::fs::read_to_string(&path).expect("tests/shared-text-allow.txt");
    let mut set = HashSet::new();
    for line in text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        add_text(&mut set, line, n);
    }
    set
}

/// The repository's files, relative to the root: tracked and untracked but
/// not ignored (a new file is checked before it is committed), else every
/// file outside the build and VCS folders when git is unavailable.
fn repo_files(root: &Path) -> Vec<PathBuf> {
    let git = Command::new("git")
        .args(["ls-files", "-z", "--cached", "--others", "--exclude-standard"])
        .current_dir(root)
        .output();
    if let Ok(out) = git {
        if out.status.success() {
            let mut files: Vec<PathBuf> = out
                .stdout
                .split(|&b| b == 0)
                .filter(|p| !p.is_empty())
                .map(|p| PathBuf::from(String::from_utf8_lossy(p).into_owned()))
                .collect();
            files.sort();
            files.dedup();
            return files;
        }
    }
    println!("note: git unavailable, walking the directory");
    let mut files = Vec::new();
    let mut stack = vec![PathBuf::new()];
    while let Some(rel) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(root.join(&rel)) else {
            continue;
        };
        for e in entries.flatten() {
            let name = e.file_name();
            let child = rel.join(&name);
            match e.file_type() {
                Ok(t) if t.is_dir() && !SKIP_DIRS.iter().any(|d| name == *d) => stack.push(child),
                Ok(t) if t.is_file() => files.push(child),
                _ => {}
            }
        }
    }
    files.sort();
    files
}

/// The runs of `text` that share an `n`-word shingle with `set`, as
/// "line N: words…", overlapping shingles merged into one run.
fn copies(text: &str, ws: &[Word], n: usize, set: &HashSet<u64>, allow: &HashSet<u64>) -> Vec<String> {
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for (i, h) in shingles(ws, n).enumerate() {
        if !set.contains(&h) || allow.contains(&h) {
            continue;
        }
        let (s, e) = (ws[i].start, ws[i + n - 1].end);
        match runs.last_mut() {
            Some(last) if s <= last.1 => last.1 = e,
            _ => runs.push((s, e)),
        }
    }
    runs.into_iter()
        .map(|(s, e)| {
            let line = text[..s].matches('\n').count() + 1;
            let words = text[s..e].split_whitespace().collect::<Vec<_>>().join(" ");
            format!("line {line}: {words}")
        })
        .collect()
}

#[test]
fn the_repository_holds_no_text_from_shared() {
    let Some(shared) = shared() else {
        println!("note: ../shared not found, shared-text check skipped");
        return;
    };
    let root = workspace();
    let checks = [
        ("seed", SEED_WORDS, seed_shingles(&shared), allowed(SEED_WORDS)),
        ("dev data", DEV_WORDS, dev_shingles(&shared), allowed(DEV_WORDS)),
    ];
    let mut failures = Vec::new();
    let mut scanned = 0;
    for rel in repo_files(&root) {
        let Ok(bytes) = std::fs::read(root.join(&rel)) else {
            continue;
        };
        // Binary files (images, databases) hold no sentences to compare.
        if bytes.contains(&0) {
            continue;
        }
        let Ok(text) = String::from_utf8(bytes) else {
            continue;
        };
        scanned += 1;
        let ws = words(&text);
        let rel_str = rel.to_string_lossy().replace('\\', "/");
        for (what, n, set, allow) in &checks {
            let found = copies(&text, &ws, *n, set, allow);
            if found.is_empty() {
                continue;
            }
            failures.push(format!("{rel_str} ({what}, {n} words):\n    {}", found.join("\n    ")));
        }
    }
    assert!(
        scanned > 100,
        "only {scanned} files scanned: is the workspace root right?"
    );
    assert!(
        failures.is_empty(),
        "text from ../shared in the repository; write a sentence of your own, or list an \
         official name in crates/dyad-cli/tests/shared-text-allow.txt:\n  {}",
        failures.join("\n  ")
    );
}

/// The detector itself: a planted copy is found, a reworded sentence is not,
/// and case and punctuation do not hide a copy.
#[test]
fn a_copy_is_found_by_its_words_not_its_spelling() {
    let source = "Ieri a Lunaria il consiglio ha approvato in fretta la nuova legge sui porti.";
    let mut set = HashSet::new();
    add_text(&mut set, source, SEED_WORDS);
    let none = HashSet::new();
    let planted = "/// \"IL CONSIGLIO, ha approvato in fretta la nuova legge\"";
    let ws = words(planted);
    assert_eq!(copies(planted, &ws, SEED_WORDS, &set, &none).len(), 1);
    let own = "Il consiglio ha votato la legge sui porti ieri sera.";
    let ws = words(own);
    assert!(copies(own, &ws, SEED_WORDS, &set, &none).is_empty());
    // An allowed name hides only the shingles inside it.
    let mut allow = HashSet::new();
    add_text(&mut allow, "il consiglio ha approvato in fretta la nuova", SEED_WORDS);
    let ws = words(planted);
    assert_eq!(copies(planted, &ws, SEED_WORDS, &set, &allow).len(), 1);
    let short = "il consiglio ha approvato in fretta la";
    let ws = words(short);
    assert!(copies(short, &ws, SEED_WORDS, &set, &allow).is_empty());
}
