//! Country/title/name phrases, possessive institutions, company suffixes
//! and lone given names (phase 3).

use dyad_actors::ActorRecognizer;
use dyad_model::{ActorKind, ActorMention};

fn rec() -> ActorRecognizer {
    ActorRecognizer::new(&dyad_lexicon::Lexicons::embedded()).unwrap()
}

fn get<'a>(ms: &'a [ActorMention], text: &str) -> &'a ActorMention {
    ms.iter().find(|m| m.text == text).unwrap_or_else(|| {
        panic!(
            "no mention {text:?} in {:#?}",
            ms.iter().map(|m| &m.text).collect::<Vec<_>>()
        )
    })
}

fn is(m: &ActorMention, kind: ActorKind, country: Option<&str>, sector: Option<&str>) {
    assert_eq!(
        (m.kind, m.country.as_deref(), m.sector.as_deref()),
        (kind, country, sector),
        "{m:?}"
    );
}

#[test]
fn country_title_name() {
    let r = rec();
    let ms = r.recognize_text("Former Germany defender Christoph Metzelder was sentenced. US President Donald Trump met Canadian Prime Minister Jean Chretien.", "en", Some("2019-06-01")).mentions;
    is(get(&ms, "Christoph Metzelder"), ActorKind::Person, Some("DEU"), None);
    is(get(&ms, "Donald Trump"), ActorKind::Person, Some("USA"), Some("GOV"));
    is(get(&ms, "Jean Chretien"), ActorKind::Person, Some("CAN"), Some("GOV"));
    let ms = r
        .recognize_text(
            "Brazilian striker Ronaldo Nazario scored. President Hakainde Hichilema spoke.",
            "en",
            None,
        )
        .mentions;
    is(get(&ms, "Ronaldo Nazario"), ActorKind::Person, Some("BRA"), None);
    is(get(&ms, "Hakainde Hichilema"), ActorKind::Person, None, Some("GOV"));
    let t = "Ieri il ministro degli Esteri russo Sergei Lavrov ha incontrato il presidente ucraino Volodymyr Zelensky. L'ex difensore della Germania Christoph Metzelder è stato condannato. Lo ha detto il presidente Hakainde Hichilema.";
    let ms = r.recognize_text(t, "it", Some("2024-01-01")).mentions;
    is(get(&ms, "Sergei Lavrov"), ActorKind::Person, Some("RUS"), Some("GOV"));
    is(
        get(&ms, "Volodymyr Zelensky"),
        ActorKind::Person,
        Some("UKR"),
        Some("GOV"),
    );
    is(get(&ms, "Christoph Metzelder"), ActorKind::Person, Some("DEU"), None);
    is(get(&ms, "Hakainde Hichilema"), ActorKind::Person, None, Some("GOV"));
}

#[test]
fn possessive_institutions() {
    let r = rec();
    let t = "Acme's board approved the deal. Apple's chief executive Tim Cook resigned. Smith's spokesman declined.";
    let res = r.recognize_text(t, "en", None);
    is(
        get(&res.mentions, "Acme's board"),
        ActorKind::Organization,
        None,
        Some("BUS"),
    );
    is(get(&res.mentions, "Tim Cook"), ActorKind::Person, None, Some("BUS"));
    // the owner is an organization name for NER
    assert!(res
        .names
        .iter()
        .any(|n| &t[n.start..n.end] == "Acme" && n.kind == ActorKind::Organization));
}

#[test]
fn people_named_like_places() {
    let ms = rec()
        .recognize_text("Michael Jordan met Chad Smith and Jordan Peterson in Chad.", "en", None)
        .mentions;
    is(get(&ms, "Michael Jordan"), ActorKind::Person, None, None);
    is(get(&ms, "Chad Smith"), ActorKind::Person, None, None);
    is(get(&ms, "Jordan Peterson"), ActorKind::Person, None, None);
    is(get(&ms, "Chad"), ActorKind::Country, Some("TCD"), None);
}

#[test]
fn company_suffixes_and_lone_given_names() {
    let r = rec();
    let t = "Ieri la CIIP S.p.a. e la Pirelli S.p.A. hanno firmato con Right Media Inc. e con il Liverpool FC. Lo ha confermato Luciano.";
    let res = r.recognize_text(t, "it", None);
    for org in ["CIIP S.p.a.", "Pirelli S.p.A.", "Right Media Inc.", "Liverpool FC"] {
        assert_eq!(get(&res.mentions, org).kind, ActorKind::Organization, "{org}");
    }
    is(get(&res.mentions, "Luciano"), ActorKind::Person, None, None);
    // an article before a given name that is also a noun: no person
    let ms = r.recognize_text("La Terra gira intorno al Sole.", "it", None).mentions;
    assert!(!ms.iter().any(|m| m.text == "Terra" && m.kind == ActorKind::Person));
}

#[test]
fn local_government_heads_are_government_actors() {
    // A mayor or governor heads a local government (CAMEO GOV), as a
    // minister or a city council does.
    let r = rec();
    let ms = r
        .recognize_text(
            "The mayor of Tarvos opened the new harbour bridge. The governor stayed away.",
            "en",
            None,
        )
        .mentions;
    is(get(&ms, "mayor"), ActorKind::Person, None, Some("GOV"));
    is(get(&ms, "governor"), ActorKind::Person, None, Some("GOV"));
    let ms = r
        .recognize_text(
            "Il sindaco di Tarvos ha chiesto aiuto al governo. La governatrice non ha risposto.",
            "it",
            None,
        )
        .mentions;
    is(get(&ms, "sindaco"), ActorKind::Person, None, Some("GOV"));
    is(get(&ms, "governatrice"), ActorKind::Person, None, Some("GOV"));
}

#[test]
fn a_magistrate_is_a_judicial_actor_in_both_languages() {
    // "magistrato" was a judicial cue in Italian only.
    let r = rec();
    let ms = r
        .recognize_text("The magistrate refused the request of Mirela Dovan.", "en", None)
        .mentions;
    is(get(&ms, "magistrate"), ActorKind::Person, None, Some("JUD"));
    let ms = r
        .recognize_text("Il magistrato ha respinto la richiesta di Mirela Dovan.", "it", None)
        .mentions;
    is(get(&ms, "magistrato"), ActorKind::Person, None, Some("JUD"));
}
