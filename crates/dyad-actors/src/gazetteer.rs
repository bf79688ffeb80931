//! The gazetteer: every actor lexicon file parsed once into typed records
//! (countries, places, organizations, metonyms, leaders, demonyms, sector
//! cues, titles, organization head words) and the surface forms that name
//! them. It owns the file formats; matching lives in `matcher`.

use crate::demonyms;
use crate::ActorError;
use dyad_lexicon::{tsv_rows, Lexicons};
use dyad_model::ActorKind;
use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};

/// A country or territory.
#[derive(Debug, Clone)]
pub(crate) struct Country {
    pub iso3: String,
    pub name_en: String,
    pub name_it: String,
}

/// A city with coordinates.
#[derive(Debug, Clone)]
pub(crate) struct City {
    pub name: String,
    pub iso3: String,
    pub lat: f64,
    pub lon: f64,
    pub population: u64,
    pub capital: bool,
    /// The town's own name opens with an article ("Il Cairo", "L'Avana"):
    /// an article before it is no sign of a club.
    pub articled: bool,
}

impl City {
    /// The country, if the place lies in one (continents and seas do not).
    pub fn code(&self) -> Option<String> {
        (!self.iso3.is_empty()).then(|| self.iso3.clone())
    }

    /// A planet or a moon: its row gives no point on a map of the Earth
    /// (nan coordinates).
    pub fn off_world(&self) -> bool {
        self.lat.is_nan()
    }
}

/// An organization or a seat-of-power metonym.
#[derive(Debug, Clone)]
pub(crate) struct Org {
    pub name: String,
    pub code: Option<String>,
    pub sector: Option<String>,
    pub qid: Option<String>,
}

/// One term of office of a leader.
#[derive(Debug, Clone)]
pub(crate) struct Term {
    pub country: String,
    pub sector: String,
    pub offices: Vec<String>,
    pub start: String,
    /// `None`: still in office.
    pub end: Option<String>,
}

/// A person in the leaders table, with all their terms.
#[derive(Debug, Clone)]
pub(crate) struct Leader {
    pub name: String,
    pub qid: Option<String>,
    pub terms: Vec<Term>,
}

/// A sector cue ("funzionari", "governo").
#[derive(Debug, Clone)]
pub(crate) struct Cue {
    pub sector: String,
    pub kind: ActorKind,
    pub offices: Vec<String>,
    /// Plural forms refer to groups and never to one leader.
    pub plural: bool,
    /// An actor on its own ("la polizia", "i manifestanti").
    pub alone: bool,
    /// On its own only after an article ("the military", "the party").
    pub det: bool,
    /// The bare word names one institution: an ORG name for NER.
    pub name: bool,
    /// The form is an adjective too ("aiuti militari", "relazioni
    /// diplomatiche"): not an actor of its own right after a noun.
    pub adj: bool,
}

/// What a surface form names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Entry {
    Country(u32),
    City(u32),
    Org(u32),
    Metonym(u32),
    Leader(u32),
    /// Demonym of a country (index into `countries`), plural flag.
    Demonym(u32, bool),
    Cue(u32),
    Title,
    /// Head word of an organization name, with its sector (index into `cues`
    /// reused as a plain sector holder; `u32::MAX` for none).
    OrgHead(u32),
}

impl Entry {
    /// Which entry wins when one surface names several things: a leader
    /// over an organization over a country over a city, and names over
    /// cue words.
    pub fn rank(self) -> u8 {
        match self {
            Entry::Leader(_) => 0,
            Entry::Org(_) => 1,
            Entry::Metonym(_) => 2,
            Entry::Country(_) => 3,
            Entry::City(_) => 4,
            Entry::Demonym(..) => 5,
            Entry::Cue(_) => 6,
            Entry::OrgHead(_) => 7,
            Entry::Title => 8,
        }
    }
}

/// A surface form as written in the lexicon (for case checks) and what it names.
#[derive(Debug, Clone)]
pub(crate) struct Surface {
    pub text: String,
    pub entry: Entry,
    /// Italian demonyms are lowercase words: a Capitalised form is a name.
    pub lowercase_only: bool,
}

/// All gazetteer data for one language.
#[derive(Debug, Default)]
pub(crate) struct Gazetteer {
    pub countries: Vec<Country>,
    pub cities: Vec<City>,
    pub orgs: Vec<Org>,
    pub leaders: Vec<Leader>,
    pub cues: Vec<Cue>,
    pub head_sectors: Vec<Option<String>>,
    /// Heads (same index) whose name says what the body is for, not whose
    /// it is: a place before them gives no country ("Iraq Humanitarian Fund").
    pub head_for: Vec<bool>,
    /// Heads (same index) of offices that sit in one town ("Tribunale",
    /// "Procura"): "di" and one more name at the end is that town.
    pub head_seat: Vec<bool>,
    pub surfaces: Vec<Surface>,
    pub by_iso3: HashMap<String, u32>,
    /// Folded common words of the language (`{lang}/common-words.txt`): a
    /// Capitalised word listed here is no name by itself.
    pub common: HashSet<String>,
    /// Cues that type a lone name in no list (`{lang}/name-cues.tsv`).
    pub name_cues: crate::lone::NameCues,
    /// Folded one-word names of places and countries ("roma", "viterbo"),
    /// for the parts of hyphenated names.
    pub place_words: HashSet<String>,
    /// Disputed places (index into `cities`) -> the claimants
    /// (`common/disputed.tsv`); such a place has no country of its own.
    pub disputed: HashMap<u32, Vec<String>>,
    /// Folded one-word demonym -> country index ("israeli"), for words
    /// built on one ("Israeli-occupied").
    pub demonym_words: HashMap<String, u32>,
    /// Cues of a match report (`{lang}/sports.tsv`, `cue` rows, shared with
    /// the event coder), as folded word sequences keyed by their first word.
    pub sports: HashMap<String, Vec<Vec<String>>>,
}

fn err(file: &str, line: usize, msg: impl Into<String>) -> ActorError {
    ActorError::Lexicon {
        file: file.to_string(),
        line,
        message: msg.into(),
    }
}

/// PLOVER/CAMEO codes accepted besides ISO alpha-3.
const SPECIAL_CODES: &[&str] = &["IGO", "UNO", "EUR", "NGO", "MNC"];

fn valid_code(code: &str, by_iso3: &HashMap<String, u32>) -> bool {
    by_iso3.contains_key(code) || SPECIAL_CODES.contains(&code)
}

fn valid_date(d: &str) -> bool {
    let b = d.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && d.bytes()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

impl Gazetteer {
    /// Loads the common files and those of `lang`.
    pub fn load(lex: &Lexicons, lang: &str) -> Result<Self, ActorError> {
        let mut g = Gazetteer::default();
        g.load_countries(lex, lang)?;
        g.load_cities(lex, lang)?;
        g.load_orgs(lex)?;
        g.load_metonyms(lex, lang)?;
        g.load_leaders(lex)?;
        g.load_demonyms(lex, lang)?;
        g.load_cues(lex, lang)?;
        g.load_titles(lex, lang);
        g.load_heads(lex, lang);
        // Italian news quotes English words ("festival", "board"): loanwords
        let files: &[&str] = if lang == "it" {
            &["it/common-words.txt", "en/common-words.txt"]
        } else {
            &["en/common-words.txt"]
        };
        g.common = files
            .iter()
            .flat_map(|f| tsv_rows(lex.text(f)))
            .map(|r| dyad_text::fold(r.field(0)))
            .collect();
        g.load_name_cues(lex, lang)?;
        g.mark_articled_towns();
        g.load_sports(lex, lang);
        g.place_words = g
            .surfaces
            .iter()
            .filter(|s| matches!(s.entry, Entry::City(_) | Entry::Country(_)) && !s.text.contains(' '))
            .map(|s| dyad_text::fold(&s.text))
            .collect();
        g.demonym_words = g
            .surfaces
            .iter()
            .filter_map(|s| match s.entry {
                Entry::Demonym(i, _) if !s.text.contains(' ') => Some((dyad_text::fold(&s.text), i)),
                _ => None,
            })
            .collect();
        Ok(g)
    }

    /// Each cue as the word tokens the tokenizer makes of it ("calcio
    /// d'angolo" is "calcio", "d", "angolo"; "tie-break" stays one).
    fn load_sports(&mut self, lex: &Lexicons, lang: &str) {
        for row in tsv_rows(lex.text(&format!("{lang}/sports.tsv"))) {
            if row.field(0) != "cue" {
                continue;
            }
            let words: Vec<String> = row
                .field(1)
                .split(|c: char| c.is_whitespace() || c == '\'' || c == '’')
                .filter(|w| !w.is_empty())
                .map(dyad_text::fold)
                .collect();
            if let Some(first) = words.first() {
                self.sports.entry(first.clone()).or_default().push(words);
            }
        }
    }

    /// Marks the towns one of whose names opens with an article ("Il
    /// Cairo", "L'Avana", "La Spezia"), the title articles of
    /// `name-cues.tsv` or an elided "l'".
    fn mark_articled_towns(&mut self) {
        for s in &self.surfaces {
            let Entry::City(i) = s.entry else { continue };
            let first = s.text.split_whitespace().next().unwrap_or("");
            let articled = match first.split_once(['\'', '’']) {
                Some((a, rest)) => !rest.is_empty() && dyad_text::fold(a) == "l",
                None => s.text.contains(' ') && self.name_cues.title.contains(&dyad_text::fold(first)),
            };
            if articled {
                self.cities[i as usize].articled = true;
            }
        }
    }

    fn add(&mut self, text: &str, entry: Entry) {
        let text = text.trim();
        if text.is_empty() {
            return;
        }
        self.surfaces.push(Surface {
            text: text.to_string(),
            entry,
            lowercase_only: false,
        });
    }

    fn load_countries(&mut self, lex: &Lexicons, lang: &str) -> Result<(), ActorError> {
        let file = "common/countries.tsv";
        for row in tsv_rows(lex.text(file)) {
            let iso3 = row.field(0);
            if iso3.len() != 3 {
                return Err(err(file, row.line, format!("bad ISO alpha-3 code '{iso3}'")));
            }
            let idx = self.countries.len() as u32;
            self.by_iso3.insert(iso3.to_string(), idx);
            self.countries.push(Country {
                iso3: iso3.to_string(),
                name_en: row.field(2).to_string(),
                name_it: row.field(3).to_string(),
            });
        }
        for file in [format!("{lang}/countries.tsv"), format!("{lang}/countries-extra.tsv")] {
            for row in tsv_rows(lex.text(&file)) {
                let code = row.field(1);
                let Some(&idx) = self.by_iso3.get(code) else {
                    return Err(err(&file, row.line, format!("unknown country code '{code}'")));
                };
                self.add(row.field(0), Entry::Country(idx));
            }
        }
        Ok(())
    }

    fn load_cities(&mut self, lex: &Lexicons, lang: &str) -> Result<(), ActorError> {
        let file = "common/cities.tsv";
        for row in tsv_rows(lex.text(file)) {
            let parse = |i: usize| {
                row.field(i)
                    .parse::<f64>()
                    .map_err(|_| err(file, row.line, format!("bad number in column {}", i + 1)))
            };
            let (lat, lon) = (parse(2)?, parse(3)?);
            let iso3 = row.field(1);
            if !self.by_iso3.contains_key(iso3) {
                return Err(err(file, row.line, format!("unknown country code '{iso3}'")));
            }
            let idx = self.cities.len() as u32;
            let name = row.field(0);
            self.cities.push(City {
                name: name.to_string(),
                iso3: iso3.to_string(),
                lat,
                lon,
                population: row.field(4).parse().unwrap_or(0),
                capital: row.field(6) == "y",
                articled: false,
            });
            self.add(name, Entry::City(idx));
            if let Some(aliases) = row.opt(7) {
                for a in aliases.split('|') {
                    self.add(a, Entry::City(idx));
                }
            }
        }
        let file = "it/actors-regions.tsv";
        for row in tsv_rows(lex.text(file)) {
            let parse = |i: usize| {
                row.field(i)
                    .parse::<f64>()
                    .map_err(|_| err(file, row.line, format!("bad number in column {}", i + 1)))
            };
            let (lat, lon) = (parse(1)?, parse(2)?);
            let iso3 = row.opt(0).unwrap_or("");
            if !iso3.is_empty() && !self.by_iso3.contains_key(iso3) {
                return Err(err(file, row.line, format!("unknown country code '{iso3}'")));
            }
            let names: Vec<&str> = row.field(3).split('|').filter(|n| !n.trim().is_empty()).collect();
            let Some(first) = names.first() else {
                return Err(err(file, row.line, "no names in column 4"));
            };
            let idx = self.cities.len() as u32;
            self.cities.push(City {
                name: first.to_string(),
                iso3: iso3.to_string(),
                lat,
                lon,
                population: 0,
                capital: false,
                articled: false,
            });
            for n in names {
                self.add(n, Entry::City(idx));
            }
        }
        let _ = lang;
        let file = "common/disputed.tsv";
        let mut claims: HashMap<String, Vec<String>> = HashMap::new();
        for row in tsv_rows(lex.text(file)) {
            let codes: Vec<String> = row
                .field(1)
                .split('|')
                .map(|c| c.trim().to_string())
                .filter(|c| !c.is_empty())
                .collect();
            if let Some(c) = codes.iter().find(|c| !self.by_iso3.contains_key(c.as_str())) {
                return Err(err(file, row.line, format!("unknown country code '{c}'")));
            }
            claims.insert(dyad_text::fold(row.field(0)), codes);
        }
        let mut hits: Vec<(u32, Vec<String>)> = Vec::new();
        for s in &self.surfaces {
            if let (Entry::City(i), Some(c)) = (s.entry, claims.get(&dyad_text::fold(&s.text))) {
                hits.push((i, c.clone()));
            }
        }
        for (i, c) in hits {
            self.cities[i as usize].iso3.clear();
            self.disputed.insert(i, c);
        }
        Ok(())
    }

    fn load_orgs(&mut self, lex: &Lexicons) -> Result<(), ActorError> {
        let file = "common/organizations.tsv";
        for row in tsv_rows(lex.text(file)) {
            let code = row.opt(1).map(str::to_string);
            if let Some(c) = &code {
                if !valid_code(c, &self.by_iso3) {
                    return Err(err(file, row.line, format!("unknown country code '{c}'")));
                }
            }
            let idx = self.orgs.len() as u32;
            self.orgs.push(Org {
                name: row.field(0).to_string(),
                code,
                sector: row.opt(2).map(str::to_string),
                qid: row.opt(3).map(str::to_string),
            });
            let names = row.field(4);
            if names.is_empty() {
                return Err(err(file, row.line, "no names in column 5"));
            }
            for n in names.split('|') {
                self.add(n, Entry::Org(idx));
            }
        }
        Ok(())
    }

    fn load_metonyms(&mut self, lex: &Lexicons, lang: &str) -> Result<(), ActorError> {
        let file = format!("{lang}/metonyms.tsv");
        for row in tsv_rows(lex.text(&file)) {
            let code = row.field(1);
            if !valid_code(code, &self.by_iso3) {
                return Err(err(&file, row.line, format!("unknown country code '{code}'")));
            }
            let idx = self.orgs.len() as u32;
            self.orgs.push(Org {
                name: row.opt(4).unwrap_or(row.field(0)).to_string(),
                code: Some(code.to_string()),
                sector: row.opt(2).map(str::to_string),
                qid: None,
            });
            self.add(row.field(0), Entry::Metonym(idx));
        }
        Ok(())
    }

    fn load_leaders(&mut self, lex: &Lexicons) -> Result<(), ActorError> {
        let file = "common/leaders.tsv";
        let mut by_name: HashMap<String, u32> = HashMap::new();
        let mut aliases_added: HashSet<(String, u32)> = HashSet::new();
        for row in tsv_rows(lex.text(file)) {
            let name = row.field(0);
            let country = row.field(2);
            if !valid_code(country, &self.by_iso3) {
                return Err(err(file, row.line, format!("unknown country code '{country}'")));
            }
            let start = row.field(5);
            let end = row.opt(6);
            if !valid_date(start) || end.is_some_and(|e| !valid_date(e)) {
                return Err(err(file, row.line, "dates must be YYYY-MM-DD (end may be -)"));
            }
            let term = Term {
                country: country.to_string(),
                sector: row.opt(3).unwrap_or("GOV").to_string(),
                offices: row
                    .opt(4)
                    .map(|o| o.split('|').map(str::to_string).collect())
                    .unwrap_or_default(),
                start: start.to_string(),
                end: end.map(str::to_string),
            };
            let idx = match by_name.get(name) {
                Some(&i) => i,
                None => {
                    let i = self.leaders.len() as u32;
                    by_name.insert(name.to_string(), i);
                    self.leaders.push(Leader {
                        name: name.to_string(),
                        qid: None,
                        terms: Vec::new(),
                    });
                    self.add(name, Entry::Leader(i));
                    i
                }
            };
            let leader = &mut self.leaders[idx as usize];
            if leader.qid.is_none() {
                leader.qid = row.opt(7).map(str::to_string);
            }
            leader.terms.push(term);
            if let Some(aliases) = row.opt(1) {
                for a in aliases.split('|') {
                    // a leader's terms may lie apart in the file (one per country or office)
                    if aliases_added.insert((a.to_string(), idx)) {
                        self.add(a, Entry::Leader(idx));
                    }
                }
            }
        }
        Ok(())
    }

    fn load_demonyms(&mut self, lex: &Lexicons, lang: &str) -> Result<(), ActorError> {
        let file = format!("{lang}/demonyms.tsv");
        for row in tsv_rows(lex.text(&file)) {
            let code = row.field(1);
            let Some(&idx) = self.by_iso3.get(code) else {
                return Err(err(&file, row.line, format!("unknown country code '{code}'")));
            };
            let base = row.field(0);
            let extra: Vec<&str> = row.opt(2).map(|e| e.split('|').collect()).unwrap_or_default();
            for (form, plural) in demonyms::forms(lang, base, &extra) {
                self.surfaces.push(Surface {
                    text: form,
                    entry: Entry::Demonym(idx, plural),
                    lowercase_only: lang == "it",
                });
            }
        }
        Ok(())
    }

    fn load_cues(&mut self, lex: &Lexicons, lang: &str) -> Result<(), ActorError> {
        let file = format!("{lang}/sectors.tsv");
        for row in tsv_rows(lex.text(&file)) {
            let kind: ActorKind = row
                .field(2)
                .parse()
                .map_err(|_| err(&file, row.line, "kind must be person or organization"))?;
            let offices: Vec<String> = row
                .opt(3)
                .map(|o| o.split('|').map(str::to_string).collect())
                .unwrap_or_default();
            let flags: Vec<&str> = row.opt(4).map(|f| f.split('|').collect()).unwrap_or_default();
            if let Some(bad) = flags.iter().find(|f| !matches!(**f, "alone" | "det" | "name" | "adj")) {
                return Err(err(
                    &file,
                    row.line,
                    format!("unknown flag '{bad}' (alone, det, name, adj)"),
                ));
            }
            for (i, form) in row.field(0).split('|').enumerate() {
                let idx = self.cues.len() as u32;
                // The first form is the singular; a form ending like an
                // Italian/English plural and differing from it is a group.
                let plural = i > 0 && demonyms::looks_plural(lang, form, row.field(0).split('|').next().unwrap_or(""));
                self.cues.push(Cue {
                    sector: row.field(1).to_string(),
                    kind,
                    offices: offices.clone(),
                    plural,
                    alone: flags.contains(&"alone"),
                    det: flags.contains(&"det"),
                    name: flags.contains(&"name"),
                    adj: flags.contains(&"adj"),
                });
                self.add(form, Entry::Cue(idx));
            }
        }
        Ok(())
    }

    fn load_titles(&mut self, lex: &Lexicons, lang: &str) {
        for row in tsv_rows(lex.text(&format!("{lang}/titles.tsv"))) {
            self.add(row.field(0), Entry::Title);
        }
    }

    fn load_heads(&mut self, lex: &Lexicons, lang: &str) {
        // Italian news keeps English bodies' names untranslated ("l'Africa
        // Council", "la International League of ..."): their heads too
        let mut files = vec![format!("{lang}/organizations-heads.tsv")];
        if lang == "it" {
            files.push("en/organizations-heads.tsv".to_string());
        }
        for row in files.iter().flat_map(|f| tsv_rows(lex.text(f))) {
            let idx = self.head_sectors.len() as u32;
            self.head_sectors.push(row.opt(1).map(str::to_string));
            self.head_for.push(row.opt(2) == Some("for"));
            self.head_seat.push(row.opt(2) == Some("seat"));
            self.add(row.field(0), Entry::OrgHead(idx));
        }
    }

    fn load_name_cues(&mut self, lex: &Lexicons, lang: &str) -> Result<(), ActorError> {
        let file = format!("{lang}/name-cues.tsv");
        let c = &mut self.name_cues;
        for row in tsv_rows(lex.text(&file)) {
            let kind = match row.field(0) {
                "PER" => Some(ActorKind::Person),
                "ORG" => Some(ActorKind::Organization),
                "LOC" => Some(ActorKind::Location),
                "link" | "thing" | "indefinite" | "group" | "modifier" | "event" | "adverb" => None,
                k => {
                    return Err(err(
                        &file,
                        row.line,
                        format!(
                        "unknown kind '{k}' (PER, ORG, LOC, link, thing, indefinite, group, modifier, event, adverb)"
                    ),
                    ))
                }
            };
            let place = row.field(1);
            let words = row
                .field(2)
                .split_whitespace()
                .map(|w| dyad_text::fold(w.trim_end_matches(['\'', '’'])));
            match (kind, place) {
                (None, _) if row.field(0) == "thing" => c.things.extend(words),
                (None, _) if row.field(0) == "group" => c.group.extend(words),
                (None, _) if row.field(0) == "modifier" => c.modifier.extend(words),
                (None, _) if row.field(0) == "event" => c.event.extend(words),
                (None, _) if row.field(0) == "adverb" => c.adverb.extend(words),
                (None, "between") if row.field(0) == "indefinite" => c.indefinite_between.extend(words),
                (None, _) if row.field(0) == "indefinite" => c.indefinite.extend(words),
                (None, "pronoun") => {
                    let words: Vec<String> = words.collect();
                    c.pronoun.extend(words.iter().cloned());
                    c.link.extend(words);
                }
                (None, "prep" | "minor") => {
                    let words: Vec<String> = words.collect();
                    let set = if place == "prep" { &mut c.prep } else { &mut c.minor };
                    set.extend(words.iter().cloned());
                    c.link.extend(words);
                }
                (None, _) => c.link.extend(words),
                (Some(k), "part" | "partof") => {
                    let map = if place == "part" { &mut c.part } else { &mut c.part_of };
                    map.extend(words.map(|w| (w, k)));
                }
                (Some(ActorKind::Location), "compass") => c.compass.extend(words),
                (Some(ActorKind::Location), "at") => c.at.extend(words),
                (Some(ActorKind::Location), "head") => c.head.extend(words),
                (Some(ActorKind::Location), "tail") => c.tail.extend(words),
                (Some(ActorKind::Organization), "title") => c.title.extend(words),
                (Some(ActorKind::Organization), "fixture") => c.fixture.extend(words),
                (Some(ActorKind::Organization), "club") => c.club.extend(words),
                (Some(ActorKind::Organization), "side") => c.side.extend(words),
                (Some(ActorKind::Organization), "institution") => c.institution.extend(words),
                (Some(ActorKind::Organization), "domain") => c.domain.extend(words),
                (Some(ActorKind::Organization), "unit") => c.unit.extend(words),
                (Some(k), "next" | "of" | "both" | "after") => {
                    for w in words {
                        if matches!(place, "next" | "both") {
                            c.next.insert(w.clone(), k);
                        }
                        if matches!(place, "of" | "both") {
                            c.of.insert(w.clone(), k);
                        }
                        if place == "after" {
                            c.after.insert(w, k);
                        }
                    }
                }
                (Some(_), p) => {
                    return Err(err(
                        &file,
                        row.line,
                        format!(
                        "unknown place '{p}' (next, of, both, after, part, partof; compass, at, head and tail with LOC, title, fixture, club, side, institution and domain with ORG)"
                    ),
                    ))
                }
            }
        }
        Ok(())
    }

    /// The canonical name of a country in the coding language.
    pub fn country_name(&self, idx: u32, lang: &str) -> &str {
        let c = &self.countries[idx as usize];
        if lang == "it" && !c.name_it.is_empty() {
            &c.name_it
        } else {
            &c.name_en
        }
    }
}
