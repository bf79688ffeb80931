//! Unit tests of the coder on team-written sentences: one `#[test]` per rule or
//! convention, each on invented actors (Norvalia, Kessia) or the seeds' shapes.

use super::*;
use dyad_model::{Article, Modality};

/// Codes one sentence with the given actor mentions (text, kind, country).
pub(super) fn code(lang: &str, sentence: &str, actors: &[(&str, ActorKind, Option<&str>)]) -> Vec<Event> {
    code_with(lang, sentence, actors, false)
}

/// Codes a text of several sentences where each actor text is a mention
/// wherever it occurs, not only the first time.
fn code_every(lang: &str, text: &str, actors: &[(&str, ActorKind, Option<&str>)]) -> Vec<Event> {
    code_with(lang, text, actors, true)
}

fn code_with(lang: &str, sentence: &str, actors: &[(&str, ActorKind, Option<&str>)], every: bool) -> Vec<Event> {
    let mentions: Vec<ActorMention> = actors
        .iter()
        .flat_map(|&(t, kind, country)| {
            let starts: Vec<usize> = sentence.match_indices(t).map(|(i, _)| i).collect();
            // A misspelt actor would silently leave the test without that actor;
            // only the multi-sentence helper shares one actor list across texts.
            assert!(every || !starts.is_empty(), "actor '{t}' is not in '{sentence}'");
            starts
                .into_iter()
                .take(if every { usize::MAX } else { 1 })
                .map(move |start| (t, kind, country, start))
        })
        .map(|(t, kind, country, start)| ActorMention {
            text: t.to_string(),
            start,
            end: start + t.len(),
            kind,
            country: country.map(str::to_string),
            sector: None,
            id: None,
            name: None,
        })
        .collect();
    code_mentions(lang, sentence, &mentions)
}

/// Codes one sentence with ready-made actor mentions (for sectors).
fn code_mentions(lang: &str, sentence: &str, mentions: &[ActorMention]) -> Vec<Event> {
    let lex = Lexicons::embedded();
    let coder = Coder::new(&lex).unwrap();
    let article = Article {
        source: "test".into(),
        text: sentence.to_string(),
        date: Some("2024-06-20".into()),
        ..Default::default()
    };
    // Tests of what is NOT coded would pass vacuously on a failed analysis.
    let analysis = dyad_text::analyze(article, Some(lang)).expect("the test sentence analyses");
    coder.code(&analysis, mentions, "doc", &NoPlaces).events
}

/// The two invented states most tests code: Norvalia (NOR) and Kessia (KES).
const NORVALIA_KESSIA: &[(&str, ActorKind, Option<&str>)] = &[
    ("Norvalia", ActorKind::Country, Some("NOR")),
    ("Kessia", ActorKind::Country, Some("KES")),
];

pub(super) fn dyad(e: &Event) -> (String, String) {
    let names = |r: &[dyad_model::ActorRef]| r.iter().map(|a| a.text.clone()).collect::<Vec<_>>().join("+");
    (names(&e.actor), names(&e.recipient))
}

/// True when some event in `events` is `category` from `source` to `recipient`, each
/// side given as its mention texts joined by "+" (see [`dyad`]).
pub(super) fn coded(events: &[Event], category: Category, source: &str, recipient: &str) -> bool {
    events
        .iter()
        .any(|e| e.event == category && dyad(e) == (source.to_string(), recipient.to_string()))
}

#[test]
fn noun_phrases_fill_roles_no_actor_fills() {
    let e = code(
        "en",
        "The dockworkers union has sued the port authority over unpaid wages.",
        &[],
    );
    let sued = e
        .iter()
        .find(|e| e.event == Category::Accuse)
        .expect("ACCUSE from 'sued'");
    assert_eq!(
        dyad(sued),
        ("The dockworkers union".into(), "the port authority".into())
    );
    assert!(sued.reason.contains("noun phrase"), "{}", sued.reason);

    let e = code(
        "it",
        "Il sindacato dei portuali ha denunciato l'autorità portuale per i ritardi.",
        &[],
    );
    let accuse = e
        .iter()
        .find(|e| e.event == Category::Accuse)
        .expect("ACCUSE from 'denunciato'");
    assert!(accuse.actor[0].text.starts_with("Il sindacato"), "{:?}", dyad(accuse));
    assert!(
        accuse.recipient[0].text.contains("autorità portuale"),
        "{:?}",
        dyad(accuse)
    );
}

#[test]
fn actors_win_over_noun_phrases() {
    let e = code(
        "en",
        "Norway signed a fisheries accord with Iceland on Monday.",
        &[
            ("Norway", ActorKind::Country, Some("NOR")),
            ("Iceland", ActorKind::Country, Some("ISL")),
        ],
    );
    // Signing an agreement is CAMEO 057, PLOVER SUPPORT.
    let signed = e.iter().find(|e| e.event == Category::Support).expect("SUPPORT");
    assert_eq!(dyad(signed), ("Norway".into(), "Iceland".into()));
}

#[test]
fn a_direct_object_beats_a_place_after_a_locative_preposition() {
    let e = code(
        "it",
        "La guardia costiera ha arrestato tre pescatori a bordo nel porto di Palermo.",
        &[("Palermo", ActorKind::Location, Some("ITA"))],
    );
    let arrest = e.iter().find(|e| e.event == Category::Coerce).expect("COERCE");
    assert_eq!(arrest.recipient[0].text, "tre pescatori");
}

#[test]
fn announced_intent_is_agree_or_threaten() {
    let e = code(
        "en",
        "Chile will release the detained fishermen, the minister said.",
        &[("Chile", ActorKind::Country, Some("CHL"))],
    );
    assert!(
        e.iter()
            .any(|e| e.event == Category::Agree && e.reason.contains("announced intent")),
        "{e:?}"
    );
    let e = code(
        "it",
        "Il Cile libererà i pescatori detenuti.",
        &[("Cile", ActorKind::Country, Some("CHL"))],
    );
    assert!(e.iter().any(|e| e.event == Category::Agree), "{e:?}");
    let e = code(
        "en",
        "Chile will impose sanctions on the fishing fleet.",
        &[("Chile", ActorKind::Country, Some("CHL"))],
    );
    assert!(e.iter().any(|e| e.event == Category::Threaten), "{e:?}");
}

#[test]
fn contiguous_mentions_merge_into_one_actor() {
    let e = code(
        "en",
        "Oslo Port Authority condemned the decision.",
        &[
            ("Oslo", ActorKind::Location, Some("NOR")),
            ("Port Authority", ActorKind::Organization, None),
        ],
    );
    let c = e.iter().find(|e| e.event == Category::Accuse).expect("ACCUSE");
    assert_eq!(c.actor[0].text, "Oslo Port Authority");
    assert_eq!(c.actor[0].country.as_deref(), Some("NOR"));
}

#[test]
fn a_group_before_its_genitive_stays_the_head_of_the_merged_actor() {
    // "critics of the Norvalia" + "government": the critics clash, not the
    // government, so the crowd meets the forces of order (PROTEST, riot).
    let s = "Critics of the Norvalia government clashed with police at the Tarvos stadium.";
    let m = |t: &str, kind, country: Option<&str>, sector: &str| {
        let start = s.find(t).expect("in the sentence");
        ActorMention {
            text: t.to_string(),
            start,
            end: start + t.len(),
            kind,
            country: country.map(str::to_string),
            sector: Some(sector.to_string()),
            id: None,
            name: None,
        }
    };
    let mentions = [
        m("Critics of the Norvalia", ActorKind::Person, Some("NOR"), "OPP"),
        m("government", ActorKind::Organization, None, "GOV"),
        m("police", ActorKind::Organization, None, "COP"),
    ];
    let e = code_mentions("en", s, &mentions);
    let p = e.iter().find(|e| e.event == Category::Protest).expect("PROTEST");
    assert_eq!(p.actor[0].text, "Critics of the Norvalia government");
    assert_eq!(p.actor[0].sector.as_deref(), Some("OPP"));
}

#[test]
fn a_pronoun_after_a_speech_verb_is_the_speaker() {
    let e = code(
        "en",
        "The Sirvani militia said on Sunday that it will free the foreign engineers.",
        &[],
    );
    let ev = e
        .iter()
        .find(|e| e.actor.iter().any(|a| a.text.contains("Sirvani")))
        .expect("event with the militia as source");
    assert!(
        ev.recipient.iter().any(|r| r.text.contains("engineers")),
        "{:?}",
        dyad(ev)
    );
    // Italian drops the pronoun: the speaker is the sentence subject, "che" is no relative.
    let e = code(
        "it",
        "Il governo di Norvalia ha dichiarato che libererà i pescatori detenuti.",
        &[("Norvalia", ActorKind::Country, None)],
    );
    assert!(
        e.iter().any(|e| e.event == Category::Agree
            && e.actor
                .iter()
                .any(|a| a.text.contains("governo") || a.text.contains("Norvalia"))),
        "{e:?}"
    );
}

#[test]
fn a_light_verb_makes_a_nominal_trigger_a_predicate() {
    let e = code(
        "en",
        "Oslo prosecutors launched an investigation into the harbour company.",
        &[],
    );
    let ev = e.iter().find(|e| e.event == Category::Accuse).expect("ACCUSE");
    assert!(
        ev.recipient.iter().any(|r| r.text.contains("harbour company")),
        "{:?}",
        dyad(ev)
    );
    let e = code(
        "it",
        "La procura di Bergamo ha avviato un'indagine sulla società portuale.",
        &[],
    );
    let ev = e.iter().find(|e| e.event == Category::Accuse).expect("ACCUSE");
    assert!(
        ev.recipient.iter().any(|r| r.text.contains("società portuale")),
        "{:?}",
        dyad(ev)
    );
}

#[test]
fn an_announced_refusal_to_cooperate_is_reject() {
    let e = code(
        "en",
        "Chile will not lift the embargo on Peru.",
        &[
            ("Chile", ActorKind::Country, Some("CHL")),
            ("Peru", ActorKind::Country, Some("PER")),
        ],
    );
    assert!(e.iter().any(|e| e.event == Category::Reject), "{e:?}");
    let e = code(
        "it",
        "Il Cile non revocherà l'embargo contro il Perù.",
        &[
            ("Cile", ActorKind::Country, Some("CHL")),
            ("Perù", ActorKind::Country, Some("PER")),
        ],
    );
    assert!(e.iter().any(|e| e.event == Category::Reject), "{e:?}");
}

#[test]
fn the_subjects_own_forces_are_not_the_recipient() {
    let e = code(
        "en",
        "Chile withdrew its troops from Peru.",
        &[
            ("Chile", ActorKind::Country, Some("CHL")),
            ("Peru", ActorKind::Country, Some("PER")),
        ],
    );
    let ev = e.iter().find(|e| e.event == Category::Retreat).expect("RETREAT");
    assert_eq!(dyad(ev), ("Chile".into(), "Peru".into()));
    let e = code(
        "it",
        "Il Cile ha ritirato le proprie truppe dal Perù.",
        &[
            ("Cile", ActorKind::Country, Some("CHL")),
            ("Perù", ActorKind::Country, Some("PER")),
        ],
    );
    let ev = e.iter().find(|e| e.event == Category::Retreat).expect("RETREAT");
    assert_eq!(dyad(ev), ("Cile".into(), "Perù".into()));
}

#[test]
fn partitive_and_suffix_agents_can_be_sources() {
    let e = code(
        "en",
        "Hundreds of dockworkers protested the closure of the terminal.",
        &[],
    );
    assert!(
        e.iter()
            .any(|e| e.event == Category::Protest && e.actor[0].text.starts_with("Hundreds")),
        "{e:?}"
    );
    let e = code(
        "it",
        "Migliaia di lavoratori hanno protestato contro la chiusura del porto.",
        &[],
    );
    assert!(
        e.iter()
            .any(|e| e.event == Category::Protest && e.actor[0].text.starts_with("Migliaia")),
        "{e:?}"
    );
    // A thing is still no source.
    let e = code("en", "The heavy flooding attacked the morale of the town.", &[]);
    assert!(e.is_empty(), "{e:?}");
}

#[test]
fn no_panic_on_odd_input() {
    let coder = Coder::new(&Lexicons::embedded()).unwrap();
    for s in ["", "-", "'s", "the the the", "Ha ha ha ha.", "sued", "‘’“”", "a - ' s"] {
        for lang in ["en", "it"] {
            let article = Article {
                source: "test".into(),
                text: s.to_string(),
                ..Default::default()
            };
            // An empty text is refused by the analyser; whatever it accepts is coded.
            if let Ok(analysis) = dyad_text::analyze(article, Some(lang)) {
                let _ = coder.code(&analysis, &[], "doc", &NoPlaces);
            }
        }
    }
}

#[test]
fn the_place_is_the_recipient_when_nothing_else_is() {
    let e = code(
        "en",
        "Norvalia declared a ceasefire in Kessburg, the rebels' last stronghold, on Monday.",
        &[
            ("Norvalia", ActorKind::Country, Some("NOR")),
            ("Kessburg", ActorKind::Location, Some("NOR")),
        ],
    );
    let c = e.iter().find(|e| e.event == Category::Concede).expect("CONCEDE");
    assert_eq!(c.recipient[0].text, "Kessburg", "{}", c.reason);
    // A place says where when the clause names a person acted on.
    let e = code(
        "en",
        "Norvalian police tortured a young inmate in western Norvalia.",
        &[
            ("Norvalian police", ActorKind::Organization, Some("NOR")),
            ("Norvalia", ActorKind::Country, Some("NOR")),
        ],
    );
    let a = e.iter().find(|e| e.event == Category::Assault).expect("ASSAULT");
    assert_eq!(a.recipient[0].text, "a young inmate", "{}", a.reason);
}

#[test]
fn a_direct_object_of_the_same_country_is_still_the_recipient() {
    let e = code(
        "en",
        "The Norvalian president defended Norvalia's new border policy.",
        &[
            ("Norvalian president", ActorKind::Person, Some("NOR")),
            ("Norvalia", ActorKind::Country, Some("NOR")),
        ],
    );
    let s = e.iter().find(|e| e.event == Category::Support).expect("SUPPORT");
    assert!(
        s.recipient.iter().any(|r| r.text.starts_with("Norvalia")),
        "{}",
        s.reason
    );
}

#[test]
fn a_sector_adjective_after_a_trigger_noun_is_no_participant() {
    let e = code(
        "it",
        "La Norvalia si è rifiutata di fornire aiuti militari alla Kessonia.",
        &[
            ("Norvalia", ActorKind::Country, Some("NOR")),
            ("militari", ActorKind::Organization, None),
            ("Kessonia", ActorKind::Country, Some("KES")),
        ],
    );
    assert!(
        e.iter().any(|e| e.recipient.iter().any(|r| r.text == "Kessonia")),
        "{e:?}"
    );
    assert!(
        !e.iter().any(|e| e.recipient.iter().any(|r| r.text == "militari")),
        "{e:?}"
    );
}

#[test]
fn transitive_strike_is_an_attack() {
    let e = code(
        "en",
        "Norvalian jets struck a rebel depot near the border.",
        &[("Norvalian jets", ActorKind::Organization, Some("NOR"))],
    );
    assert!(e.iter().any(|e| e.event == Category::Assault), "{e:?}");
    assert!(!e.iter().any(|e| e.event == Category::Protest), "{e:?}");
}

#[test]
fn a_material_or_agreement_target_is_someone_or_somewhere() {
    // Supplying "a support" or agreeing to use "the profits": no participant.
    let e = code(
        "it",
        "La Norvalia potrebbe fornire un supporto tecnologico.",
        &[("Norvalia", ActorKind::Country, Some("NOR"))],
    );
    assert!(
        e.iter()
            .filter(|e| e.event == Category::Aid)
            .all(|e| e.recipient.is_empty()),
        "{e:?}"
    );
    let e = code(
        "en",
        "Norvalia agreed to use the profits of the fund.",
        &[("Norvalia", ActorKind::Country, Some("NOR"))],
    );
    assert!(e.iter().all(|e| e.recipient.is_empty()), "{e:?}");
    // A people, a person or a place can be.
    let e = code(
        "en",
        "Norvalian troops captured three cities in the north.",
        &[("Norvalian troops", ActorKind::Organization, Some("NOR"))],
    );
    let a = e
        .iter()
        .find(|e| e.recipient.iter().any(|r| r.text == "three cities"))
        .expect("three cities");
    assert!(matches!(a.event, Category::Assault | Category::Coerce), "{}", a.reason);
    // A judgement can be about a thing.
    let e = code(
        "en",
        "Norvalia rejected the referendum as unconstitutional.",
        &[("Norvalia", ActorKind::Country, Some("NOR"))],
    );
    let r = e.iter().find(|e| e.event == Category::Reject).expect("REJECT");
    assert_eq!(r.recipient[0].text, "the referendum", "{}", r.reason);
}

#[test]
fn a_promised_act_aimed_at_a_place_is_directed_at_it() {
    let e = code("en", "Norvalia offered to send engineers to Kessia.", NORVALIA_KESSIA);
    let a = e.iter().find(|e| e.event == Category::Agree).expect("AGREE");
    assert_eq!(a.recipient[0].text, "Kessia", "{}", a.reason);
    let e = code(
        "it",
        "La Norvalia ha accettato di inviare ingegneri in Kessia.",
        NORVALIA_KESSIA,
    );
    let a = e.iter().find(|e| e.event == Category::Agree).expect("AGREE");
    assert_eq!(a.recipient[0].text, "Kessia", "{}", a.reason);
}

#[test]
fn a_pledge_of_support_is_support() {
    let e = code("en", "Norvalia pledged its full support for Kessia.", NORVALIA_KESSIA);
    assert!(
        e.iter().any(|e| e.event == Category::Support) && !e.iter().any(|e| e.event == Category::Agree),
        "{e:?}"
    );
}

#[test]
fn rejecting_a_request_rejects_its_author() {
    let e = code(
        "en",
        "Norvalia refused a request from Kessia to open the port.",
        NORVALIA_KESSIA,
    );
    let r = e.iter().find(|e| e.event == Category::Reject).expect("REJECT");
    assert_eq!(r.recipient[0].text, "Kessia", "{}", r.reason);
    let e = code(
        "it",
        "La Norvalia ha respinto la proposta della Kessia.",
        NORVALIA_KESSIA,
    );
    let r = e.iter().find(|e| e.event == Category::Reject).expect("REJECT");
    assert_eq!(r.recipient[0].text, "Kessia", "{}", r.reason);
}

#[test]
fn a_promise_is_directed_at_the_target_of_the_act_it_announces() {
    let e = code(
        "en",
        "Norvalia agreed on Friday to let food aid cross into Kessia through its territory.",
        NORVALIA_KESSIA,
    );
    let a = e.iter().find(|e| e.event == Category::Agree).expect("AGREE");
    assert_eq!(a.recipient[0].text, "Kessia", "{}", a.reason);
}

#[test]
fn contributing_to_an_outcome_is_no_aid() {
    let e = code(
        "it",
        "La Norvalia sta contribuendo a rallentare i piani della Kessia.",
        NORVALIA_KESSIA,
    );
    assert!(e.iter().all(|e| e.event != Category::Aid), "{e:?}");
    let e = code(
        "it",
        "La Norvalia ha contribuito con dieci milioni alla Kessia.",
        NORVALIA_KESSIA,
    );
    assert!(e.iter().any(|e| e.event == Category::Aid), "{e:?}");
}

#[test]
fn taking_a_place_is_occupation_taking_goods_is_confiscation() {
    // CAMEO 192 "occupy territory": COERCE, mode confiscate, context military
    // (CAMEO→PLOVER 2021 table); 171 "seize property": COERCE, confiscate.
    let e = code(
        "en",
        "Norvalian troops captured three towns near the border.",
        &[("Norvalian troops", ActorKind::Organization, Some("NOR"))],
    );
    let c = e.iter().find(|e| e.event == Category::Coerce).expect("COERCE");
    assert_eq!(c.mode.as_deref(), Some("confiscate"), "{}", c.reason);
    assert!(c.context.iter().any(|x| x == "military"), "{:?}", c.context);
    assert!(e.iter().all(|e| e.event != Category::Assault), "{e:?}");
    let e = code(
        "en",
        "Norvalian troops seized two pumping stations on the pipeline.",
        &[("Norvalian troops", ActorKind::Organization, Some("NOR"))],
    );
    assert!(
        e.iter()
            .any(|e| e.event == Category::Coerce && e.mode.as_deref() == Some("confiscate")),
        "{e:?}"
    );
    let e = code(
        "en",
        "Norvalian forces occupied the Kessian border region.",
        &[
            ("Norvalian forces", ActorKind::Organization, Some("NOR")),
            ("Kessian", ActorKind::Organization, Some("KES")),
        ],
    );
    assert!(
        e.iter()
            .any(|e| e.event == Category::Coerce && e.mode.as_deref() == Some("confiscate")),
        "{e:?}"
    );
    let e = code(
        "it",
        "Le truppe della Norvalia hanno occupato la capitale della Kessia.",
        NORVALIA_KESSIA,
    );
    assert!(
        e.iter()
            .any(|e| e.event == Category::Coerce && e.mode.as_deref() == Some("confiscate"))
            && !e.iter().any(|e| e.event == Category::Assault),
        "{e:?}"
    );
}

#[test]
fn compound_trigger_nouns_inflect_on_their_head() {
    let nor = ("Norvalian jets", ActorKind::Organization, Some("NOR"));
    let e = code(
        "en",
        "Norvalian jets carried out nearly forty air strikes against Kessian depots last week.",
        &[nor, ("Kessian", ActorKind::Organization, Some("KES"))],
    );
    assert!(
        e.iter().any(|e| e.event == Category::Assault) && !e.iter().any(|e| e.event == Category::Protest),
        "{e:?}"
    );
    let e = code(
        "it",
        "L'aviazione norvaliana ha condotto attacchi aerei contro le basi kessiane.",
        &[
            ("aviazione norvaliana", ActorKind::Organization, Some("NOR")),
            ("kessiane", ActorKind::Organization, Some("KES")),
        ],
    );
    assert!(e.iter().any(|e| e.event == Category::Assault), "{e:?}");
    // A strike on something is an attack; a strike for wages is a protest.
    let e = code(
        "en",
        "A Norvalian strike on a Kessian depot destroyed fuel stocks.",
        &[
            ("Norvalian", ActorKind::Country, Some("NOR")),
            ("Kessian", ActorKind::Country, Some("KES")),
        ],
    );
    assert!(e.iter().any(|e| e.event == Category::Assault), "{e:?}");
    let e = code(
        "en",
        "Dockworkers in Norvalia began a strike for higher wages.",
        &[("Norvalia", ActorKind::Country, Some("NOR"))],
    );
    assert!(!e.iter().any(|e| e.event == Category::Assault), "{e:?}");
}

#[test]
fn a_cyber_attack_is_an_assault_in_the_cyber_context() {
    let e = code(
        "en",
        "Norvalia launched cyber attacks on Kessia's banks.",
        NORVALIA_KESSIA,
    );
    let a = e.iter().find(|e| e.event == Category::Assault).expect("ASSAULT");
    assert!(a.context.iter().any(|c| c == "cyber"), "{a:?}");
    let e = code(
        "it",
        "La Norvalia ha lanciato attacchi informatici contro la Kessia.",
        NORVALIA_KESSIA,
    );
    assert!(
        e.iter()
            .any(|e| e.event == Category::Assault && e.context.iter().any(|c| c == "cyber")),
        "{e:?}"
    );
}

#[test]
fn cutting_aid_or_withdrawing_a_mission_is_a_sanction() {
    let nk = NORVALIA_KESSIA;
    let e = code(
        "en",
        "Norvalia reduced military aid to Kessia by ten million dollars.",
        nk,
    );
    let s = e.iter().find(|e| e.event == Category::Sanction).expect("SANCTION");
    assert_eq!(dyad(s), ("Norvalia".into(), "Kessia".into()));
    assert!(!e.iter().any(|e| e.event == Category::Aid), "{e:?}");
    let e = code("it", "La Norvalia ha ridotto gli aiuti militari alla Kessia.", nk);
    assert!(
        e.iter().any(|e| e.event == Category::Sanction) && !e.iter().any(|e| e.event == Category::Aid),
        "{e:?}"
    );
    // Peacekeepers leave a place: SANCTION against it; troops pulled back stay RETREAT.
    let e = code("en", "Norvalia withdrew its peacekeepers from Kessia last week.", nk);
    let s = e.iter().find(|e| e.event == Category::Sanction).expect("SANCTION");
    assert_eq!(s.recipient[0].text, "Kessia", "{}", s.reason);
    let e = code("it", "La Norvalia ritirò gli osservatori dalla Kessia.", nk);
    assert!(
        e.iter()
            .any(|e| e.event == Category::Sanction && e.recipient.iter().any(|r| r.text == "Kessia")),
        "{e:?}"
    );
    let e = code("en", "Norvalia withdrew its troops from Kessia.", nk);
    assert!(e.iter().any(|e| e.event == Category::Retreat), "{e:?}");
    // Freeing a diplomat is a release, not a withdrawal.
    let e = code(
        "en",
        "Norvalia freed a Kessian diplomat on Monday.",
        &[
            ("Norvalia", ActorKind::Country, Some("NOR")),
            ("Kessian diplomat", ActorKind::Person, Some("KES")),
        ],
    );
    assert!(
        e.iter().any(|e| e.event == Category::Retreat) && !e.iter().any(|e| e.event == Category::Sanction),
        "{e:?}"
    );
}

#[test]
fn aid_workers_are_people_not_aid() {
    let e = code(
        "en",
        "Norvalia expelled twenty aid workers from the capital.",
        &[("Norvalia", ActorKind::Country, Some("NOR"))],
    );
    let s = e
        .iter()
        .find(|e| e.event == Category::Sanction)
        .expect("SANCTION from 'expelled'");
    assert!(s.recipient.iter().any(|r| r.text.contains("workers")), "{}", s.reason);
    assert!(!e.iter().any(|e| e.event == Category::Aid), "{e:?}");
    // Troops keep the mission their noun names.
    let e = code(
        "en",
        "Norvalian peacekeeping troops arrived in Kessia.",
        &[
            ("Norvalian", ActorKind::Country, Some("NOR")),
            ("Kessia", ActorKind::Country, Some("KES")),
        ],
    );
    assert!(e.iter().any(|e| e.event == Category::Aid), "{e:?}");
}

#[test]
fn suspending_a_newspaper_is_censorship() {
    let e = code(
        "en",
        "The Norvalian government ordered the daily Voice to suspend publication.",
        &[("Norvalian government", ActorKind::Organization, Some("NOR"))],
    );
    assert!(
        e.iter().any(|e| e.event == Category::Coerce) && !e.iter().any(|e| e.event == Category::Sanction),
        "{e:?}"
    );
    let e = code(
        "it",
        "Il governo norvaliano ha sospeso le pubblicazioni del quotidiano Voce.",
        &[("governo norvaliano", ActorKind::Organization, Some("NOR"))],
    );
    assert!(e.iter().any(|e| e.event == Category::Coerce), "{e:?}");
    // Suspending talks reduces relations, in both languages.
    let e = code(
        "it",
        "La Norvalia ha sospeso i colloqui con la Kessia.",
        NORVALIA_KESSIA,
    );
    assert!(e.iter().any(|e| e.event == Category::Sanction), "{e:?}");
}

#[test]
fn an_object_after_a_gerund_clause_belongs_to_the_gerund() {
    let e = code(
        "en",
        "Norvalia withdrew its observers from Kessia, allowing Dravia to move its army.",
        &[
            ("Norvalia", ActorKind::Country, Some("NOR")),
            ("Kessia", ActorKind::Country, Some("KES")),
            ("Dravia", ActorKind::Country, Some("DRV")),
        ],
    );
    let s = e.iter().find(|e| e.event == Category::Sanction).expect("SANCTION");
    assert_eq!(s.recipient[0].text, "Kessia", "{}", s.reason);
    // An Italian accented past is a verb even after "article + name".
    let e = code(
        "it",
        "L'Onu ritirò i caschi blu dalla Kessia.",
        &[
            ("Onu", ActorKind::Organization, Some("UNO")),
            ("Kessia", ActorKind::Country, Some("KES")),
        ],
    );
    let s = e.iter().find(|e| e.event == Category::Sanction).expect("SANCTION");
    assert!(
        s.trigger.text == "ritirò" && s.reason.contains("'ritirare'"),
        "{}",
        s.reason
    );
}

#[test]
fn an_attack_or_weapon_as_subject_gives_the_killing_its_source() {
    // Unnamed perpetrator: the attack itself is the source, the victims the recipient.
    let e = code(
        "en",
        "In May, a car bomb in Dravport killed two Kessian engineers.",
        &[("Dravport", ActorKind::Location, Some("DRV"))],
    );
    let a = e.iter().find(|e| e.event == Category::Assault).expect("ASSAULT");
    assert_eq!(
        dyad(a),
        ("a car bomb".into(), "two Kessian engineers".into()),
        "{}",
        a.reason
    );
    let e = code(
        "it",
        "A maggio un'autobomba a Dravport ha ucciso due ingegneri kessiani.",
        &[("Dravport", ActorKind::Location, Some("DRV"))],
    );
    let a = e.iter().find(|e| e.event == Category::Assault).expect("ASSAULT");
    assert_eq!(a.actor[0].text, "un'autobomba", "{}", a.reason);
    // A named perpetrator after "by" is the source.
    let e = code(
        "en",
        "A suicide bombing by the Red Dawn group killed nine villagers.",
        &[("Red Dawn", ActorKind::Organization, None)],
    );
    let a = e.iter().find(|e| e.event == Category::Assault).expect("ASSAULT");
    assert!(
        a.actor[0].text.starts_with("Red Dawn") && a.recipient.iter().any(|r| r.text.contains("villagers")),
        "{}",
        a.reason
    );
    // An attack that is the object of a verb is no subject.
    let e = code(
        "en",
        "Norvalian forces launched air strikes on rebel targets near Kessburg.",
        &[("Norvalian forces", ActorKind::Organization, Some("NOR"))],
    );
    assert!(
        e.iter()
            .filter(|e| e.event == Category::Assault)
            .all(|e| e.actor[0].text == "Norvalian forces"),
        "{e:?}"
    );
}

#[test]
fn calling_for_sanctions_against_someone_accuses_them() {
    let e = code(
        "en",
        "Several Nordic lawmakers have called for sanctions against Kessia over the crackdown.",
        &[
            ("Nordic lawmakers", ActorKind::Organization, None),
            ("Kessia", ActorKind::Country, Some("KES")),
        ],
    );
    let a = e.iter().find(|e| e.event == Category::Accuse).expect("ACCUSE");
    assert!(a.recipient.iter().any(|r| r.text == "Kessia"), "{}", a.reason);
    assert!(!e.iter().any(|e| e.event == Category::Sanction), "{e:?}");
    let e = code(
        "it",
        "Alcuni parlamentari nordici hanno chiesto sanzioni contro la Kessia.",
        &[
            ("parlamentari nordici", ActorKind::Organization, None),
            ("Kessia", ActorKind::Country, Some("KES")),
        ],
    );
    assert!(
        e.iter()
            .any(|e| e.event == Category::Accuse && e.recipient.iter().any(|r| r.text == "Kessia")),
        "{e:?}"
    );
    // Asking for aid stays a request.
    let e = code(
        "en",
        "Kessia called for humanitarian aid from Norvalia.",
        &[
            ("Kessia", ActorKind::Country, Some("KES")),
            ("Norvalia", ActorKind::Country, Some("NOR")),
        ],
    );
    assert!(
        e.iter().any(|e| e.event == Category::Request) && !e.iter().any(|e| e.event == Category::Accuse),
        "{e:?}"
    );
}

// --- Session 14 (categories). ---

#[test]
fn a_call_or_mission_takes_the_category_of_its_purpose() {
    let a = [
        ("Arlo Venn", ActorKind::Person, Some("NOR")),
        ("Tomas Brel", ActorKind::Person, Some("KES")),
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
    ];
    let pair = ("Arlo Venn".to_string(), "Tomas Brel".to_string());
    let e = code_in(
        "en",
        "Arlo Venn called Tomas Brel on Monday to congratulate him on his election.",
        &a,
    );
    assert!(
        coded(&e, Category::Support, &pair.0, &pair.1) && !e.iter().any(|e| e.event == Category::Consult),
        "{e:?}"
    );
    let e = code_in(
        "en",
        "Arlo Venn called Tomas Brel on Friday to express his support for the new cabinet.",
        &a,
    );
    assert!(coded(&e, Category::Support, &pair.0, &pair.1), "{e:?}");
    let e = code_in(
        "it",
        "Arlo Venn ha telefonato a Tomas Brel per esprimere la sua solidarietà.",
        &a,
    );
    assert!(
        coded(&e, Category::Support, &pair.0, &pair.1) && !e.iter().any(|e| e.event == Category::Consult),
        "{e:?}"
    );
    let e = code_in(
        "en",
        "Norvalia has sent six engineers to Kessia to investigate why the dam failed.",
        &a,
    );
    assert!(
        e.iter().any(|e| e.event == Category::Accuse
            && e.mode.as_deref() == Some("investigate")
            && dyad(e) == ("Norvalia".to_string(), "Kessia".to_string())),
        "{e:?}"
    );
    let e = code_in(
        "it",
        "La Norvalia ha inviato una squadra di esperti in Kessia per indagare sull'incidente.",
        &a,
    );
    assert!(
        e.iter().any(|e| e.event == Category::Accuse
            && e.mode.as_deref() == Some("investigate")
            && dyad(e) == ("Norvalia".to_string(), "Kessia".to_string())),
        "{e:?}"
    );
    // A call to discuss stays a call; troops sent "to support" are no praise.
    let e = code_in("en", "Arlo Venn called Tomas Brel to discuss the border.", &a);
    assert!(e.iter().any(|e| e.event == Category::Consult), "{e:?}");
    let e = code_in("en", "Norvalia sent troops to Kessia to support the government.", &a);
    assert!(!e.iter().any(|e| e.event == Category::Support), "{e:?}");
    // What a sent letter does is the event; what follows sent aid is not.
    let e = code_in(
        "en",
        "Arlo Venn sent a letter to Tomas Brel threatening to cut funding.",
        &a,
    );
    assert!(
        coded(&e, Category::Threaten, &pair.0, &pair.1) && !coded(&e, Category::Aid, &pair.0, &pair.1),
        "{e:?}"
    );
    let e = code_in(
        "it",
        "Arlo Venn ha inviato una lettera a Tomas Brel minacciando di tagliare i finanziamenti.",
        &a,
    );
    assert!(coded(&e, Category::Threaten, &pair.0, &pair.1), "{e:?}");
    let e = code_in("en", "Norvalia sent food aid to Kessia, praising its resilience.", &a);
    assert!(
        e.iter().any(|e| e.event == Category::Aid && e.trigger.text == "sent"),
        "{e:?}"
    );
}

#[test]
fn cancelling_a_visit_or_deal_rejects_it_cancelling_aid_is_a_sanction() {
    let a = NORVALIA_KESSIA;
    let nk = ("Norvalia".to_string(), "Kessia".to_string());
    // CAMEO 125/127: a planned meeting or an agreement called off is REJECT, mode meet.
    for (lang, s) in [
        ("en", "Norvalia cancelled a planned visit to Kessia amid tensions."),
        ("en", "Norvalia has canceled the trade deal with Kessia."),
        ("it", "La Norvalia ha annullato la visita prevista in Kessia."),
    ] {
        let e = code_in(lang, s, a);
        assert!(
            e.iter()
                .any(|e| e.event == Category::Reject && e.mode.as_deref() == Some("meet") && dyad(e) == nk),
            "{s}: {e:?}"
        );
        assert!(!e.iter().any(|e| e.event == Category::Sanction), "{s}: {e:?}");
    }
    // CAMEO 162/161: ending aid or cooperation reduces relations.
    for (lang, s, mode) in [
        ("en", "Norvalia cancelled its military aid to Kessia.", "discontinue"),
        (
            "it",
            "La Norvalia ha annullato gli aiuti militari alla Kessia.",
            "discontinue",
        ),
        (
            "it",
            "La Norvalia ha annullato la cooperazione militare con la Kessia.",
            "withdraw",
        ),
    ] {
        let e = code_in(lang, s, a);
        assert!(
            e.iter()
                .any(|e| e.event == Category::Sanction && e.mode.as_deref() == Some(mode) && dyad(e) == nk),
            "{s}: {e:?}"
        );
    }
    // Refusing aid that is offered stays REJECT.
    let e = code_in("en", "Kessia refused the aid offered by Norvalia.", a);
    assert!(
        e.iter().any(|e| e.event == Category::Reject) && !e.iter().any(|e| e.event == Category::Sanction),
        "{e:?}"
    );
}

#[test]
fn an_attack_described_as_speech_is_an_accusation() {
    let a = [
        ("Arlo Venn", ActorKind::Person, Some("NOR")),
        ("Tomas Brel", ActorKind::Person, Some("KES")),
        ("governo kessiano", ActorKind::Organization, Some("KES")),
        ("Kessian government", ActorKind::Organization, Some("KES")),
    ];
    let verbal = |e: &[Event]| {
        e.iter().any(|e| {
            e.event == Category::Accuse
                && e.mode.as_deref() == Some("disapprove")
                && e.actor[0].text == "Arlo Venn"
                && !e.recipient.is_empty()
        }) && !e
            .iter()
            .any(|e| matches!(e.event, Category::Assault | Category::Consult))
    };
    for (lang, s) in [
        (
            "en",
            "Arlo Venn launched a fierce attack on the Kessian government, calling it corrupt.",
        ),
        ("en", "Arlo Venn launched a scathing attack on Tomas Brel."),
        (
            "it",
            "Arlo Venn ha sferrato un duro attacco al governo kessiano, accusandolo di corruzione.",
        ),
        ("it", "Arlo Venn ha lanciato un attacco verbale contro Tomas Brel."),
    ] {
        let e = code_in(lang, s, &a);
        assert!(verbal(&e), "{s}: {e:?}");
    }
    // Casualties keep an attack violent; a "calling" after a comma is no call.
    let e = code_in(
        "en",
        "Arlo Venn launched an attack on the Kessian army base, killing five soldiers.",
        &a,
    );
    assert!(
        e.iter().any(|e| e.event == Category::Assault) && !e.iter().any(|e| e.event == Category::Accuse),
        "{e:?}"
    );
    let e = code_in(
        "en",
        "Arlo Venn praised Tomas Brel, calling him a reliable partner.",
        &a,
    );
    assert!(!e.iter().any(|e| e.event == Category::Consult), "{e:?}");
    // A phone call in the progressive is still a call.
    let e = code_in("en", "Arlo Venn is calling Tomas Brel on Monday.", &a);
    assert!(e.iter().any(|e| e.event == Category::Consult), "{e:?}");
}

#[test]
fn a_military_operation_is_force_and_a_cessation_of_hostilities_a_ceasefire() {
    let a = [
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessian rebels", ActorKind::Organization, Some("KES")),
        ("ribelli kessiani", ActorKind::Organization, Some("KES")),
    ];
    let e = code_in(
        "en",
        "Norvalia launched a military operation against Kessian rebels.",
        &a,
    );
    assert!(
        e.iter()
            .any(|e| e.event == Category::Assault && e.recipient.iter().any(|r| r.text == "Kessian rebels")),
        "{e:?}"
    );
    let e = code_in(
        "en",
        "Norvalia announced on Monday that it will begin a large military operation against Kessian rebels in the spring.",
        &a,
    );
    assert!(e.iter().any(|e| e.event == Category::Threaten), "{e:?}");
    let e = code_in(
        "it",
        "La Norvalia ha avviato un'operazione militare contro i ribelli kessiani.",
        &a,
    );
    assert!(
        e.iter()
            .any(|e| e.event == Category::Assault && e.recipient.iter().any(|r| r.text == "ribelli kessiani")),
        "{e:?}"
    );
    let e = code_in(
        "en",
        "Norvalia declared a cessation of hostilities with Kessian rebels.",
        &a,
    );
    assert!(e.iter().any(|e| e.event == Category::Concede), "{e:?}");
    let e = code_in(
        "it",
        "La Norvalia ha dichiarato la cessazione delle ostilità con i ribelli kessiani.",
        &a,
    );
    assert!(e.iter().any(|e| e.event == Category::Concede), "{e:?}");
}

#[test]
fn an_offer_of_criticism_is_criticism() {
    let a = [
        ("Norvalian delegation", ActorKind::Organization, Some("NOR")),
        ("delegazione norvaliana", ActorKind::Organization, Some("NOR")),
        ("Kessian government", ActorKind::Organization, Some("KES")),
        ("governo kessiano", ActorKind::Organization, Some("KES")),
    ];
    for (lang, s) in [
        (
            "en",
            "The Norvalian delegation offered sharp criticism of the Kessian government.",
        ),
        (
            "it",
            "La delegazione norvaliana ha offerto dure critiche al governo kessiano.",
        ),
    ] {
        let e = code_in(lang, s, &a);
        assert!(
            e.iter().any(|e| e.event == Category::Accuse && !e.recipient.is_empty())
                && !e.iter().any(|e| e.event == Category::Agree),
            "{s}: {e:?}"
        );
    }
    // An offer of help stays an offer.
    let e = code_in(
        "en",
        "The Norvalian delegation offered help to the Kessian government.",
        &a,
    );
    assert!(!e.iter().any(|e| e.event == Category::Accuse), "{e:?}");
}

#[test]
fn an_extradition_cooperates_with_its_destination_or_acts_against_the_person() {
    let a = [
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
        ("Dario Venn", ActorKind::Person, Some("KES")),
        ("Norvalian court", ActorKind::Organization, Some("NOR")),
        ("tribunale norvaliano", ActorKind::Organization, Some("NOR")),
    ];
    let e = code_in(
        "en",
        "Norvalia extradited a suspected smuggler to Kessia on Monday.",
        &a,
    );
    assert!(coded(&e, Category::Cooperate, "Norvalia", "Kessia"), "{e:?}");
    let e = code_in("it", "La Norvalia ha estradato in Kessia un presunto trafficante.", &a);
    assert!(coded(&e, Category::Cooperate, "Norvalia", "Kessia"), "{e:?}");
    // No destination: the legal action against the person (CAMEO 1121).
    for (lang, s, src) in [
        (
            "en",
            "A Norvalian court approved the extradition of Dario Venn to face fraud charges.",
            "Norvalian court",
        ),
        (
            "en",
            "Norvalia extradited Dario Venn, wanted for smuggling weapons in Kessia.",
            "Norvalia",
        ),
        (
            "it",
            "Il tribunale norvaliano ha approvato l'estradizione di Dario Venn.",
            "tribunale norvaliano",
        ),
    ] {
        let e = code_in(lang, s, &a);
        assert!(coded(&e, Category::Accuse, src, "Dario Venn"), "{s}: {e:?}");
        assert!(
            !e.iter()
                .any(|e| matches!(e.event, Category::Agree | Category::Cooperate)),
            "{s}: {e:?}"
        );
    }
}

#[test]
fn an_attributive_participle_is_no_event() {
    let a = [
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
        ("Dario Venn", ActorKind::Person, Some("KES")),
    ];
    let e = code_in("en", "Norvalia arrested the alleged leader of a Kessian gang.", &a);
    assert!(
        e.iter().any(|e| e.event == Category::Coerce) && !e.iter().any(|e| e.event == Category::Accuse),
        "{e:?}"
    );
    let e = code_in(
        "en",
        "Norvalia hosted Kessia's foreign minister for talks on the disputed border.",
        &a,
    );
    assert!(!e.iter().any(|e| e.event == Category::Accuse), "{e:?}");
    let e = code_in(
        "en",
        "Norvalia filed a complaint against visiting minister Dario Venn.",
        &a,
    );
    assert!(!e.iter().any(|e| e.event == Category::Consult), "{e:?}");
    // A finite verb is still an act.
    let e = code_in("en", "Norvalia alleged that Kessia had armed the rebels.", &a);
    assert!(e.iter().any(|e| e.event == Category::Accuse), "{e:?}");
}

#[test]
fn giving_permission_is_allowing() {
    let a = NORVALIA_KESSIA;
    let nk = ("Norvalia".to_string(), "Kessia".to_string());
    for (lang, s) in [
        ("en", "Norvalia gave Kessia permission to use its airspace."),
        (
            "it",
            "La Norvalia ha dato alla Kessia il permesso di usare il suo spazio aereo.",
        ),
    ] {
        let e = code_in(lang, s, a);
        // (The Italian recipient before the noun is left to role assignment.)
        assert!(
            e.iter()
                .any(|e| e.event == Category::Concede && (dyad(e) == nk || lang == "it" && dyad(e).0 == "Norvalia"))
                && !e.iter().any(|e| e.event == Category::Aid),
            "{s}: {e:?}"
        );
    }
    let e = code_in("en", "Norvalia gave Kessia food aid.", a);
    assert!(
        e.iter().any(|e| e.event == Category::Aid) && !e.iter().any(|e| e.event == Category::Concede),
        "{e:?}"
    );
}

#[test]
fn a_deadline_given_is_an_ultimatum() {
    let a = NORVALIA_KESSIA;
    let nk = ("Norvalia".to_string(), "Kessia".to_string());
    for s in [
        "Norvalia gave Kessia a 48-hour deadline to withdraw its troops.",
        "Norvalia gave Kessia an ultimatum to hand over the suspects.",
        "Norvalia set a 30-day deadline for Kessia to pay its debts.",
    ] {
        let e = code_in("en", s, a);
        assert!(
            coded(&e, Category::Threaten, &nk.0, &nk.1) && !e.iter().any(|e| e.event == Category::Aid),
            "{s}: {e:?}"
        );
    }
    // A deadline nobody gives or sets is a date.
    for s in [
        "Norvalia missed the deadline for its reply to Kessia.",
        "Norvalia left Kessia a day ahead of the deadline.",
    ] {
        let e = code_in("en", s, a);
        assert!(!e.iter().any(|e| e.event == Category::Threaten), "{s}: {e:?}");
    }
}

#[test]
fn an_announced_boycott_is_a_threat() {
    let a = [
        ("Kessian opposition", ActorKind::Organization, Some("KES")),
        ("opposizione kessiana", ActorKind::Organization, Some("KES")),
    ];
    for (lang, s) in [
        ("en", "The Kessian opposition will boycott the regional summit."),
        (
            "en",
            "The Kessian opposition said it would boycott the parliamentary vote.",
        ),
        ("it", "L'opposizione kessiana boicotterà il vertice regionale."),
        (
            "it",
            "L'opposizione kessiana ha detto che boicotterà il voto parlamentare.",
        ),
    ] {
        let e = code_in(lang, s, &a);
        assert!(
            e.iter()
                .any(|e| e.event == Category::Threaten && !e.recipient.is_empty())
                && !e.iter().any(|e| e.event == Category::Reject),
            "{s}: {e:?}"
        );
    }
    // A boycott carried out is a protest by non-participation (CAMEO 143).
    for (lang, s) in [
        ("en", "The Kessian opposition boycotted the regional summit."),
        ("en", "The Kessian opposition is boycotting the regional summit."),
        ("it", "L'opposizione kessiana ha boicottato il vertice regionale."),
    ] {
        let e = code_in(lang, s, &a);
        assert!(
            e.iter()
                .any(|e| e.event == Category::Protest && e.mode.as_deref() == Some("boycott"))
                && !e
                    .iter()
                    .any(|e| matches!(e.event, Category::Threaten | Category::Reject)),
            "{s}: {e:?}"
        );
    }
}

#[test]
fn an_announced_protest_is_a_threat() {
    // CAMEO 133 "threaten political dissent, protest": a protest, march or
    // strike still to come is a threat, as an announced boycott is.
    let a = [
        ("Tarvos Workers League", ActorKind::Organization, Some("TAR")),
        ("Kessian embassy", ActorKind::Organization, Some("KES")),
        ("Lega dei lavoratori di Tarvos", ActorKind::Organization, Some("TAR")),
        ("ambasciata kessiana", ActorKind::Organization, Some("KES")),
    ];
    for (lang, s) in [
        (
            "en",
            "The Tarvos Workers League will hold a demonstration in front of the Kessian embassy next Saturday.",
        ),
        (
            "en",
            "The Tarvos Workers League said it would march on the Kessian embassy next week.",
        ),
        (
            "it",
            "La Lega dei lavoratori di Tarvos protesterà davanti all'ambasciata kessiana venerdì.",
        ),
    ] {
        let e = code_in(lang, s, &a);
        assert!(
            e.iter().any(|e| e.event == Category::Threaten) && !e.iter().any(|e| e.event == Category::Protest),
            "{s}: {e:?}"
        );
    }
    // Carried out, it is the protest itself (CAMEO 14).
    for (lang, s) in [
        (
            "en",
            "The Tarvos Workers League held a demonstration in front of the Kessian embassy last Saturday.",
        ),
        (
            "it",
            "La Lega dei lavoratori di Tarvos ha protestato davanti all'ambasciata kessiana venerdì.",
        ),
    ] {
        let e = code_in(lang, s, &a);
        assert!(
            e.iter().any(|e| e.event == Category::Protest) && !e.iter().any(|e| e.event == Category::Threaten),
            "{s}: {e:?}"
        );
    }
}

#[test]
fn leave_withheld_is_refused() {
    // CAMEO 124 "refuse to yield": leave (permission, authorisation) withheld
    // is refused (REJECT), in any tense; other negated yields stay what they were.
    let a = [
        ("Tarvos government", ActorKind::Organization, Some("TAR")),
        ("governo di Tarvos", ActorKind::Organization, Some("TAR")),
        ("Mirela Dovan", ActorKind::Person, Some("TAR")),
    ];
    for (lang, s) in [
        (
            "en",
            "The Tarvos government did not give permission for the Mirela Dovan concert.",
        ),
        ("en", "The Tarvos government did not grant permission to Mirela Dovan."),
        (
            "it",
            "Il governo di Tarvos non ha dato il permesso per il concerto di Mirela Dovan.",
        ),
        (
            "it",
            "Il governo di Tarvos non ha concesso l'autorizzazione a Mirela Dovan.",
        ),
    ] {
        let e = code_in(lang, s, &a);
        assert!(
            has(&e, Category::Reject, Some("yield")) && !e.iter().any(|e| e.event == Category::Concede),
            "{s}: {e:?}"
        );
    }
    for (lang, s) in [
        ("en", "The Tarvos government allowed Mirela Dovan to hold the rally."),
        ("en", "Mirela Dovan did not resign from the Tarvos government."),
        (
            "en",
            "The Tarvos government did not allow Mirela Dovan to hold the rally.",
        ),
    ] {
        let e = code_in(lang, s, &a);
        assert!(
            e.iter().any(|e| e.event == Category::Concede) && !e.iter().any(|e| e.event == Category::Reject),
            "{s}: {e:?}"
        );
    }
}

#[test]
fn a_request_approved_is_acceded_to_even_as_a_complement() {
    // CAMEO 083 "accede to demands": approving a request, with its author
    // and purpose after it, yields (CONCEDE), as accepting "the demands" did.
    let a = [
        ("Mirela Dovan", ActorKind::Person, Some("KES")),
        ("Kessian Fisheries Board", ActorKind::Organization, Some("KES")),
        ("ente kessiano della pesca", ActorKind::Organization, Some("KES")),
    ];
    for (lang, s) in [
        (
            "en",
            "Governor Mirela Dovan approved a request from the Kessian Fisheries Board for boats on the lake.",
        ),
        (
            "it",
            "Mirela Dovan ha approvato una richiesta dell'ente kessiano della pesca per delle barche sul lago.",
        ),
    ] {
        let e = code_in(lang, s, &a);
        assert!(
            e.iter().any(|e| e.event == Category::Concede) && !e.iter().any(|e| e.event == Category::Agree),
            "{s}: {e:?}"
        );
    }
}

#[test]
fn arms_is_the_noun_unless_a_pronoun_or_auxiliary_makes_it_the_verb() {
    for s in [
        "Norvalia signed an arms deal with Kessia.",
        "The Norvalian council renewed the arms licence for Kessia.",
    ] {
        let e = code_in("en", s, NORVALIA_KESSIA);
        assert!(!e.iter().any(|e| e.event == Category::Aid), "{s}: {e:?}");
    }
    let e = code_in("en", "Norvalia says it arms the rebels in Kessia.", NORVALIA_KESSIA);
    assert!(e.iter().any(|e| e.event == Category::Aid), "{e:?}");
}

#[test]
fn a_duty_another_speaker_lays_is_a_demand_even_with_no_act_named() {
    let a = NORVALIA_KESSIA;
    for (lang, s) in [
        ("en", "Norvalia said on Friday that Kessia must do far more."),
        ("en", "Norvalia says Kessia must be held to account."),
        (
            "it",
            "La Norvalia ha detto venerdì che la Kessia deve fare molto di più.",
        ),
    ] {
        let e = code(lang, s, a);
        assert!(coded(&e, Category::Request, "Norvalia", "Kessia"), "{s}: {e:?}");
    }
    // No other speaker, or a trigger after the word that carries the duty itself.
    for (lang, s) in [
        ("en", "Kessia must do far more."),
        ("it", "La Kessia deve fare molto di più."),
    ] {
        let e = code(lang, s, &a[1..]);
        assert!(!e.iter().any(|e| e.event == Category::Request), "{s}: {e:?}");
    }
    let s = "Norvalia said that Kessia must withdraw its troops.";
    let e = code("en", s, a);
    assert_eq!(
        e.iter().filter(|e| e.event == Category::Request).count(),
        1,
        "{s}: {e:?}"
    );
}

#[test]
fn a_phrase_of_manner_before_the_object_keeps_the_object_the_verbs() {
    let a = NORVALIA_KESSIA;
    for (lang, s) in [
        ("en", "Norvalia denounced in the harshest words the raid on Kessia."),
        ("it", "La Norvalia ha denunciato con durezza il raid contro la Kessia."),
        (
            "it",
            "La Norvalia ha denunciato ieri con durezza il raid contro la Kessia.",
        ),
    ] {
        let e = code(lang, s, a);
        assert!(
            e.iter().any(|e| e.event == Category::Accuse) && !e.iter().any(|e| e.event == Category::Assault),
            "{s}: {e:?}"
        );
    }
}

#[test]
fn refuting_a_claim_rejects_it() {
    let a = NORVALIA_KESSIA;
    for (lang, s) in [
        ("en", "Norvalia firmly refuted Kessia's claims about the disputed dam."),
        ("en", "Norvalia rebutted Kessia's account of the border incident."),
        (
            "it",
            "La Norvalia ha confutato le tesi della Kessia sulla diga contesa.",
        ),
    ] {
        let e = code(lang, s, a);
        assert!(coded(&e, Category::Reject, "Norvalia", "Kessia"), "{s}: {e:?}");
    }
}

#[test]
fn pressing_someone_to_act_is_a_demand_the_noun_pressure_is_not() {
    let a = NORVALIA_KESSIA;
    let s = "For weeks Norvalia has been pressuring Kessia to call the naval drills off.";
    let e = code("en", s, a);
    assert!(
        coded(&e, Category::Request, "Norvalia", "Kessia") && !e.iter().any(|e| e.event == Category::Concede),
        "{s}: {e:?}"
    );
    for s in [
        "Norvalia said the pressure on Kessia would grow.",
        "Rising pressure pushed Norvalia and Kessia apart.",
    ] {
        let e = code("en", s, a);
        assert!(!e.iter().any(|e| e.event == Category::Request), "{s}: {e:?}");
    }
}

#[test]
fn lifting_a_measure_is_a_concession() {
    let a = NORVALIA_KESSIA;
    for (lang, s) in [
        ("en", "Norvalia has lifted a three-year boycott of Kessian goods."),
        ("en", "Norvalia dropped the investigation of Kessia's embassy."),
        (
            "en",
            "Norvalia quashed the detention order against the Kessian sailors.",
        ),
        ("it", "La Norvalia ha revocato il boicottaggio contro la Kessia."),
        ("it", "La Norvalia ha ritirato le accuse contro la Kessia."),
        ("it", "La procura della Norvalia ha archiviato l'indagine sulla Kessia."),
    ] {
        let e = code_in(lang, s, a);
        assert!(
            e.iter().any(|e| e.event == Category::Concede)
                && !e.iter().any(|e| matches!(
                    e.event,
                    Category::Reject | Category::Accuse | Category::Coerce | Category::Retreat
                )),
            "{s}: {e:?}"
        );
    }
    // An inquiry brought to an end is completed, not given up; an announced lifting is intent.
    for (lang, s, c) in [
        (
            "en",
            "Norvalia ended its investigation of Kessia's embassy.",
            Category::Concede,
        ),
        (
            "en",
            "Norvalia will lift economic sanctions on Kessia.",
            Category::Concede,
        ),
        ("en", "Norvalia imposed a boycott of Kessian goods.", Category::Concede),
    ] {
        let e = code_in(lang, s, a);
        assert!(!e.iter().any(|e| e.event == c), "{s}: {e:?}");
    }
}

#[test]
fn accepting_demands_is_acceding_to_them() {
    let a = [
        ("Norvalian government", ActorKind::Organization, Some("NOR")),
        ("governo norvaliano", ActorKind::Organization, Some("NOR")),
    ];
    for (lang, s) in [
        (
            "en",
            "The Norvalian government accepted the key demands of the protesters.",
        ),
        (
            "it",
            "Il governo norvaliano ha accettato le richieste dei manifestanti.",
        ),
    ] {
        let e = code_in(lang, s, &a);
        assert!(
            e.iter().any(|e| e.event == Category::Concede) && !e.iter().any(|e| e.event == Category::Agree),
            "{s}: {e:?}"
        );
    }
    // An accepted proposal is agreement; rejected demands stay REJECT; a
    // promise to accept stays a promise.
    let e = code_in(
        "it",
        "Il governo norvaliano ha accettato la proposta dei manifestanti.",
        &a,
    );
    assert!(!e.iter().any(|e| e.event == Category::Concede), "{e:?}");
    let e = code_in(
        "en",
        "The Norvalian government rejected the demands of the protesters.",
        &a,
    );
    assert!(
        e.iter().any(|e| e.event == Category::Reject) && !e.iter().any(|e| e.event == Category::Concede),
        "{e:?}"
    );
    let e = code_in(
        "en",
        "The Norvalian government will accept the demands of the protesters.",
        &a,
    );
    assert!(!e.iter().any(|e| e.event == Category::Concede), "{e:?}");
}

// --- Session 8: categories and modes of the CAMEO→PLOVER 2021 table. ---

fn nk() -> [(&'static str, ActorKind, Option<&'static str>); 2] {
    [
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
    ]
}

/// [`code`] with only the mentions the sentence contains.
fn code_in(lang: &str, sentence: &str, actors: &[(&str, ActorKind, Option<&str>)]) -> Vec<Event> {
    let present: Vec<(&str, ActorKind, Option<&str>)> = actors
        .iter()
        .copied()
        .filter(|(t, _, _)| sentence.contains(t))
        .collect();
    code(lang, sentence, &present)
}

fn has(e: &[Event], c: Category, mode: Option<&str>) -> bool {
    e.iter().any(|e| e.event == c && e.mode.as_deref() == mode)
}

#[test]
fn signing_or_concluding_an_agreement_is_support_promising_one_is_agree() {
    // CAMEO 057 "sign formal agreement" → SUPPORT.
    for (lang, text) in [
        ("en", "Norvalia and Kessia signed a trade treaty on Monday."),
        ("en", "Norvalia reached an agreement with Kessia on fishing rights."),
        ("en", "Norvalia and Kessia agreed a new border deal."),
        ("it", "La Norvalia e la Kessia hanno firmato un trattato commerciale."),
        ("it", "La Norvalia ha raggiunto un accordo con la Kessia sulla pesca."),
        ("it", "La Norvalia e la Kessia hanno concordato un'intesa sui confini."),
    ] {
        let e = code_in(lang, text, &nk());
        let s = e
            .iter()
            .find(|e| e.event == Category::Support)
            .unwrap_or_else(|| panic!("SUPPORT for {text}: {e:?}"));
        assert!(s.recipient.iter().any(|r| r.text == "Kessia"), "{text}: {}", s.reason);
        assert!(!e.iter().any(|e| e.event == Category::Agree), "{text}: {e:?}");
    }
    // CAMEO 03 "express intent to …" → AGREE: promises to sign, future signing,
    // agreeing to do something.
    for (lang, text) in [
        ("en", "Norvalia promised to sign a trade treaty with Kessia."),
        ("en", "Norvalia will sign a trade treaty with Kessia next week."),
        ("en", "Norvalia agreed to withdraw its troops from Kessia."),
        ("it", "La Norvalia ha promesso di firmare un trattato con la Kessia."),
        ("it", "La Norvalia firmerà un trattato con la Kessia."),
    ] {
        let e = code_in(lang, text, &nk());
        let a = e
            .iter()
            .find(|e| e.event == Category::Agree)
            .unwrap_or_else(|| panic!("AGREE for {text}: {e:?}"));
        assert!(a.recipient.iter().any(|r| r.text == "Kessia"), "{text}: {}", a.reason);
        assert!(!e.iter().any(|e| e.event == Category::Support), "{text}: {e:?}");
    }
    // Failing to reach a settlement rejects it (CAMEO 127, REJECT meet).
    let e = code(
        "en",
        "Norvalia and Kessia failed to reach an agreement over fishing rights.",
        &nk(),
    );
    assert!(has(&e, Category::Reject, Some("meet")), "{e:?}");
}

#[test]
fn imposing_sanctions_is_coerce_other_reduced_relations_are_sanction() {
    // CAMEO 163 "impose embargo, boycott, or sanctions" → COERCE, restrict.
    for (lang, text) in [
        ("en", "Norvalia imposed sanctions on Kessia."),
        ("en", "Norvalia announced an embargo against Kessia."),
        ("it", "La Norvalia ha imposto sanzioni contro la Kessia."),
        ("it", "La Norvalia ha sanzionato la Kessia."),
    ] {
        let e = code_in(lang, text, &nk());
        let c = e
            .iter()
            .find(|e| e.event == Category::Coerce)
            .unwrap_or_else(|| panic!("COERCE for {text}: {e:?}"));
        assert_eq!(c.mode.as_deref(), Some("restrict"), "{text}");
        assert!(c.recipient.iter().any(|r| r.text == "Kessia"), "{text}: {}", c.reason);
        assert!(!e.iter().any(|e| e.event == Category::Sanction), "{text}: {e:?}");
    }
    // Threatening sanctions stays THREATEN (1312).
    for (lang, text) in [
        ("en", "Norvalia threatened to impose sanctions on Kessia."),
        ("it", "La Norvalia ha minacciato di imporre sanzioni contro la Kessia."),
    ] {
        let e = code_in(lang, text, &nk());
        assert!(
            e.iter().any(|e| e.event == Category::Threaten) && !e.iter().any(|e| e.event == Category::Coerce),
            "{text}: {e:?}"
        );
    }
    // The rest of CAMEO 16 stays SANCTION, with the table's modes.
    for (lang, text, mode) in [
        ("en", "Norvalia expelled two Kessian diplomats.", "expel"),
        ("en", "Norvalia severed ties with Kessia.", "withdraw"),
        ("en", "Norvalia cut military aid to Kessia.", "discontinue"),
        ("en", "Norvalia reduced military aid to Kessia.", "discontinue"),
        ("en", "Norvalia withdrew its observers from Kessia.", "expel"),
        ("it", "La Norvalia ha espulso due diplomatici kessiani.", "expel"),
        ("it", "La Norvalia ha rotto le relazioni con la Kessia.", "withdraw"),
        (
            "it",
            "La Norvalia ha ridotto gli aiuti militari alla Kessia.",
            "discontinue",
        ),
    ] {
        let e = code_in(lang, text, &nk());
        assert!(has(&e, Category::Sanction, Some(mode)), "{text}: {e:?}");
    }
}

#[test]
fn hosting_a_visit_is_consult_host() {
    // CAMEO 043 "host a visit" → CONSULT, host; the visitor is the source.
    for (lang, text) in [
        ("en", "Kessia hosted the Norvalian prime minister on Tuesday."),
        ("it", "La Kessia ha ospitato martedì il primo ministro norvaliano."),
    ] {
        let e = code_in(
            lang,
            text,
            &[
                ("Kessia", ActorKind::Country, Some("KES")),
                ("Norvalian prime minister", ActorKind::Person, Some("NOR")),
                ("primo ministro norvaliano", ActorKind::Person, Some("NOR")),
            ],
        );
        let c = e
            .iter()
            .find(|e| e.event == Category::Consult)
            .unwrap_or_else(|| panic!("CONSULT for {text}: {e:?}"));
        assert_eq!(c.mode.as_deref(), Some("host"), "{text}");
        assert!(c.recipient.iter().any(|r| r.text == "Kessia"), "{text}: {}", c.reason);
    }
}

#[test]
fn violence_against_property_and_persons_has_the_table_modes() {
    for (lang, text, c, mode) in [
        // 1712 destroy property → ASSAULT destroy.
        (
            "en",
            "Norvalian soldiers demolished three houses in Kessia.",
            Category::Assault,
            Some("destroy"),
        ),
        (
            "it",
            "Soldati della Norvalia hanno demolito tre case in Kessia.",
            Category::Assault,
            Some("destroy"),
        ),
        // 173 arrest, detain → COERCE arrest; 181 abduct; 195 aerial weapons.
        (
            "en",
            "Norvalian police arrested two Kessian journalists.",
            Category::Coerce,
            Some("arrest"),
        ),
        (
            "it",
            "La polizia della Norvalia ha arrestato due giornalisti kessiani.",
            Category::Coerce,
            Some("arrest"),
        ),
        (
            "en",
            "Gunmen kidnapped two Kessian engineers in Norvalia.",
            Category::Assault,
            Some("abduct"),
        ),
        (
            "it",
            "Uomini armati hanno rapito due ingegneri kessiani.",
            Category::Assault,
            Some("abduct"),
        ),
        (
            "en",
            "Norvalia bombarded Kessian positions overnight.",
            Category::Assault,
            Some("heavy-weapons"),
        ),
        // 112 accuse → ACCUSE disapprove (the table has no "allege" mode).
        (
            "en",
            "Norvalia accused Kessia of spying.",
            Category::Accuse,
            Some("disapprove"),
        ),
        (
            "it",
            "La Norvalia ha accusato la Kessia di spionaggio.",
            Category::Accuse,
            Some("disapprove"),
        ),
    ] {
        let e = code_in(
            lang,
            text,
            &[
                ("Norvalia", ActorKind::Country, Some("NOR")),
                ("Kessia", ActorKind::Country, Some("KES")),
                ("Norvalian police", ActorKind::Organization, Some("NOR")),
                ("Norvalian soldiers", ActorKind::Organization, Some("NOR")),
                ("Soldati della Norvalia", ActorKind::Organization, Some("NOR")),
            ],
        );
        assert!(has(&e, c, mode), "{text}: {e:?}");
    }
}

#[test]
fn demands_and_rejections_take_their_mode_from_what_is_demanded() {
    // CAMEO 106 demand a meeting → REQUEST meet; 122 reject aid → REJECT assist;
    // 1053 demand a release → REQUEST yield.
    for (lang, text, c, mode) in [
        (
            "en",
            "Norvalia called for talks with Kessia.",
            Category::Request,
            "meet",
        ),
        (
            "en",
            "Kessia rejected the aid offered by Norvalia.",
            Category::Reject,
            "assist",
        ),
        (
            "en",
            "Norvalia demanded the release of Kessian prisoners.",
            Category::Request,
            "yield",
        ),
        (
            "it",
            "La Kessia ha respinto gli aiuti della Norvalia.",
            Category::Reject,
            "assist",
        ),
        (
            "en",
            "Kessia vetoed the Norvalian resolution.",
            Category::Reject,
            "yield",
        ),
    ] {
        let e = code_in(lang, text, &nk());
        assert!(has(&e, c, Some(mode)), "{text}: {e:?}");
    }
}

#[test]
fn protest_and_mobilize_modes() {
    for (lang, text, c, mode) in [
        (
            "en",
            "Kessian prisoners went on hunger strike in Norvalia.",
            Category::Protest,
            "hunger",
        ),
        (
            "it",
            "I detenuti kessiani hanno iniziato uno sciopero della fame.",
            Category::Protest,
            "hunger",
        ),
        (
            "en",
            "Thousands of Kessians demonstrated against Norvalia.",
            Category::Protest,
            "demo",
        ),
        (
            "it",
            "Migliaia di kessiani hanno manifestato contro la Norvalia.",
            Category::Protest,
            "demo",
        ),
        (
            "en",
            "Norvalia mobilized troops along the Kessian border.",
            Category::Mobilize,
            "troops",
        ),
        (
            "it",
            "La Norvalia ha mobilitato truppe al confine con la Kessia.",
            Category::Mobilize,
            "troops",
        ),
    ] {
        let e = code_in(
            lang,
            text,
            &[
                ("Norvalia", ActorKind::Country, Some("NOR")),
                ("Kessian prisoners", ActorKind::Organization, Some("KES")),
                ("detenuti kessiani", ActorKind::Organization, Some("KES")),
            ],
        );
        assert!(has(&e, c, Some(mode)), "{text}: {e:?}");
    }
}

#[test]
fn a_possessive_or_demonym_names_the_author_of_a_rejected_proposal() {
    let e = code(
        "en",
        "Greece rejected Turkey's latest offer to mediate.",
        &[
            ("Greece", ActorKind::Country, Some("GRC")),
            ("Turkey", ActorKind::Country, Some("TUR")),
        ],
    );
    let r = e.iter().find(|e| e.event == Category::Reject).expect("REJECT");
    assert_eq!(r.recipient[0].text, "Turkey", "{}", r.reason);
    let e = code(
        "en",
        "Kessia has rejected an Armenian proposal on the talks format.",
        &[("Kessia", ActorKind::Country, Some("KES"))],
    );
    let r = e.iter().find(|e| e.event == Category::Reject).expect("REJECT");
    assert_eq!(
        (r.recipient[0].text.as_str(), r.recipient[0].country.as_deref()),
        ("Armenian", Some("ARM")),
        "{}",
        r.reason
    );
    let e = code(
        "it",
        "La Kessia ha respinto la proposta armena sui colloqui.",
        &[("Kessia", ActorKind::Country, Some("KES"))],
    );
    let r = e.iter().find(|e| e.event == Category::Reject).expect("REJECT");
    assert_eq!(r.recipient[0].country.as_deref(), Some("ARM"), "{}", r.reason);
    // The source's own people is no author.
    let e = code(
        "en",
        "Armenia rejected an Armenian proposal.",
        &[("Armenia", ActorKind::Country, Some("ARM"))],
    );
    assert!(
        e.iter()
            .filter(|e| e.event == Category::Reject)
            .all(|e| e.recipient.iter().all(|r| r.text != "Armenian")),
        "{e:?}"
    );
}

#[test]
fn judging_an_act_judges_its_author() {
    let a = nk();
    for (lang, text, cat) in [
        (
            "en",
            "Norvalia condemned the violent protest by Kessia on Sunday.",
            Category::Accuse,
        ),
        (
            "en",
            "Norvalia condemned the armed incursion and the constant provocations by Kessia.",
            Category::Accuse,
        ),
        (
            "en",
            "Norvalia welcomed the decision by Kessia to reopen the border.",
            Category::Support,
        ),
        (
            "en",
            "Norvalia has accepted the demands by Kessia for a new vote.",
            Category::Concede,
        ),
        (
            "it",
            "La Norvalia ha condannato l'attacco compiuto da Kessia contro il porto.",
            Category::Accuse,
        ),
        (
            "it",
            "La Norvalia ha condannato la decisione di Kessia di chiudere il confine.",
            Category::Accuse,
        ),
        (
            "it",
            "La Norvalia ha condannato la mossa ad opera di Kessia.",
            Category::Accuse,
        ),
    ] {
        let e = code_in(lang, text, &a);
        let ev = e
            .iter()
            .find(|e| e.event == cat)
            .unwrap_or_else(|| panic!("{text}: {e:?}"));
        assert_eq!(
            dyad(ev),
            ("Norvalia".to_string(), "Kessia".to_string()),
            "{text}: {}",
            ev.reason
        );
    }
    // An event noun's genitive is its patient, not its author.
    let e = code_in("en", "Norvalia condemned the killing of Kessia's ambassador.", &a);
    assert!(
        e.iter()
            .filter(|e| e.event == Category::Accuse)
            .all(|e| !e.reason.contains("author of")),
        "{e:?}"
    );
}

#[test]
fn a_demand_or_accusation_through_a_that_clause_is_aimed_at_its_subject() {
    let a = nk();
    for (lang, text, cat) in [
        (
            "en",
            "Norvalia demanded that Kessia withdraw its ships.",
            Category::Request,
        ),
        (
            "en",
            "Norvalia has launched an investigation into claims that Kessia smuggled weapons.",
            Category::Accuse,
        ),
        (
            "en",
            "Norvalia conceded to demands that Kessia should be allowed to vote.",
            Category::Concede,
        ),
        (
            "it",
            "La Norvalia chiede che la Kessia ritiri le sue navi.",
            Category::Request,
        ),
        (
            "it",
            "La Norvalia ha aperto un'inchiesta sulle accuse che la Kessia abbia nascosto armi.",
            Category::Accuse,
        ),
    ] {
        let e = code_in(lang, text, &a);
        let ev = e
            .iter()
            .find(|e| e.event == cat)
            .unwrap_or_else(|| panic!("{text}: {e:?}"));
        assert_eq!(ev.actor[0].text, "Norvalia", "{text}: {}", ev.reason);
        assert!(
            ev.recipient.iter().any(|r| r.text.contains("Kessia")),
            "{text}: {}",
            ev.reason
        );
    }
    // A relative clause about the reports says nothing about whom they target.
    let e = code_in(
        "en",
        "Norvalia challenged reports that appeared in Kessia last week.",
        &a,
    );
    assert!(e.iter().all(|e| !e.reason.contains("complement clause")), "{e:?}");
}

#[test]
fn an_attributive_participle_keeps_the_preposition_before_a_title() {
    // "against visiting Governor X": the participle modifies the title, so
    // "against" still governs the name and beats the forum before it.
    let a = [
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Maritime Tribunal", ActorKind::Organization, Some("NOR")),
        ("Mirela Dovan", ActorKind::Person, Some("KES")),
    ];
    for text in [
        "Norvalia filed a lawsuit in the Maritime Tribunal against visiting Governor Mirela Dovan.",
        "Norvalia filed a lawsuit in the Maritime Tribunal against visiting Mirela Dovan over the fishing quota.",
    ] {
        let e = code_in("en", text, &a);
        let ev = e
            .iter()
            .find(|e| e.event == Category::Accuse)
            .unwrap_or_else(|| panic!("{text}: {e:?}"));
        assert!(
            ev.recipient.iter().any(|r| r.text.contains("Mirela Dovan")),
            "{text}: {}",
            ev.reason
        );
    }
}

#[test]
fn the_party_against_beats_a_forum_and_a_verdict_names_its_object() {
    let a = [
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
        ("Supreme Court", ActorKind::Organization, Some("NOR")),
        ("Human Rights Council", ActorKind::Organization, None),
        ("Lunaria", ActorKind::Location, Some("KES")),
    ];
    for (lang, text) in [
        (
            "en",
            "Norvalia filed a lawsuit in the Supreme Court on Monday against Kessia over the dam.",
        ),
        (
            "en",
            "Norvalia filed a complaint with the Human Rights Council against Kessia.",
        ),
        (
            "en",
            "Norvalia carried out air strikes on Friday against Kessia throughout Lunaria.",
        ),
        (
            "it",
            "La Norvalia ha presentato una denuncia al Human Rights Council contro la Kessia.",
        ),
    ] {
        let e = code_in(lang, text, &a);
        let ev = e
            .iter()
            .find(|e| e.event == Category::Accuse || e.event == Category::Assault)
            .unwrap_or_else(|| panic!("{text}: {e:?}"));
        assert_eq!(
            dyad(ev),
            ("Norvalia".to_string(), "Kessia".to_string()),
            "{text}: {}",
            ev.reason
        );
    }
    // Another trigger's "against" is its own: "… and announced sanctions against Y".
    let e = code_in(
        "en",
        "Norvalia reneged on a deal with Lunaria and announced sanctions against Kessia.",
        &a,
    );
    let r = e.iter().find(|e| e.event == Category::Reject).expect("REJECT");
    assert!(r.recipient.iter().all(|x| x.text != "Kessia"), "{}", r.reason);
    for (lang, text) in [
        ("en", "A court in Norvalia found Brannigan guilty of fraud."),
        (
            "it",
            "Un tribunale della Norvalia ha giudicato Brannigan colpevole di frode.",
        ),
    ] {
        let e = code_in(lang, text, &a);
        let ev = e
            .iter()
            .find(|e| e.event == Category::Accuse)
            .unwrap_or_else(|| panic!("{text}: {e:?}"));
        assert!(
            ev.recipient.iter().any(|r| r.text.contains("Brannigan")),
            "{text}: {}",
            ev.reason
        );
    }
}

#[test]
fn a_promised_dispatch_is_aimed_at_whom_it_is_to_help() {
    let a = [
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessian army", ActorKind::Organization, Some("KES")),
        ("esercito kessiano", ActorKind::Organization, Some("KES")),
    ];
    for (lang, text) in [
        (
            "en",
            "Norvalia has offered to send engineers to help the Kessian army rebuild its bridges.",
        ),
        (
            "it",
            "La Norvalia ha offerto di inviare genieri per aiutare l'esercito kessiano a ricostruire i ponti.",
        ),
    ] {
        let e = code_in(lang, text, &a);
        let ev = e
            .iter()
            .find(|e| e.event == Category::Agree)
            .unwrap_or_else(|| panic!("{text}: {e:?}"));
        assert_eq!(
            ev.recipient.first().and_then(|r| r.country.as_deref()),
            Some("KES"),
            "{text}: {}",
            ev.reason
        );
    }
    // A partner named with the promise itself stays its recipient.
    let e = code_in(
        "en",
        "Norvalia agreed with its Kessian counterpart to exchange technology in the energy sector.",
        &a,
    );
    assert!(e.iter().all(|e| !e.reason.contains("is for")), "{e:?}");
}

#[test]
fn a_discussion_meets_the_partner_not_the_topic() {
    let a = [
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
        ("Lunaria", ActorKind::Country, Some("LUN")),
    ];
    for (lang, text) in [
        ("en", "Norvalia discussed Lunaria with Kessia in a phone call."),
        ("it", "La Norvalia ha discusso la crisi in Lunaria con la Kessia."),
    ] {
        let e = code_in(lang, text, &a);
        let ev = e
            .iter()
            .find(|e| e.event == Category::Consult)
            .unwrap_or_else(|| panic!("{text}: {e:?}"));
        assert_eq!(
            dyad(ev),
            ("Norvalia".to_string(), "Kessia".to_string()),
            "{text}: {}",
            ev.reason
        );
    }
}

#[test]
fn a_noun_object_of_an_ordinary_verb_is_the_subjects_act() {
    let a = NORVALIA_KESSIA;
    for (lang, text, cat) in [
        (
            "en",
            "Norvalia declared a unilateral ceasefire on Sunday.",
            Category::Concede,
        ),
        (
            "en",
            "Norvalia and Kessia performed joint war games in October.",
            Category::Cooperate,
        ),
        (
            "it",
            "La Norvalia ha dichiarato un cessate il fuoco unilaterale domenica.",
            Category::Concede,
        ),
        (
            "it",
            "La Norvalia e la Kessia hanno svolto esercitazioni congiunte a ottobre.",
            Category::Cooperate,
        ),
    ] {
        let e = code_in(lang, text, a);
        let hit: Vec<&Event> = e.iter().filter(|e| e.event == cat).collect();
        assert_eq!(hit.len(), 1, "{text}: {e:?}");
        assert_eq!(dyad(hit[0]).0, "Norvalia", "{text}: {}", hit[0].reason);
    }
    // What a subject suffers or obtains is no act of its own.
    for (lang, text) in [
        ("en", "Kessia suffered a unilateral ceasefire."),
        ("it", "La Kessia ha subito un cessate il fuoco unilaterale."),
        (
            "it",
            "La Kessia ha ottenuto la promessa di un sostegno militare costante.",
        ),
    ] {
        let e = code_in(lang, text, a);
        assert!(
            !e.iter().any(|e| matches!(e.event, Category::Concede | Category::Agree)
                && e.actor.iter().any(|s| s.text == "Kessia")),
            "{text}: {e:?}"
        );
    }
}

#[test]
fn as_before_a_trigger_noun_is_a_predicate_not_a_clause() {
    let a = [
        ("Norvalian militias", ActorKind::Organization, Some("NOR")),
        ("Kessian civilians", ActorKind::Organization, Some("KES")),
    ];
    for (lang, text) in [
        (
            "en",
            "Norvalian militias held Kessian civilians as human shields in the port.",
        ),
        (
            "it",
            "Le Norvalian militias hanno usato i Kessian civilians come scudi umani nel porto.",
        ),
    ] {
        let e = code_in(lang, text, &a);
        let hit: Vec<&Event> = e.iter().filter(|e| e.event == Category::Assault).collect();
        assert_eq!(hit.len(), 1, "{text}: {e:?}");
        assert_eq!(
            dyad(hit[0]),
            ("Norvalian militias".to_string(), "Kessian civilians".to_string()),
            "{text}: {}",
            hit[0].reason
        );
    }
}

#[test]
fn diplomatic_ties_tariff_cuts_and_curfews_follow_the_table() {
    let a = NORVALIA_KESSIA;
    for (lang, text, cat) in [
        (
            "en",
            "Norvalia has established diplomatic ties with Kessia.",
            Category::Support,
        ),
        (
            "it",
            "La Norvalia ha stabilito relazioni diplomatiche con la Kessia.",
            Category::Support,
        ),
        (
            "en",
            "Norvalia reduced tariffs on goods from Kessia.",
            Category::Concede,
        ),
        (
            "it",
            "La Norvalia ha ridotto i dazi sulle merci della Kessia.",
            Category::Concede,
        ),
        ("en", "Norvalia extended the curfew in Kessia.", Category::Coerce),
        (
            "it",
            "La Norvalia ha prorogato il coprifuoco in Kessia.",
            Category::Coerce,
        ),
    ] {
        let e = code_in(lang, text, a);
        assert!(
            e.iter().any(|e| e.event == cat && dyad(e).0 == "Norvalia"),
            "{text}: {e:?}"
        );
    }
}

#[test]
fn a_supplier_after_a_copula_gives_to_its_genitive() {
    let a = NORVALIA_KESSIA;
    for (lang, text) in [
        ("en", "Norvalia has been Kessia's main arms supplier for decades."),
        ("en", "Norvalia is the largest donor to Kessia."),
        (
            "it",
            "La Norvalia è da molti anni il primo fornitore di armi della Kessia.",
        ),
        ("it", "La Norvalia è il maggiore donatore della Kessia."),
    ] {
        let e = code_in(lang, text, a);
        let aid: Vec<&Event> = e.iter().filter(|e| e.event == Category::Aid).collect();
        assert_eq!(aid.len(), 1, "{text}: {e:?}");
        assert_eq!(
            dyad(aid[0]),
            ("Norvalia".to_string(), "Kessia".to_string()),
            "{text}: {}",
            aid[0].reason
        );
    }
    // A supplier that is no predicate names a role, not a giving.
    let e = code_in(
        "it",
        "La Kessia vuole rafforzare la Norvalia come fornitore alternativo di componenti.",
        a,
    );
    assert!(!e.iter().any(|e| e.event == Category::Aid), "{e:?}");
    let e = code_in(
        "en",
        "Kessia wants to build up Norvalia as an alternative supplier of components.",
        a,
    );
    assert!(!e.iter().any(|e| e.event == Category::Aid), "{e:?}");
}

#[test]
fn a_noun_judged_by_a_concern_is_no_act_of_the_judge() {
    let a = [
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
        ("Lunaria", ActorKind::Country, Some("LUN")),
    ];
    for (lang, text) in [
        (
            "it",
            "La Lunaria si è detta preoccupata per il nuovo patto Norvalia-Kessia.",
        ),
        (
            "en",
            "Lunaria said it was deeply concerned about the new Norvalia-Kessia pact.",
        ),
        (
            "en",
            "Lunaria was deeply concerned about the new pact between Norvalia and Kessia.",
        ),
    ] {
        let e = code_in(lang, text, &a);
        assert!(!e.iter().any(|e| e.event == Category::Support), "{text}: {e:?}");
        let accuse = e
            .iter()
            .find(|e| e.event == Category::Accuse)
            .unwrap_or_else(|| panic!("{text}: {e:?}"));
        assert_eq!(
            dyad(accuse),
            ("Lunaria".to_string(), "Norvalia+Kessia".to_string()),
            "{text}: {}",
            accuse.reason
        );
    }
    // An act with a source of its own stays its author's event.
    let e = code_in(
        "it",
        "La Lunaria ha espresso preoccupazione per l'attacco della Norvalia contro la Kessia.",
        &a,
    );
    assert!(coded(&e, Category::Assault, "Norvalia", "Kessia"), "{e:?}");
}

#[test]
fn the_ordered_party_is_the_target_and_the_one_who_orders_the_source() {
    let a = [
        ("Norvalian court", ActorKind::Organization, Some("NOR")),
        ("Kessian Herald", ActorKind::Organization, Some("KES")),
        ("Tribunale di Lunaria", ActorKind::Organization, Some("LUN")),
        ("Gazzetta Boreale", ActorKind::Organization, Some("BOR")),
        ("Paolo Ferrante", ActorKind::Person, Some("LUN")),
        ("Dario Venn", ActorKind::Person, Some("KES")),
    ];
    let pair = |e: &[Event], c: Category, s: &str, r: &str| {
        e.iter()
            .any(|e| e.event == c && dyad(e) == (s.to_string(), r.to_string()))
    };
    let e = code_in(
        "en",
        "The Norvalian court ordered the Kessian Herald to suspend publication for a month.",
        &a,
    );
    assert!(pair(&e, Category::Coerce, "Norvalian court", "Kessian Herald"), "{e:?}");
    let e = code_in(
        "en",
        "The Norvalian court has ordered the aide of Dario Venn jailed pending trial.",
        &a,
    );
    assert!(pair(&e, Category::Coerce, "Norvalian court", "Dario Venn"), "{e:?}");
    let e = code_in(
        "it",
        "Il Tribunale di Lunaria ha ordinato alla Gazzetta Boreale di sospendere le pubblicazioni.",
        &a,
    );
    assert!(
        pair(&e, Category::Coerce, "Tribunale di Lunaria", "Gazzetta Boreale"),
        "{e:?}"
    );
    // The passive names no one who orders; a noun "orders" orders no one.
    let e = code_in("en", "The Kessian Herald was ordered to suspend publication.", &a);
    assert!(!e.iter().any(|e| dyad(e).1 == "Kessian Herald"), "{e:?}");
    let e = code_in(
        "en",
        "Dario Venn patrolled the river bank under orders to detain every smuggler.",
        &a,
    );
    assert!(!e.iter().any(|e| e.reason.contains("ordered by")), "{e:?}");
}

#[test]
fn the_one_who_reaffirms_a_sides_support_is_the_source() {
    let a = [
        ("Dario Venn", ActorKind::Person, Some("KES")),
        ("Kessia", ActorKind::Country, Some("KES")),
        ("Norvalia", ActorKind::Country, Some("NOR")),
    ];
    let e = code_in(
        "en",
        "Dario Venn reiterated Kessia's support for Norvalia on Monday.",
        &a,
    );
    assert!(coded(&e, Category::Support, "Dario Venn", "Norvalia"), "{e:?}");
    // Without a verb of reaffirming, the possessor stays the author.
    let e = code_in("en", "Dario Venn welcomed Kessia's support for Norvalia on Monday.", &a);
    assert!(!e.iter().any(|e| e.reason.contains("reaffirmed by")), "{e:?}");
    // Italian: "ribadire" is itself the act, and its subject the source.
    let e = code_in(
        "it",
        "Dario Venn ha ribadito il sostegno della Kessia alla Norvalia.",
        &a,
    );
    assert!(coded(&e, Category::Support, "Dario Venn", "Norvalia"), "{e:?}");
}

#[test]
fn the_one_who_voices_a_sides_stance_or_pledge_is_the_source() {
    let a = [
        ("Dario Venn", ActorKind::Person, Some("KES")),
        ("Kessia", ActorKind::Country, Some("KES")),
        ("Norvalia", ActorKind::Country, Some("NOR")),
    ];
    let venn = |e: &[Event]| coded(e, Category::Support, "Dario Venn", "Norvalia");
    // A pledge to the act: the stance noun and its preposition stand between.
    let e = code_in(
        "en",
        "Dario Venn reiterated Kessia's commitment to supporting Norvalia.",
        &a,
    );
    assert!(venn(&e), "{e:?}");
    // Expressing is voicing, like reaffirming.
    let e = code_in("en", "Dario Venn expressed Kessia's solidarity with Norvalia.", &a);
    assert!(venn(&e), "{e:?}");
    let e = code_in(
        "it",
        "Dario Venn ha espresso la solidarietà della Kessia alla Norvalia.",
        &a,
    );
    assert!(venn(&e), "{e:?}");
    // Without a voicing verb the possessor stays the author.
    let e = code_in(
        "en",
        "Dario Venn welcomed Kessia's commitment to supporting Norvalia.",
        &a,
    );
    assert!(!e.iter().any(|e| e.reason.contains("reaffirmed by")), "{e:?}");
    let e = code_in(
        "it",
        "Dario Venn ha accolto la solidarietà della Kessia alla Norvalia.",
        &a,
    );
    assert!(!e.iter().any(|e| e.reason.contains("reaffirmed by")), "{e:?}");
}

#[test]
fn an_approximator_before_a_figure_is_no_preposition() {
    let a = [
        ("Kessia", ActorKind::Country, Some("KES")),
        ("Norvalia", ActorKind::Country, Some("NOR")),
    ];
    for (lang, text) in [
        ("en", "Over 700 villagers have sought refuge in Kessia."),
        ("en", "Up to 700 villagers have sought refuge in Kessia."),
        ("it", "Più di 700 abitanti hanno cercato rifugio in Kessia."),
        ("it", "Fino a 700 abitanti hanno cercato rifugio in Kessia."),
    ] {
        let e = code_in(lang, text, &a);
        assert!(
            e.iter()
                .any(|e| e.event == Category::Request && dyad(e).0.contains("700") && dyad(e).1 == "Kessia"),
            "{text}: {e:?}"
        );
    }
    // A real preposition before the approximator still governs the phrase.
    let e = code_in("en", "Norvalia sent aid to over 700 villages.", &a);
    assert!(
        e.iter()
            .any(|e| e.event == Category::Aid && dyad(e).0 == "Norvalia" && dyad(e).1.contains("700 villages")),
        "{e:?}"
    );
}

#[test]
fn a_short_parenthesis_is_transparent_and_fills_no_role() {
    let a = [
        ("Norvalian Liberation Front", ActorKind::Organization, Some("NOR")),
        ("NLF", ActorKind::Organization, Some("NOR")),
        ("Fronte di Liberazione Norvaliano", ActorKind::Organization, Some("NOR")),
        ("FLN", ActorKind::Organization, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
        ("Dario Venn", ActorKind::Person, Some("KES")),
        ("Lunar Press", ActorKind::Organization, Some("LUN")),
    ];
    let e = code_in(
        "en",
        "The Norvalian Liberation Front (NLF) on Thursday met Dario Venn in the capital.",
        &a,
    );
    assert!(
        coded(&e, Category::Consult, "Norvalian Liberation Front", "Dario Venn"),
        "{e:?}"
    );
    // The clause runs on past "(NLF)": the name before it is the subject.
    let e = code_in("en", "Dario Venn, May 3 (NLF) Under pressure from Kessia, the Norvalian Liberation Front (NLF) has dropped its attack on Kessia.", &a);
    assert!(e.iter().any(|e| dyad(e).0 == "Norvalian Liberation Front"), "{e:?}");
    let e = code_in("it", "Dario Venn, 3 maggio (FLN) Su pressione della Kessia, il Fronte di Liberazione Norvaliano (FLN) ha annunciato un attacco contro la Kessia.", &a);
    assert!(
        e.iter().any(|e| dyad(e).0 == "Fronte di Liberazione Norvaliano"),
        "{e:?}"
    );
    let e = code_in(
        "it",
        "Il Fronte di Liberazione Norvaliano (FLN) ieri ha incontrato Dario Venn nella capitale.",
        &a,
    );
    assert!(
        coded(&e, Category::Consult, "Fronte di Liberazione Norvaliano", "Dario Venn"),
        "{e:?}"
    );
    // A dateline's parenthesis still ends the clause before it.
    let e = code_in(
        "en",
        "KESSIA (Lunar Press) - The Norvalian Liberation Front attacked a convoy.",
        &a,
    );
    assert!(
        !e.iter()
            .any(|e| dyad(e).0 == "Lunar Press" || dyad(e).1 == "Lunar Press"),
        "{e:?}"
    );
}

#[test]
fn setting_free_is_release_in_italian_as_in_english() {
    let a = [
        ("Kessia", ActorKind::Country, Some("KES")),
        ("Dario Venn", ActorKind::Person, Some("NOR")),
    ];
    let e = code_in("it", "La Kessia ha rimesso in libertà Dario Venn dopo tre mesi.", &a);
    assert!(coded(&e, Category::Retreat, "Kessia", "Dario Venn"), "{e:?}");
    let e = code_in("en", "Kessia freed Dario Venn after three months.", &a);
    assert!(coded(&e, Category::Retreat, "Kessia", "Dario Venn"), "{e:?}");
}

#[test]
fn the_speaker_of_a_trailing_said_is_no_object() {
    let a = [
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
        ("Ministry of Foreign Affairs", ActorKind::Organization, Some("NOR")),
        ("ministero degli Esteri", ActorKind::Organization, Some("NOR")),
    ];
    let e = code_in("en", "Norvalia has established diplomatic relations with Kessia for the first time, the Ministry of Foreign Affairs said on Monday.", &a);
    assert!(coded(&e, Category::Support, "Norvalia", "Kessia"), "{e:?}");
    let e = code_in("it", "La Norvalia ha allacciato relazioni diplomatiche con la Kessia dopo dieci anni di gelo, ha detto lunedì il ministero degli Esteri.", &a);
    assert!(coded(&e, Category::Support, "Norvalia", "Kessia"), "{e:?}");
    // A direct object before the speaker stays the object.
    let e = code_in(
        "en",
        "Norvalia attacked Kessia on Friday, the Ministry of Foreign Affairs said.",
        &a,
    );
    assert!(coded(&e, Category::Assault, "Norvalia", "Kessia"), "{e:?}");
}

#[test]
fn italian_perfects_with_essere_are_active_and_costringere_inflects() {
    let a = [
        ("Kessia", ActorKind::Country, Some("KES")),
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Dario Venn", ActorKind::Person, Some("KES")),
        ("sindacati norvaliani", ActorKind::Organization, Some("NOR")),
    ];
    let e = code_in(
        "it",
        "I sindacati norvaliani sono entrati in sciopero contro la Kessia.",
        &a,
    );
    assert!(coded(&e, Category::Protest, "sindacati norvaliani", "Kessia"), "{e:?}");
    let e = code_in("it", "La Norvalia ha costretto Dario Venn a lasciare il Paese.", &a);
    assert!(coded(&e, Category::Coerce, "Norvalia", "Dario Venn"), "{e:?}");
    // A true passive still takes its agent from "da".
    let e = code_in("it", "L'accordo è stato firmato dalla Kessia con la Norvalia.", &a);
    assert!(e.iter().any(|e| dyad(e).0 == "Kessia"), "{e:?}");
}

#[test]
fn an_amount_between_the_verb_and_the_aid_cut_is_no_phrase() {
    let a = NORVALIA_KESSIA;
    let e = code_in(
        "it",
        "La Norvalia ha ridotto di 40 milioni di euro gli aiuti militari alla Kessia.",
        a,
    );
    assert!(
        e.iter().any(|e| e.event == Category::Sanction) && !e.iter().any(|e| e.event == Category::Aid),
        "{e:?}"
    );
    let e = code_in("en", "Norvalia reduced military aid to Kessia by 40 million euros.", a);
    assert!(
        e.iter().any(|e| e.event == Category::Sanction) && !e.iter().any(|e| e.event == Category::Aid),
        "{e:?}"
    );
    // Aid given with an amount stays aid.
    let e = code_in(
        "it",
        "La Norvalia ha inviato 40 milioni di euro di aiuti alla Kessia.",
        a,
    );
    assert!(!e.iter().any(|e| e.event == Category::Sanction), "{e:?}");
}

#[test]
fn a_date_read_as_a_name_fills_no_role() {
    // The recognizer may take a capitalized month for a name; the date
    // parser knows better. With and without an article date.
    let a = [
        ("Kessia", ActorKind::Country, Some("KES")),
        ("Jan", ActorKind::Person, None),
        ("Gennaio", ActorKind::Person, None),
    ];
    for dated in [true, false] {
        let lex = Lexicons::embedded();
        let coder = Coder::new(&lex).unwrap();
        for (lang, sentence) in [
            ("en", "Kessia met Jan. 15 with the Norvalian envoys."),
            ("it", "La Kessia ha incontrato il 15 Gennaio i delegati norvaliani."),
        ] {
            let article = Article {
                source: "test".into(),
                text: sentence.to_string(),
                date: dated.then(|| "2024-06-20".to_string()),
                ..Default::default()
            };
            let analysis = dyad_text::analyze(article, Some(lang)).unwrap();
            let mentions: Vec<ActorMention> = a
                .iter()
                .filter(|(t, _, _)| sentence.contains(t))
                .map(|(t, kind, country)| {
                    let start = sentence.find(t).unwrap();
                    ActorMention {
                        text: t.to_string(),
                        start,
                        end: start + t.len(),
                        kind: *kind,
                        country: country.map(str::to_string),
                        sector: None,
                        id: None,
                        name: None,
                    }
                })
                .collect();
            let e = coder.code(&analysis, &mentions, "doc", &NoPlaces).events;
            let met = e.iter().find(|e| e.event == Category::Consult).expect("CONSULT");
            assert_eq!(met.actor[0].text, "Kessia", "{e:?}");
            assert!(
                met.recipient
                    .iter()
                    .all(|r| !r.text.contains("Jan") && !r.text.contains("Gennaio")),
                "{lang} dated={dated}: {e:?}"
            );
            assert!(
                met.recipient
                    .iter()
                    .any(|r| r.text.contains("envoys") || r.text.contains("norvaliani")),
                "{lang} dated={dated}: {e:?}"
            );
        }
    }
}

#[test]
fn a_mobilization_naming_no_party_is_aimed_where_the_forces_go() {
    let a = [
        ("Kessian troops", ActorKind::Organization, Some("KES")),
        ("truppe kessiane", ActorKind::Organization, Some("KES")),
        ("Kessian army", ActorKind::Organization, Some("KES")),
        ("esercito kessiano", ActorKind::Organization, Some("KES")),
        ("Brask", ActorKind::Location, Some("KES")),
    ];
    let to = |e: &[Event], src: &str, tgt: &str| {
        e.iter().any(|e| {
            e.event == Category::Mobilize
                && e.actor.iter().any(|r| r.text == src)
                && e.recipient.iter().any(|r| r.text.contains(tgt))
        })
    };
    // A place of the source's own country is where its forces stand.
    let e = code_in("en", "Kessian troops remained on alert in Brask after the bombing.", &a);
    assert!(to(&e, "Kessian troops", "Brask"), "{e:?}");
    let e = code_in(
        "it",
        "Le truppe kessiane sono rimaste in stato di allerta a Brask dopo l'attentato.",
        &a,
    );
    assert!(to(&e, "truppe kessiane", "Brask"), "{e:?}");
    // No name: a place noun says where.
    let e = code_in("en", "The Kessian army mobilized its men to the area.", &a);
    assert!(to(&e, "Kessian army", "area"), "{e:?}");
    let e = code_in(
        "it",
        "L'esercito kessiano ha mobilitato i propri uomini verso la zona.",
        &a,
    );
    assert!(to(&e, "esercito kessiano", "zona"), "{e:?}");
    // A time is no place.
    let e = code_in("en", "Kessian troops remained on alert in the morning.", &a);
    assert!(
        e.iter()
            .any(|e| e.event == Category::Mobilize && e.recipient.is_empty()),
        "{e:?}"
    );
}

#[test]
fn experts_or_doctors_sent_are_the_means_like_troops() {
    let a = [
        ("Kessia", ActorKind::Country, Some("KES")),
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("experts", ActorKind::Organization, None),
        ("esperti", ActorKind::Organization, None),
        ("Norvalian doctors", ActorKind::Organization, Some("NOR")),
    ];
    let e = code_in("en", "Kessia sent seven experts to Norvalia.", &a);
    assert!(coded(&e, Category::Aid, "Kessia", "Norvalia"), "{e:?}");
    let e = code_in("it", "La Kessia ha inviato sette esperti in Norvalia.", &a);
    assert!(coded(&e, Category::Aid, "Kessia", "Norvalia"), "{e:?}");
    // A purpose gives the sending its category; the experts stay the means.
    let e = code_in(
        "en",
        "Kessia sent seven experts to Norvalia to investigate the bombing.",
        &a,
    );
    assert!(coded(&e, Category::Accuse, "Kessia", "Norvalia"), "{e:?}");
    let e = code_in(
        "it",
        "La Kessia ha inviato sette esperti in Norvalia per indagare sull'attentato.",
        &a,
    );
    assert!(coded(&e, Category::Accuse, "Kessia", "Norvalia"), "{e:?}");
    // Another side's doctors are a party of their own.
    let e = code_in("en", "Kessia sent medicines to the Norvalian doctors in Brask.", &a);
    assert!(coded(&e, Category::Aid, "Kessia", "Norvalian doctors"), "{e:?}");
}

#[test]
fn forces_mobilized_or_sent_are_the_means_and_the_party_is_whom_they_face() {
    let a = [
        ("Kessia", ActorKind::Country, Some("KES")),
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("troops", ActorKind::Organization, None),
        ("truppe", ActorKind::Organization, None),
        ("soldati", ActorKind::Organization, None),
        ("Norvalian troops", ActorKind::Organization, Some("NOR")),
    ];
    let e = code_in("en", "Kessia mobilized troops for a war against Norvalia.", &a);
    assert!(coded(&e, Category::Mobilize, "Kessia", "Norvalia"), "{e:?}");
    let e = code_in(
        "it",
        "La Kessia ha mobilitato le truppe per una guerra contro la Norvalia.",
        &a,
    );
    assert!(coded(&e, Category::Mobilize, "Kessia", "Norvalia"), "{e:?}");
    // "prima" after an article is an adjective, not "prima che".
    let e = code_in(
        "it",
        "La Kessia mobilitò le truppe per la prima guerra contro la Norvalia.",
        &a,
    );
    assert!(coded(&e, Category::Mobilize, "Kessia", "Norvalia"), "{e:?}");
    let e = code_in("en", "Kessia sent 200 troops into Norvalia.", &a);
    assert!(coded(&e, Category::Aid, "Kessia", "Norvalia"), "{e:?}");
    let e = code_in("it", "La Kessia ha inviato 200 soldati in Norvalia.", &a);
    assert!(coded(&e, Category::Aid, "Kessia", "Norvalia"), "{e:?}");
    // Another side's forces are a party of their own.
    let e = code_in("en", "Kessia sent food to the Norvalian troops in Lunaria.", &a);
    assert!(coded(&e, Category::Aid, "Kessia", "Norvalian troops"), "{e:?}");
}

#[test]
fn a_mobilized_army_is_the_means_and_the_act_it_is_raised_for_is_only_possible() {
    let a = [
        ("Kessia", ActorKind::Country, Some("KES")),
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("navy", ActorKind::Organization, None),
        ("esercito", ActorKind::Organization, None),
    ];
    // "a surprise attack": after "a" a bare verb form is the phrase's noun,
    // so the party against whom the navy is raised is still in reach.
    let e = code_in(
        "en",
        "Kessia mobilized the navy for a surprise attack against Norvalia.",
        &a,
    );
    assert!(coded(&e, Category::Mobilize, "Kessia", "Norvalia"), "{e:?}");
    assert!(!coded(&e, Category::Mobilize, "Kessia", "navy"), "{e:?}");
    let e = code_in(
        "it",
        "La Kessia ha mobilitato l'esercito in vista di un eventuale attacco contro la Norvalia.",
        &a,
    );
    assert!(coded(&e, Category::Mobilize, "Kessia", "Norvalia"), "{e:?}");
    let attack = e
        .iter()
        .find(|e| e.event == Category::Assault)
        .expect("the attack is coded");
    assert_eq!(attack.modality, Modality::Hypothetical, "{e:?}");
    let e = code_in(
        "en",
        "Kessia mobilized the navy for a potential attack against Norvalia.",
        &a,
    );
    let attack = e
        .iter()
        .find(|e| e.event == Category::Assault)
        .expect("the attack is coded");
    assert_eq!(attack.modality, Modality::Hypothetical, "{e:?}");
}

#[test]
fn the_of_phrase_of_an_event_noun_after_a_light_verb_is_its_target() {
    let a = [
        ("Kessian police", ActorKind::Organization, Some("KES")),
        ("polizia kessiana", ActorKind::Organization, Some("KES")),
        ("Dario Venn", ActorKind::Person, None),
        ("Norvalian government", ActorKind::Organization, Some("NOR")),
        ("governo norvaliano", ActorKind::Organization, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
        ("Norvalia", ActorKind::Country, Some("NOR")),
    ];
    let e = code_in(
        "en",
        "The Kessian police opened an investigation of Dario Venn over his ties with the Norvalian government.",
        &a,
    );
    assert!(coded(&e, Category::Accuse, "Kessian police", "Dario Venn"), "{e:?}");
    let e = code_in(
        "it",
        "La polizia kessiana ha aperto un'indagine su Dario Venn per i suoi legami con il governo norvaliano.",
        &a,
    );
    assert!(coded(&e, Category::Accuse, "polizia kessiana", "Dario Venn"), "{e:?}");
    // A thing in the "of" phrase is what is acted on; the partner stays.
    let e = code_in("en", "Kessia ordered a suspension of rail traffic with Norvalia.", &a);
    assert!(
        e.iter()
            .any(|e| dyad(e) == ("Kessia".to_string(), "Norvalia".to_string())),
        "{e:?}"
    );
}

#[test]
fn a_concession_is_made_to_the_party_it_was_agreed_with() {
    let a = [
        ("Kessian dockers", ActorKind::Organization, Some("KES")),
        ("portuali kessiani", ActorKind::Organization, Some("KES")),
        ("Kessian government", ActorKind::Organization, Some("KES")),
        ("governo kessiano", ActorKind::Organization, Some("KES")),
    ];
    let e = code_in(
        "en",
        "Kessian dockers called off the strike after the agreement with the Kessian government.",
        &a,
    );
    assert!(
        coded(&e, Category::Concede, "Kessian dockers", "Kessian government"),
        "{e:?}"
    );
    let e = code_in(
        "it",
        "I portuali kessiani hanno revocato lo sciopero dopo l'accordo con il governo kessiano.",
        &a,
    );
    assert!(
        coded(&e, Category::Concede, "portuali kessiani", "governo kessiano"),
        "{e:?}"
    );
    // Talks are no agreement: the concession keeps no partner from them.
    let e = code_in(
        "en",
        "Kessian dockers called off the strike after talks with the Kessian government.",
        &a,
    );
    assert!(
        e.iter().any(|e| e.event == Category::Concede && e.recipient.is_empty()),
        "{e:?}"
    );
}

#[test]
fn a_leader_and_his_counterpart_are_the_two_parties() {
    let a = [
        ("John Barrow", ActorKind::Person, Some("KES")),
        ("Norvalian", ActorKind::Person, Some("NOR")),
        ("Paul Brown", ActorKind::Person, None),
        ("Great Hall", ActorKind::Location, None),
        ("Grande Sala", ActorKind::Location, None),
    ];
    let pair = ("John Barrow".to_string(), "Paul Brown".to_string());
    let e = code_in(
        "en",
        "John Barrow and his Norvalian counterpart, Paul Brown, signed 14 economic agreements on Monday.",
        &a,
    );
    assert!(coded(&e, Category::Support, &pair.0, &pair.1), "{e:?}");
    let e = code_in(
        "en",
        "John Barrow and his Norvalian counterpart Paul Brown signed 15 agreements in the Great Hall.",
        &a,
    );
    assert!(coded(&e, Category::Support, &pair.0, &pair.1), "{e:?}");
    let e = code_in(
        "it",
        "John Barrow e il suo omologo norvaliano Paul Brown hanno firmato 15 accordi nella Grande Sala.",
        &a,
    );
    assert!(coded(&e, Category::Support, &pair.0, &pair.1), "{e:?}");
    // An adviser is the same side, not the other party.
    let e = code_in(
        "en",
        "John Barrow and his adviser Paul Brown signed 15 agreements in the Great Hall.",
        &a,
    );
    assert!(!e.iter().any(|e| dyad(e) == pair), "{e:?}");
}

#[test]
fn the_subject_of_a_condition_is_no_object_when_the_act_has_one() {
    let a = [
        ("Kessia", ActorKind::Country, Some("KES")),
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Lunaria", ActorKind::Country, Some("LUN")),
    ];
    let pair = ("Kessia".to_string(), "Norvalia".to_string());
    let e = code_in("en", "Kessia will not lift the ban on Norvalia until Lunaria acts.", &a);
    assert!(coded(&e, Category::Reject, &pair.0, &pair.1), "{e:?}");
    let e = code_in(
        "it",
        "La Kessia non revocherà il divieto sulla Norvalia finché la Lunaria agirà.",
        &a,
    );
    assert!(coded(&e, Category::Reject, &pair.0, &pair.1), "{e:?}");
    // With no object of its own, the refusal is aimed at whom the condition names.
    let e = code_in(
        "en",
        "Kessia will not lift the embargo until Norvalia undertakes reforms.",
        &a,
    );
    assert!(coded(&e, Category::Reject, &pair.0, &pair.1), "{e:?}");
}

#[test]
fn italian_a_before_a_city_says_where_like_english_in() {
    let a = [
        ("Barrow", ActorKind::Person, Some("KES")),
        ("Lunaria", ActorKind::Location, Some("KES")),
        ("Kessia", ActorKind::Country, Some("KES")),
        ("Dario Venn", ActorKind::Person, Some("NOR")),
    ];
    let e = code_in(
        "it",
        "Il colonnello Barrow ha dichiarato ieri un cessate il fuoco di tre giorni a Lunaria.",
        &a,
    );
    assert!(coded(&e, Category::Concede, "Barrow", "Lunaria"), "{e:?}");
    let e = code_in(
        "en",
        "Colonel Barrow declared a three-day ceasefire in Lunaria yesterday.",
        &a,
    );
    assert!(coded(&e, Category::Concede, "Barrow", "Lunaria"), "{e:?}");
    // An infinitive after "a" is a verb: its object is no place governed by "a".
    let b = [
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
        ("Lunaria", ActorKind::Country, Some("LUN")),
    ];
    let e = code_in(
        "it",
        "La Norvalia mira a dissuadere la Kessia dal fornire aiuti alla Lunaria.",
        &b,
    );
    assert!(coded(&e, Category::Aid, "Kessia", "Lunaria"), "{e:?}");
    // Before a person "a" is still the dative.
    let e = code_in("it", "La Kessia ha inviato aiuti a Dario Venn.", &a);
    assert!(coded(&e, Category::Aid, "Kessia", "Dario Venn"), "{e:?}");
}

#[test]
fn a_symmetric_subject_coordinated_with_an_unknown_phrase_acts_with_it() {
    let a = [
        ("Kessia", ActorKind::Country, Some("KES")),
        ("Norvalia", ActorKind::Country, Some("NOR")),
    ];
    let e = code_in(
        "en",
        "Kessia and its Western allies are staging war games off the coast of Norvalia.",
        &a,
    );
    assert!(
        e.iter().any(|e| e.event == Category::Cooperate
            && e.actor[0].text == "Kessia"
            && e.recipient.first().is_some_and(|r| r.text.contains("allies"))),
        "{e:?}"
    );
    let e = code_in(
        "it",
        "La Kessia e gli alleati occidentali conducono esercitazioni militari al largo della Norvalia.",
        &a,
    );
    assert!(
        e.iter().any(|e| e.event == Category::Cooperate
            && e.actor[0].text == "Kessia"
            && e.recipient.first().is_some_and(|r| r.text.contains("alleati"))),
        "{e:?}"
    );
    // A one-sided act keeps its object.
    let e = code_in("en", "Kessia and Western allies condemned Norvalia.", &a);
    assert!(
        e.iter()
            .any(|e| e.event == Category::Accuse && e.recipient.iter().any(|r| r.text == "Norvalia")),
        "{e:?}"
    );
}

#[test]
fn an_italian_plural_with_a_demonym_after_it_is_a_people() {
    let a = [
        ("Kessia", ActorKind::Country, Some("KES")),
        ("Chilean", ActorKind::Country, Some("CHL")),
    ];
    let e = code_in("it", "La Kessia addestra piloti cileni a pilotare nuovi aerei.", &a);
    assert!(
        e.iter().any(|e| e.event == Category::Cooperate
            && e.actor[0].text == "Kessia"
            && e.recipient.first().is_some_and(|r| r.text == "piloti cileni")),
        "{e:?}"
    );
    // English names the people by the demonym before the noun.
    let e = code_in("en", "Kessia trains Chilean pilots to fly new aircraft.", &a);
    assert!(
        e.iter()
            .any(|e| e.event == Category::Cooperate && e.recipient.first().is_some_and(|r| r.text.contains("Chilean"))),
        "{e:?}"
    );
}

#[test]
fn accepting_a_plan_agrees_with_its_author() {
    let a = [
        ("Kessia", ActorKind::Country, Some("KES")),
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("troops", ActorKind::Organization, None),
    ];
    let pair = ("Kessia".to_string(), "Norvalia".to_string());
    let e = code_in(
        "en",
        "Kessia formally accepted a peace plan put forward by Norvalia.",
        &a,
    );
    assert!(coded(&e, Category::Agree, &pair.0, &pair.1), "{e:?}");
    let e = code_in(
        "it",
        "La Kessia ha accettato formalmente un piano di pace presentato dalla Norvalia.",
        &a,
    );
    assert!(coded(&e, Category::Agree, &pair.0, &pair.1), "{e:?}");
    // The source's own troops are no author on the other side.
    let e = code_in(
        "en",
        "Kessia offered a formal apology to Norvalia for the violence committed by its troops.",
        &a,
    );
    assert!(
        !e.iter().any(|e| e.recipient.iter().any(|r| r.text == "troops")),
        "{e:?}"
    );
}

#[test]
fn unnamed_people_stand_for_the_place_they_are_in() {
    let a = [
        ("Kessia", ActorKind::Country, Some("KES")),
        ("Norvalia", ActorKind::Country, Some("NOR")),
    ];
    let e = code_in(
        "en",
        "Norvalia delivered tents and blankets to 2,000 families now living in Kessia.",
        &a,
    );
    assert!(coded(&e, Category::Aid, "Norvalia", "Kessia"), "{e:?}");
    let e = code_in(
        "it",
        "La Norvalia ha consegnato tende e coperte a duemila famiglie sfollate in Kessia.",
        &a,
    );
    assert!(coded(&e, Category::Aid, "Norvalia", "Kessia"), "{e:?}");
    let e = code_in(
        "en",
        "Norvalia lifted the curbs on the right of its citizens to visit relatives in Kessia.",
        &a,
    );
    assert!(coded(&e, Category::Concede, "Norvalia", "Kessia"), "{e:?}");
    let e = code_in(
        "it",
        "La Norvalia ha inviato aiuti per sostenere la popolazione in Kessia.",
        &a,
    );
    assert!(coded(&e, Category::Aid, "Norvalia", "Kessia"), "{e:?}");
    // A place after a clause break is no longer where the people are.
    let e = code_in(
        "en",
        "Norvalia delivered tents to 2,000 families after the floods in Kessia.",
        &a,
    );
    assert!(!coded(&e, Category::Aid, "Norvalia", "Kessia"), "{e:?}");
}

#[test]
fn a_body_in_a_locative_phrase_is_the_setting_and_the_against_party_the_target() {
    let a = [
        ("students", ActorKind::Organization, None),
        ("studenti", ActorKind::Organization, None),
        ("Norvalia University", ActorKind::Organization, Some("NOR")),
        ("Università di Norvalia", ActorKind::Organization, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
        ("Lurbia", ActorKind::Country, Some("LUR")),
    ];
    // Neither phrase is a named party: the later pass that looks for a named
    // against-party does not see them, role assignment must.
    let e = code_in(
        "en",
        "The students held a rally at the old city hall against the new tax law.",
        &a,
    );
    assert!(coded(&e, Category::Protest, "students", "the new tax law"), "{e:?}");
    let e = code_in(
        "it",
        "Gli studenti hanno manifestato presso il vecchio municipio contro la nuova legge fiscale.",
        &a,
    );
    assert!(
        e.iter()
            .any(|e| e.event == Category::Protest
                && e.recipient.first().is_some_and(|r| r.text.contains("legge fiscale"))),
        "{e:?}"
    );
    // Only an against-phrase: a with-phrase after "into X" is no target of the probe.
    let e = code_in(
        "en",
        "Lurbia launched a probe into Kessia over its partnership with Norvalia University.",
        &a,
    );
    assert!(coded(&e, Category::Accuse, "Lurbia", "Kessia"), "{e:?}");
}

#[test]
fn a_demonstration_at_a_place_in_italian_is_aimed_at_the_against_party() {
    let a = [
        ("studenti", ActorKind::Organization, None),
        ("Università di Norvalia", ActorKind::Organization, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
    ];
    // "all'"/"alla" is "at" for a demonstration, not "to".
    let e = code_in(
        "it",
        "Gli studenti hanno manifestato all'Università di Norvalia contro la Kessia.",
        &a,
    );
    assert!(coded(&e, Category::Protest, "studenti", "Kessia"), "{e:?}");
    let e = code_in(
        "it",
        "Gli studenti hanno tenuto un corteo all'Università di Norvalia contro la nuova legge fiscale.",
        &a,
    );
    assert!(
        e.iter()
            .any(|e| e.event == Category::Protest
                && e.recipient.first().is_some_and(|r| r.text.contains("legge fiscale"))),
        "{e:?}"
    );
    // Without an against-phrase the place stays the only party named.
    let e = code_in("it", "Gli studenti hanno manifestato all'Università di Norvalia.", &a);
    assert!(
        coded(&e, Category::Protest, "studenti", "Università di Norvalia"),
        "{e:?}"
    );
}

#[test]
fn a_measure_is_aimed_at_the_area_it_is_declared_in() {
    let a = [
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessia", ActorKind::Location, Some("KES")),
        ("Lurbia", ActorKind::Country, Some("LUR")),
        ("Paul Brown", ActorKind::Person, None),
        ("Norvalian army", ActorKind::Organization, Some("NOR")),
    ];
    let e = code_in(
        "en",
        "Norvalia declared a state of emergency in Kessia pending a search for the rebel leader Paul Brown.",
        &a,
    );
    assert!(coded(&e, Category::Coerce, "Norvalia", "Kessia"), "{e:?}");
    let e = code_in(
        "it",
        "La Norvalia ha imposto il coprifuoco a Kessia in attesa della cattura del capo ribelle Paul Brown.",
        &a,
    );
    assert!(coded(&e, Category::Coerce, "Norvalia", "Kessia"), "{e:?}");
    // An unnamed area: a phrase headed by a place noun.
    let e = code_in(
        "en",
        "Norvalia imposed a night curfew in the border town after the riots.",
        &a,
    );
    assert!(coded(&e, Category::Coerce, "Norvalia", "the border town"), "{e:?}");
    // Part of a named place stands for it.
    let e = code_in(
        "en",
        "The Norvalian army declared a curfew in some districts of northern Kessia and announced new checks.",
        &a,
    );
    assert!(coded(&e, Category::Coerce, "Norvalian army", "Kessia"), "{e:?}");
    let e = code_in(
        "it",
        "Da martedì la Norvalia ha rafforzato le proprie forze nella parte vecchia della città di Kessia e ha istituito posti di blocco.",
        &a,
    );
    assert!(coded(&e, Category::Mobilize, "Norvalia", "Kessia"), "{e:?}");
    // The place of a meeting is its setting: the partner after it is the party.
    let e = code_in("en", "Norvalia held talks in Kessia with Lurbia.", &a);
    assert!(coded(&e, Category::Consult, "Norvalia", "Lurbia"), "{e:?}");
    let e = code_in("it", "La Norvalia ha tenuto colloqui a Kessia con la Lurbia.", &a);
    assert!(coded(&e, Category::Consult, "Norvalia", "Lurbia"), "{e:?}");
}

#[test]
fn a_speaker_announcing_his_own_cooperation_expresses_intent() {
    let a = NORVALIA_KESSIA;
    // The future seen from the past: an intent to recognize (CAMEO 03), not a supposition.
    let e = code_in("en", "Norvalia said on Monday it would recognize Kessia.", a);
    assert!(coded(&e, Category::Agree, "Norvalia", "Kessia"), "{e:?}");
    let e = code_in("it", "La Norvalia ha detto che avrebbe riconosciuto la Kessia.", a);
    assert!(coded(&e, Category::Agree, "Norvalia", "Kessia"), "{e:?}");
    // Announced as not to come, it is a refusal.
    let e = code_in("en", "Norvalia said that it would not recognize Kessia.", a);
    assert!(coded(&e, Category::Reject, "Norvalia", "Kessia"), "{e:?}");
    let e = code_in("it", "La Norvalia ha detto che non avrebbe riconosciuto la Kessia.", a);
    assert!(coded(&e, Category::Reject, "Norvalia", "Kessia"), "{e:?}");
    // "could" is a supposition, and what another actor would do is a prediction.
    let e = code_in("en", "Norvalia said it could recognize Kessia.", a);
    assert!(!coded(&e, Category::Agree, "Norvalia", "Kessia"), "{e:?}");
    let e = code_in("en", "Norvalia said the army would soon recognize Kessia.", a);
    assert!(!e.iter().any(|e| e.event == Category::Agree), "{e:?}");
}

#[test]
fn information_handed_over_is_shared_not_aid() {
    let a = NORVALIA_KESSIA;
    // CAMEO 064: sharing intelligence or information is COOPERATE, whatever the giving verb.
    let e = code_in("en", "Norvalia provided intelligence to Kessia on the smugglers.", a);
    assert!(coded(&e, Category::Cooperate, "Norvalia", "Kessia"), "{e:?}");
    assert!(!e.iter().any(|e| e.event == Category::Aid), "{e:?}");
    let e = code_in(
        "it",
        "La Norvalia ha fornito alla Kessia le informazioni sui trafficanti.",
        a,
    );
    assert!(coded(&e, Category::Cooperate, "Norvalia", "Kessia"), "{e:?}");
    assert!(!e.iter().any(|e| e.event == Category::Aid), "{e:?}");
    // Information nobody hands over is no event.
    let e = code_in(
        "en",
        "According to information from Norvalia, Kessia is preparing a vote.",
        a,
    );
    assert!(!e.iter().any(|e| e.event == Category::Cooperate), "{e:?}");
    let e = code_in(
        "it",
        "Secondo informazioni della Norvalia, la Kessia prepara un voto.",
        a,
    );
    assert!(!e.iter().any(|e| e.event == Category::Cooperate), "{e:?}");
}

#[test]
fn a_month_name_in_a_date_is_no_protest_march() {
    let a = NORVALIA_KESSIA;
    let e = code_in("en", "On March 24, Norvalia met the envoy of Kessia.", a);
    assert!(!e.iter().any(|e| e.event == Category::Protest), "{e:?}");
    let e = code_in(
        "en",
        "Norvalia, in a meeting last March with Kessia, agreed to a plan.",
        a,
    );
    assert!(!e.iter().any(|e| e.event == Category::Protest), "{e:?}");
    // The noun and the verb still mark a protest.
    let e = code_in("en", "Students in Norvalia held a march against Kessia.", a);
    assert!(e.iter().any(|e| e.event == Category::Protest), "{e:?}");
}

#[test]
fn italian_chiamare_is_a_call_and_a_call_to_arms_mobilizes_in_both_languages() {
    let a = NORVALIA_KESSIA;
    // A call made to express support is the support (CAMEO 051), as with "called X to …".
    let e = code_in(
        "it",
        "La Norvalia ha chiamato la Kessia per esprimere il suo sostegno.",
        a,
    );
    assert!(coded(&e, Category::Support, "Norvalia", "Kessia"), "{e:?}");
    let e = code_in("en", "Norvalia called Kessia to express its support.", a);
    assert!(coded(&e, Category::Support, "Norvalia", "Kessia"), "{e:?}");
    // Being named is no call.
    let e = code_in(
        "it",
        "Il nuovo partito della Norvalia si chiama Fronte per la Kessia.",
        a,
    );
    assert!(!e.iter().any(|e| e.event == Category::Consult), "{e:?}");
    // Calling up reservists is mobilizing (CAMEO 154), not a phone call.
    let e = code_in(
        "en",
        "Norvalia called up 5,000 reservists on the border with Kessia.",
        a,
    );
    assert!(e.iter().any(|e| e.event == Category::Mobilize), "{e:?}");
    assert!(!e.iter().any(|e| e.event == Category::Consult), "{e:?}");
    let e = code_in(
        "it",
        "La Norvalia ha chiamato alle armi i riservisti al confine con la Kessia.",
        a,
    );
    assert!(e.iter().any(|e| e.event == Category::Mobilize), "{e:?}");
    assert!(!e.iter().any(|e| e.event == Category::Consult), "{e:?}");
}

#[test]
fn upgrading_or_downgrading_diplomatic_ties_in_both_languages() {
    let a = NORVALIA_KESSIA;
    // CAMEO 050: raising relations is diplomatic cooperation, asserted as it happens.
    let e = code_in("en", "Norvalia and Kessia are upgrading diplomatic ties.", a);
    assert!(coded(&e, Category::Support, "Norvalia", "Kessia"), "{e:?}");
    let e = code_in(
        "it",
        "La Norvalia e la Kessia stanno innalzando il livello delle relazioni diplomatiche.",
        a,
    );
    assert!(coded(&e, Category::Support, "Norvalia", "Kessia"), "{e:?}");
    // CAMEO 161: downgrading them reduces relations, as "downgraded" does in English.
    let e = code_in(
        "it",
        "La Norvalia ha declassato i rapporti diplomatici con la Kessia.",
        a,
    );
    assert!(coded(&e, Category::Sanction, "Norvalia", "Kessia"), "{e:?}");
    let e = code_in("en", "Norvalia downgraded diplomatic relations with Kessia.", a);
    assert!(coded(&e, Category::Sanction, "Norvalia", "Kessia"), "{e:?}");
}

#[test]
fn accepting_refugees_grants_asylum() {
    let a = NORVALIA_KESSIA;
    let aid_from_norvalia = |e: &[Event]| {
        e.iter()
            .any(|e| e.event == Category::Aid && e.actor.iter().any(|s| s.text == "Norvalia"))
    };
    // CAMEO 075: taking refugees in is asylum granted, an act of aid.
    let e = code_in("en", "Norvalia accepted 500 refugees from Kessia.", a);
    assert!(aid_from_norvalia(&e), "{e:?}");
    let e = code_in("it", "La Norvalia ha accettato 500 rifugiati dalla Kessia.", a);
    assert!(aid_from_norvalia(&e), "{e:?}");
    // Announced, it is an intent (AGREE); a plan accepted stays an agreement.
    let e = code_in("en", "Norvalia will accept 500 refugees from Kessia.", a);
    assert!(
        !aid_from_norvalia(&e) && e.iter().any(|e| e.event == Category::Agree),
        "{e:?}"
    );
    let e = code_in("en", "Norvalia accepted the peace plan of Kessia.", a);
    assert!(coded(&e, Category::Agree, "Norvalia", "Kessia"), "{e:?}");
}

#[test]
fn revoking_a_measure_yields_revoking_a_right_coerces() {
    let a = [
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessian activists", ActorKind::Organization, Some("KES")),
    ];
    // English "revoke" is a concession like Italian "revocare" (081).
    let e = code_in(
        "en",
        "Norvalia revoked the detention order against Kessian activists.",
        &a,
    );
    assert!(e.iter().any(|e| e.event == Category::Concede), "{e:?}");
    assert!(!e.iter().any(|e| e.event == Category::Coerce), "{e:?}");
    // A right taken away is an administrative sanction (172), in both languages.
    let e = code_in("en", "Norvalia revoked the citizenship of Kessian activists.", &a);
    assert!(e.iter().any(|e| e.event == Category::Coerce), "{e:?}");
    assert!(!e.iter().any(|e| e.event == Category::Concede), "{e:?}");
    let a_it = [
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("attivisti kessiani", ActorKind::Organization, Some("KES")),
    ];
    let e = code_in(
        "it",
        "La Norvalia ha revocato la cittadinanza agli attivisti kessiani.",
        &a_it,
    );
    assert!(e.iter().any(|e| e.event == Category::Coerce), "{e:?}");
    assert!(!e.iter().any(|e| e.event == Category::Concede), "{e:?}");
}

#[test]
fn a_green_light_approves_and_taking_part_participates_in_both_languages() {
    let a = NORVALIA_KESSIA;
    // Giving the green light is approving (AGREE); refused for the future, REJECT.
    let e = code_in(
        "en",
        "Norvalia gave the green light to the membership bid of Kessia.",
        a,
    );
    assert!(coded(&e, Category::Agree, "Norvalia", "Kessia"), "{e:?}");
    let e = code_in(
        "it",
        "La Norvalia ha dato il via libera alla candidatura della Kessia.",
        a,
    );
    assert!(coded(&e, Category::Agree, "Norvalia", "Kessia"), "{e:?}");
    let e = code_in(
        "it",
        "La Norvalia non darà il via libera alla candidatura della Kessia.",
        a,
    );
    assert!(coded(&e, Category::Reject, "Norvalia", "Kessia"), "{e:?}");
    // Taking part in an event with someone is participating, as "partecipare" already was.
    let e = code_in("en", "Norvalia took part in the ceremony with Kessia.", a);
    assert!(coded(&e, Category::Consult, "Norvalia", "Kessia"), "{e:?}");
    let e = code_in("it", "La Norvalia ha preso parte alla cerimonia con la Kessia.", a);
    assert!(coded(&e, Category::Consult, "Norvalia", "Kessia"), "{e:?}");
}

#[test]
fn a_planned_meeting_is_intent_to_meet() {
    // CAMEO 036 "express intent to meet or negotiate" is AGREE in the 2021
    // table; the meeting itself, once held, is CONSULT.
    for (lang, planned, held) in [
        (
            "en",
            "Norvalia will meet Kessia next week.",
            "Norvalia met Kessia on Monday.",
        ),
        (
            "it",
            "La Norvalia incontrerà la Kessia la prossima settimana.",
            "La Norvalia ha incontrato la Kessia lunedì.",
        ),
    ] {
        let e = code_in(lang, planned, NORVALIA_KESSIA);
        assert!(coded(&e, Category::Agree, "Norvalia", "Kessia"), "{planned}: {e:?}");
        assert!(!e.iter().any(|e| e.event == Category::Consult), "{planned}: {e:?}");
        let e = code_in(lang, held, NORVALIA_KESSIA);
        assert!(coded(&e, Category::Consult, "Norvalia", "Kessia"), "{held}: {e:?}");
    }
}

#[test]
fn the_named_owner_ending_the_object_phrase_is_the_party_acted_on() {
    let a = NORVALIA_KESSIA;
    let e = code_in("en", "Norvalia struck a large fuel depot of Kessia on Monday.", a);
    assert!(coded(&e, Category::Assault, "Norvalia", "Kessia"), "{e:?}");
    let e = code_in(
        "it",
        "La Norvalia ha colpito un grande deposito di carburante della Kessia.",
        a,
    );
    assert!(coded(&e, Category::Assault, "Norvalia", "Kessia"), "{e:?}");
    let e = code_in("en", "Norvalia supports a thorough debate on the future of Kessia.", a);
    assert!(coded(&e, Category::Support, "Norvalia", "Kessia"), "{e:?}");
    let e = code_in(
        "it",
        "La Norvalia sostiene un dibattito approfondito sul futuro della Kessia.",
        a,
    );
    assert!(coded(&e, Category::Support, "Norvalia", "Kessia"), "{e:?}");
}

#[test]
fn joining_a_protest_is_protesting_in_both_languages() {
    let a = &[
        ("Kessian students", ActorKind::Organization, Some("KES")),
        ("Norvalian teachers", ActorKind::Organization, Some("NOR")),
        ("Norvalian government", ActorKind::Organization, Some("NOR")),
        ("studenti kessiani", ActorKind::Organization, Some("KES")),
        ("governo norvaliano", ActorKind::Organization, Some("NOR")),
    ];
    // Joining a march or a strike is taking part in the protest (CAMEO 14), not cooperation.
    let e = code_in(
        "en",
        "Kessian students joined a march against the Norvalian government.",
        a,
    );
    assert!(
        coded(&e, Category::Protest, "Kessian students", "Norvalian government"),
        "{e:?}"
    );
    assert!(!e.iter().any(|e| e.event == Category::Cooperate), "{e:?}");
    let e = code_in(
        "it",
        "Gli studenti kessiani hanno aderito alla protesta contro il governo norvaliano.",
        a,
    );
    assert!(
        coded(&e, Category::Protest, "studenti kessiani", "governo norvaliano"),
        "{e:?}"
    );
    assert!(!e.iter().any(|e| e.event == Category::Cooperate), "{e:?}");
    // Refused, the joining is a refusal, not a protest.
    let e = code_in(
        "en",
        "Kessian students refused to join the protest against the Norvalian government.",
        a,
    );
    assert!(!e.iter().any(|e| e.event == Category::Protest), "{e:?}");
    // Joining someone on a picket line: that one is a fellow protester, the
    // protest keeps its own target.
    let e = code_in(
        "en",
        "Kessian students joined Norvalian teachers on the picket lines against the Norvalian government.",
        a,
    );
    assert!(
        coded(&e, Category::Protest, "Kessian students", "Norvalian government"),
        "{e:?}"
    );
    assert!(
        !coded(&e, Category::Protest, "Kessian students", "Norvalian teachers"),
        "{e:?}"
    );
}

#[test]
fn declining_or_repudiating_is_a_refusal_in_both_languages() {
    let a = NORVALIA_KESSIA;
    // Declining an invitation turns it down (CAMEO 12), whatever it invited to.
    let e = code_in("en", "Norvalia declined the invitation of Kessia.", a);
    assert!(coded(&e, Category::Reject, "Norvalia", "Kessia"), "{e:?}");
    let e = code_in("it", "La Norvalia ha declinato l'invito della Kessia.", a);
    assert!(coded(&e, Category::Reject, "Norvalia", "Kessia"), "{e:?}");
    assert!(!e.iter().any(|e| e.event == Category::Consult), "{e:?}");
    let e = code_in("it", "La Norvalia ha ripudiato l'accordo con la Kessia.", a);
    assert!(e.iter().any(|e| e.event == Category::Reject), "{e:?}");
}

#[test]
fn beating_hostage_taking_and_house_arrest_in_both_languages() {
    let a = NORVALIA_KESSIA;
    // The Italian list lacked these English verb triggers (trigger_parity example).
    for (lang, s, c) in [
        ("en", "Norvalia beat the envoy of Kessia.", Category::Assault),
        (
            "it",
            "La Norvalia ha picchiato l'inviato della Kessia.",
            Category::Assault,
        ),
        ("en", "Norvalia took hostage the envoy of Kessia.", Category::Assault),
        (
            "it",
            "La Norvalia ha preso in ostaggio l'inviato della Kessia.",
            Category::Assault,
        ),
        (
            "en",
            "Norvalia put under house arrest the envoy of Kessia.",
            Category::Coerce,
        ),
        (
            "it",
            "La Norvalia ha messo agli arresti domiciliari l'inviato della Kessia.",
            Category::Coerce,
        ),
    ] {
        let e = code_in(lang, s, a);
        assert!(e.iter().any(|e| e.event == c && dyad(e).0 == "Norvalia"), "{s}: {e:?}");
    }
}

#[test]
fn aggression_and_lockdown_nouns_in_both_languages() {
    let a = NORVALIA_KESSIA;
    // English lacked these Italian noun triggers (trigger_parity example).
    for (lang, s, c) in [
        (
            "en",
            "The aggression of Norvalia against Kessia continued for a week.",
            Category::Assault,
        ),
        (
            "it",
            "L'aggressione della Norvalia contro la Kessia è continuata per una settimana.",
            Category::Assault,
        ),
        ("en", "Norvalia imposed a lockdown on Kessia.", Category::Coerce),
        (
            "it",
            "La Norvalia ha imposto un lockdown alla Kessia.",
            Category::Coerce,
        ),
    ] {
        let e = code_in(lang, s, a);
        assert!(coded(&e, c, "Norvalia", "Kessia"), "{s}: {e:?}");
    }
}

#[test]
fn an_object_pronoun_stands_for_the_actor_named_before_the_subject() {
    let a: &[(&str, ActorKind, Option<&str>)] = &[
        ("John Smith", ActorKind::Person, Some("KES")),
        ("Norvalia", ActorKind::Country, Some("NOR")),
    ];
    // The subject cannot be its own object: "him/lo" is the person before it.
    for (lang, s) in [
        (
            "en",
            "John Smith was arrested last year, but Norvalia pardoned him on Monday.",
        ),
        (
            "it",
            "John Smith era stato arrestato l'anno scorso, ma la Norvalia lo ha graziato lunedì.",
        ),
    ] {
        let e = code(lang, s, a);
        assert!(coded(&e, Category::Concede, "Norvalia", "John Smith"), "{s}: {e:?}");
    }
    // An article "lo/la" before a noun is no pronoun: nothing is resolved.
    let s = "John Smith ha detto che la Norvalia ha graziato lo studente.";
    let e = code("it", s, a);
    assert!(!coded(&e, Category::Concede, "Norvalia", "John Smith"), "{s}: {e:?}");
}

#[test]
fn a_caption_position_and_a_title_do_not_break_a_compound_subject() {
    let a: &[(&str, ActorKind, Option<&str>)] = &[
        ("John Smith", ActorKind::Person, Some("NOR")),
        ("Mario Rossi", ActorKind::Person, Some("KES")),
    ];
    // A joint act of two conjuncts: the first acts with the second, whatever
    // caption words or title stand between them.
    for (lang, s) in [
        (
            "en",
            "John Smith, right, and Prime Minister Mario Rossi, centre, attend talks at the foreign ministry.",
        ),
        (
            "it",
            "John Smith, a destra, e il primo ministro Mario Rossi, al centro, partecipano ai colloqui al ministero degli Esteri.",
        ),
    ] {
        let e = code(lang, s, a);
        assert!(coded(&e, Category::Consult, "John Smith", "Mario Rossi"), "{s}: {e:?}");
    }
    // A clause between commas is no caption: the first name is not a partner.
    let s = "John Smith, who left, said Prime Minister Mario Rossi met the envoys.";
    let e = code("en", s, a);
    assert!(!coded(&e, Category::Consult, "John Smith", "Mario Rossi"), "{s}: {e:?}");
}

#[test]
fn the_place_of_a_war_is_no_party_to_it() {
    let a: &[(&str, ActorKind, Option<&str>)] = &[
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
        ("Tarvia", ActorKind::Country, Some("TAR")),
    ];
    // Backing a war backs whoever wages it: the attacker named earlier in
    // the article, or the war's owner.
    for (lang, s) in [
        (
            "en",
            "Norvalia invaded Kessia in May. Tarvia pledged full support for the war in Kessia.",
        ),
        (
            "it",
            "La Norvalia ha invaso la Kessia a maggio. La Tarvia ha promesso pieno sostegno alla guerra in Kessia.",
        ),
        ("en", "Tarvia pledged full support for the war of Norvalia in Kessia."),
        (
            "it",
            "La Tarvia ha promesso pieno sostegno alla guerra della Norvalia in Kessia.",
        ),
    ] {
        let e = code_every(lang, s, a);
        assert!(coded(&e, Category::Support, "Tarvia", "Norvalia"), "{s}: {e:?}");
        assert!(!coded(&e, Category::Support, "Tarvia", "Kessia"), "{s}: {e:?}");
    }
    // With nobody waging it named, the place is still no recipient; support
    // for a party in a place keeps that party.
    for (lang, s, r) in [
        ("en", "Tarvia pledged full support for the war in Kessia.", ""),
        ("it", "La Tarvia ha promesso pieno sostegno alla guerra in Kessia.", ""),
        ("en", "Tarvia pledged full support for Norvalia in Kessia.", "Norvalia"),
        // "at war in X": a state of the parties, whom X stands for.
        (
            "it",
            "La Tarvia ha esortato le parti in guerra in Kessia a deporre le armi.",
            "Kessia",
        ),
    ] {
        let e = code_every(lang, s, a);
        assert!(e.iter().any(|e| dyad(e) == ("Tarvia".into(), r.into())), "{s}: {e:?}");
    }
}

#[test]
fn an_object_after_a_preposition_and_a_gerund_belongs_to_that_clause() {
    let a: &[(&str, ActorKind, Option<&str>)] = &[
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("John Smith", ActorKind::Person, None),
        ("Kessia", ActorKind::Country, Some("KES")),
    ];
    // The investigation is into the person; the country he is said to have
    // insulted is the object of the gerund or infinitive clause.
    for (lang, s) in [
        (
            "en",
            "Norvalia launched an investigation into John Smith on suspicion of \"insulting Kessia\".",
        ),
        (
            "it",
            "La Norvalia ha aperto un'indagine su John Smith con l'accusa di insultare la Kessia.",
        ),
    ] {
        let e = code(lang, s, a);
        assert!(coded(&e, Category::Accuse, "Norvalia", "John Smith"), "{s}: {e:?}");
    }
}

#[test]
fn an_object_pronoun_looks_back_one_sentence_and_into_an_italian_infinitive() {
    let a: &[(&str, ActorKind, Option<&str>)] = &[
        ("John Smith", ActorKind::Person, Some("KES")),
        ("Norvalia", ActorKind::Country, Some("NOR")),
    ];
    for (lang, s) in [
        ("en", "John Smith was arrested in May. On Monday Norvalia pardoned him."),
        (
            "it",
            "John Smith è stato arrestato a maggio. Lunedì la Norvalia lo ha graziato.",
        ),
        // A clitic fused to the infinitive is the same object.
        (
            "it",
            "John Smith è stato arrestato a maggio. La Norvalia ha deciso di graziarlo.",
        ),
        ("it", "Dopo l'arresto di John Smith la Norvalia ha deciso di graziarlo."),
    ] {
        let e = code_every(lang, s, a);
        assert!(coded(&e, Category::Concede, "Norvalia", "John Smith"), "{s}: {e:?}");
    }
    // A name ending in "-rlo" is no infinitive with a clitic.
    let s = "John Smith ha incontrato Carlo. La Norvalia ha graziato Mario.";
    let e = code_every("it", s, a);
    assert!(!coded(&e, Category::Concede, "Norvalia", "John Smith"), "{s}: {e:?}");
}

#[test]
fn a_verb_whose_object_is_a_meeting_noun_reaches_the_place_after_it() {
    let a: &[(&str, ActorKind, Option<&str>)] = &[
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Portavela", ActorKind::Location, Some("KES")),
    ];
    // The meeting noun's own modifiers ("a Cabinet", "Onu", "di gabinetto")
    // are no party; the city after the noun is, as for the noun alone.
    for (lang, s, c) in [
        (
            "en",
            "Norvalia attended a Cabinet meeting in Portavela.",
            Category::Consult,
        ),
        (
            "en",
            "Norvalia suspended military talks in Portavela.",
            Category::Sanction,
        ),
        (
            "it",
            "La Norvalia ha sospeso i colloqui Onu a Portavela.",
            Category::Sanction,
        ),
        (
            "it",
            "La Norvalia ha annullato la riunione di gabinetto a Portavela.",
            Category::Reject,
        ),
    ] {
        let e = code(lang, s, a);
        assert!(coded(&e, c, "Norvalia", "Portavela"), "{s}: {e:?}");
    }
    // A partner after a preposition other than "of/di" ends the search.
    let s = "La Norvalia ha sospeso i colloqui con i ribelli a Portavela.";
    let e = code("it", s, a);
    assert!(!coded(&e, Category::Sanction, "Norvalia", "Portavela"), "{s}: {e:?}");
}

#[test]
fn an_italian_participle_form_conjoined_with_a_noun_is_a_noun() {
    let a = NORVALIA_KESSIA;
    // "alleati" after "la Norvalia e" is the second conjunct, with no article.
    let s = "La Norvalia e alleati regionali hanno avviato esercitazioni militari vicino alla Kessia.";
    let e = code("it", s, a);
    assert!(
        e.iter().any(|e| e.event == Category::Cooperate
            && dyad(e).0 == "Norvalia"
            && e.recipient.first().is_some_and(|r| r.text.contains("alleati"))),
        "{s}: {e:?}"
    );
}

#[test]
fn calling_someone_an_insult_denounces_them_in_both_languages() {
    let a: &[(&str, ActorKind, Option<&str>)] = &[
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
    ];
    for (lang, s) in [
        ("en", "Norvalia on Friday called Kessia a very stupid neighbour."),
        ("en", "Norvalia branded Kessia as a nation of liars."),
        (
            "it",
            "La Norvalia ha definito venerdì la Kessia \"un vicino molto stupido\".",
        ),
        ("it", "La Norvalia ha dato del bugiardo alla Kessia."),
    ] {
        let e = code_in(lang, s, a);
        assert!(coded(&e, Category::Accuse, "Norvalia", "Kessia"), "{s}: {e:?}");
    }
    // With no insult the call is a call, and "definire" names nothing hostile.
    let s = "Norvalia called Kessia on Friday.";
    let e = code_in("en", s, a);
    assert!(coded(&e, Category::Consult, "Norvalia", "Kessia"), "{s}: {e:?}");
    let s = "La Norvalia ha definito venerdì i dettagli dell'incontro con la Kessia.";
    let e = code_in("it", s, a);
    assert!(!e.iter().any(|e| e.event == Category::Accuse), "{s}: {e:?}");
}

#[test]
fn breaking_a_ban_or_a_law_defies_it_in_both_languages() {
    for (lang, s) in [
        ("en", "Norvalia has violated a ban by Kessia on fishing."),
        ("en", "Norvalia breached the trade rules set by Kessia."),
        ("it", "La Norvalia ha violato un divieto della Kessia sulla pesca."),
        ("it", "La Norvalia ha infranto le regole commerciali della Kessia."),
    ] {
        let e = code_in(lang, s, NORVALIA_KESSIA);
        assert!(e.iter().any(|e| e.event == Category::Reject), "{s}: {e:?}");
        assert!(!e.iter().any(|e| e.event == Category::Assault), "{s}: {e:?}");
    }
    // A border is no norm: violating it stays an attack.
    for (lang, s) in [
        ("en", "Norvalia violated the border of Kessia on Monday."),
        ("it", "La Norvalia ha violato il confine della Kessia lunedì."),
    ] {
        let e = code_in(lang, s, NORVALIA_KESSIA);
        assert!(coded(&e, Category::Assault, "Norvalia", "Kessia"), "{s}: {e:?}");
    }
}

#[test]
fn an_english_particle_may_follow_the_object_of_its_verb() {
    for (s, c) in [
        (
            "Norvalian police forced the Kessian envoy out of the country.",
            Category::Coerce,
        ),
        ("Norvalia turned the latest Kessian offer down.", Category::Reject),
        ("Norvalia handed the stolen statues back to Kessia.", Category::Retreat),
    ] {
        let e = code_in(
            "en",
            s,
            &[
                ("Norvalian police", ActorKind::Organization, Some("NOR")),
                ("Norvalia", ActorKind::Country, Some("NOR")),
                ("Kessian envoy", ActorKind::Person, Some("KES")),
                ("Kessia", ActorKind::Country, Some("KES")),
            ],
        );
        assert!(e.iter().any(|e| e.event == c), "{s}: {e:?}");
        // The particle is part of the verb: "back" is no support of its own.
        assert!(!e.iter().any(|e| e.event == Category::Support), "{s}: {e:?}");
    }
    // A preposition ends the object: "up" belongs to another verb here.
    let s = "Norvalia called Kessia on Friday to set up talks.";
    let e = code_in("en", s, NORVALIA_KESSIA);
    assert!(coded(&e, Category::Consult, "Norvalia", "Kessia"), "{s}: {e:?}");
}

#[test]
fn refuge_seeking_finger_pointing_and_drills_in_both_languages() {
    for (lang, s, c) in [
        ("en", "Norvalia sought shelter in Kessia last year.", Category::Request),
        (
            "it",
            "La Norvalia ha cercato riparo in Kessia l'anno scorso.",
            Category::Request,
        ),
        ("en", "Norvalia lashed out at Kessia on Monday.", Category::Accuse),
        (
            "it",
            "La Norvalia si è scagliata contro la Kessia lunedì.",
            Category::Accuse,
        ),
        ("en", "Norvalia pointed the finger at Kessia.", Category::Accuse),
        (
            "it",
            "La Norvalia ha puntato il dito contro la Kessia.",
            Category::Accuse,
        ),
        ("en", "Norvalia held military drills with Kessia.", Category::Cooperate),
        (
            "it",
            "La Norvalia ha tenuto manovre militari con la Kessia.",
            Category::Cooperate,
        ),
    ] {
        let e = code_in(lang, s, NORVALIA_KESSIA);
        assert!(coded(&e, c, "Norvalia", "Kessia"), "{s}: {e:?}");
    }
}

#[test]
fn an_english_trigger_noun_before_an_equipment_noun_is_no_event() {
    // "riot control", "attack helicopters": what forces use, not a riot or an attack.
    for (s, c, wrong) in [
        (
            "Norvalia mobilized its army for riot control near Kessia.",
            Category::Mobilize,
            Category::Protest,
        ),
        (
            "Norvalia supplied Kessia with attack helicopters.",
            Category::Aid,
            Category::Assault,
        ),
    ] {
        let e = code_in("en", s, NORVALIA_KESSIA);
        assert!(coded(&e, c, "Norvalia", "Kessia"), "{s}: {e:?}");
        assert!(!e.iter().any(|e| e.event == wrong), "{s}: {e:?}");
    }
    // A verb before "control" keeps its reading.
    let s = "Norvalia seized control of the Kessian port.";
    let e = code_in("en", s, NORVALIA_KESSIA);
    assert!(e.iter().any(|e| e.event == Category::Coerce), "{s}: {e:?}");
}

#[test]
fn an_insult_word_outside_the_naming_predicate_names_nothing() {
    // The insult is the predicate after the object, not a word of the object
    // or of a later phrase: these calls stay calls.
    for (lang, s) in [
        ("en", "Norvalia called the corrupt officials of Kessia to a meeting."),
        (
            "en",
            "Norvalia called Kessia to discuss the reckless plan of its neighbours.",
        ),
        (
            "it",
            "La Norvalia ha chiamato i funzionari corrotti della Kessia a una riunione.",
        ),
    ] {
        let e = code_in(lang, s, NORVALIA_KESSIA);
        assert!(!e.iter().any(|e| e.event == Category::Accuse), "{s}: {e:?}");
    }
    // A predicate closing the phrase, or opened by "as" or an article, names.
    for (lang, s) in [
        ("en", "Norvalia called Kessia irresponsible."),
        ("en", "Norvalia called Kessia's leaders a bunch of liars."),
        ("it", "La Norvalia ha bollato la Kessia come traditrice."),
    ] {
        let e = code_in(lang, s, NORVALIA_KESSIA);
        assert!(e.iter().any(|e| e.event == Category::Accuse), "{s}: {e:?}");
    }
}

#[test]
fn an_act_noun_naming_a_trade_or_a_body_is_no_act() {
    let a: &[(&str, ActorKind, Option<&str>)] = &[
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
    ];
    // "producers of weapons", "the arms industry", "il comitato delle sanzioni":
    // the act noun says what the trade or the body is, no one gave or coerced.
    for (lang, s, c) in [
        (
            "it",
            "La Kessia, tra i maggiori produttori di armi del continente e vicina alla Norvalia, si è astenuta.",
            Category::Aid,
        ),
        ("en", "Norvalia criticised the Kessia arms industry.", Category::Aid),
        (
            "it",
            "La Norvalia ha criticato il comitato delle sanzioni della Kessia.",
            Category::Coerce,
        ),
        // A giver noun that is no predicate names a role too, what it gives with it.
        (
            "it",
            "La Kessia, fra i primi esportatori di armi della regione e amica della Norvalia, si è astenuta.",
            Category::Aid,
        ),
    ] {
        let e = code_in(lang, s, a);
        assert!(!e.iter().any(|e| e.event == c), "{s}: {e:?}");
    }
    // The act itself, and a giver noun as predicate with its receiver, still code.
    for (lang, s) in [
        ("en", "Kessia sent weapons to Norvalia."),
        ("it", "La Kessia è il principale fornitore di armi della Norvalia."),
    ] {
        let e = code_in(lang, s, a);
        assert!(coded(&e, Category::Aid, "Kessia", "Norvalia"), "{s}: {e:?}");
    }
}

#[test]
fn what_a_preventing_verb_governs_does_not_happen_unless_it_is_negated() {
    let a: &[(&str, ActorKind, Option<&str>)] = &[
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
        ("Lorvia", ActorKind::Country, Some("LOR")),
    ];
    for (lang, s, m) in [
        (
            "en",
            "Norvalia deterred Kessia from sending troops to Lorvia.",
            Modality::Negated,
        ),
        (
            "it",
            "La Norvalia ha dissuaso la Kessia dall'inviare truppe in Lorvia.",
            Modality::Negated,
        ),
        (
            "it",
            "La Norvalia ha impedito alla Kessia di inviare truppe in Lorvia.",
            Modality::Negated,
        ),
        // Not prevented: it happened.
        (
            "en",
            "Norvalia did not prevent Kessia from sending troops to Lorvia.",
            Modality::Asserted,
        ),
        (
            "it",
            "La Norvalia non ha impedito alla Kessia di inviare truppe in Lorvia.",
            Modality::Asserted,
        ),
    ] {
        let e = code_in(lang, s, a);
        assert!(
            e.iter().any(|e| e.event == Category::Mobilize
                && dyad(e) == ("Kessia".into(), "Lorvia".into())
                && e.modality == m),
            "{s}: {e:?}"
        );
    }
}

#[test]
fn a_thing_that_threatens_makes_no_threat() {
    let a: &[(&str, ActorKind, Option<&str>)] = &[
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
        ("Lorvia", ActorKind::Country, Some("LOR")),
    ];
    // "ties … could threaten these plans": endangering, no one threatens.
    for (lang, s) in [
        (
            "en",
            "Military ties between Norvalia and Lorvia could threaten these plans.",
        ),
        (
            "it",
            "Legami militari più stretti tra Norvalia e Lorvia potrebbero minacciare questi piani.",
        ),
    ] {
        let e = code_in(lang, s, a);
        assert!(!e.iter().any(|e| e.event == Category::Threaten), "{s}: {e:?}");
    }
    for (lang, s) in [
        ("en", "Norvalia could threaten Kessia."),
        ("it", "La Norvalia potrebbe minacciare la Kessia."),
        ("en", "The army of Norvalia threatened Kessia."),
    ] {
        let e = code_in(lang, s, a);
        assert!(e.iter().any(|e| e.event == Category::Threaten), "{s}: {e:?}");
    }
}

#[test]
fn a_da_parte_agent_may_follow_its_head_noun() {
    let a: &[(&str, ActorKind, Option<&str>)] = &[
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
    ];
    // "da parte del governo Kessia": the agent is the name after the head noun.
    let s =
        "Dopo il voto la Norvalia ha criticato la Lorvia, provocando un duro rimprovero da parte del governo Kessia.";
    let e = code_in("it", s, a);
    assert!(
        e.iter().any(|e| e.event == Category::Accuse && dyad(e).0 == "Kessia"),
        "{s}: {e:?}"
    );
}

#[test]
fn a_body_of_states_in_the_genitive_authors_the_measure() {
    let a: &[(&str, ActorKind, Option<&str>)] = &[
        ("Kessia", ActorKind::Country, Some("KES")),
        ("Unione europea", ActorKind::Organization, Some("EUR")),
        ("European Union", ActorKind::Organization, Some("EUR")),
        ("Nato", ActorKind::Organization, Some("IGO")),
    ];
    // Evading the EU's sanctions makes the EU no target of a measure.
    for (lang, s) in [
        ("it", "La Kessia ha aggirato le sanzioni dell'Unione europea."),
        ("en", "Kessia evaded the sanctions of the European Union."),
    ] {
        let e = code_in(lang, s, a);
        assert!(
            !e.iter()
                .any(|e| e.event == Category::Coerce && e.recipient.iter().any(|r| r.country.as_deref() == Some("EUR"))),
            "{s}: {e:?}"
        );
    }
    let s = "I raid della Nato sulla Kessia sono proseguiti.";
    let e = code_in("it", s, a);
    assert!(coded(&e, Category::Assault, "Nato", "Kessia"), "{s}: {e:?}");
}

#[test]
fn a_hitting_gerund_after_a_measure_names_its_targets() {
    let a = NORVALIA_KESSIA;
    for (lang, s) in [
        (
            "en",
            "Norvalia imposed new sanctions on Kessia, targeting 45 companies.",
        ),
        (
            "it",
            "La Norvalia ha annunciato nuove sanzioni contro la Kessia, colpendo 20 società.",
        ),
    ] {
        let e = code_in(lang, s, a);
        assert!(coded(&e, Category::Coerce, "Norvalia", "Kessia"), "{s}: {e:?}");
        assert!(!e.iter().any(|e| e.event == Category::Assault), "{s}: {e:?}");
    }
    // After an attack the gerund is part of it; after no measure it stays an act.
    let s = "La Norvalia ha bombardato la Kessia, colpendo tre ospedali.";
    let e = code_in("it", s, a);
    assert!(coded(&e, Category::Assault, "Norvalia", "Kessia"), "{s}: {e:?}");
}

#[test]
fn a_conditional_or_generic_clause_opener_makes_its_event_hypothetical() {
    let a: &[(&str, ActorKind, Option<&str>)] = &[
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
        ("Lorvia", ActorKind::Country, Some("LOR")),
    ];
    // "if/se", "whenever/ogni volta che" open the clause: the cue stands before its start.
    for (lang, s, c) in [
        (
            "en",
            "If Norvalia attacks Kessia, Lorvia will intervene.",
            Category::Assault,
        ),
        (
            "it",
            "La Lorvia interverrà se la Norvalia attacca la Kessia.",
            Category::Assault,
        ),
        (
            "it",
            "Ogni volta che la Norvalia incontra la Kessia, parlano di commercio.",
            Category::Consult,
        ),
        (
            "en",
            "Whenever Norvalia meets Kessia, they talk about trade.",
            Category::Consult,
        ),
    ] {
        let e = code_in(lang, s, a);
        assert!(
            e.iter().any(|e| e.event == c && e.modality == Modality::Hypothetical),
            "{s}: {e:?}"
        );
        assert!(
            !e.iter().any(|e| e.event == c && e.modality == Modality::Asserted),
            "{s}: {e:?}"
        );
    }
}

#[test]
fn an_act_word_after_a_topic_word_is_a_topic() {
    let a = NORVALIA_KESSIA;
    // The red lines are about support; no one supports anyone here.
    for (lang, s) in [
        (
            "it",
            "La Kessia ha ricordato ieri le proprie linee rosse riguardo al sostegno militare alla Norvalia.",
        ),
        ("en", "Kessia set red lines regarding support for Norvalia."),
    ] {
        let e = code_in(lang, s, a);
        assert!(!e.iter().any(|e| e.event == Category::Support), "{s}: {e:?}");
    }
    let s = "La Kessia ha inviato aiuti alla Norvalia.";
    let e = code_in("it", s, a);
    assert!(coded(&e, Category::Aid, "Kessia", "Norvalia"), "{s}: {e:?}");
}

#[test]
fn a_preposition_repeated_after_a_conjunction_keeps_the_group() {
    let a: &[(&str, ActorKind, Option<&str>)] = &[
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
        ("Ostravia", ActorKind::Country, Some("OST")),
    ];
    // Both passive agents of a joint act are its parties.
    for (lang, s) in [
        (
            "it",
            "L'accordo è stato firmato dalla Norvalia e dalla Kessia a Ginevra.",
        ),
        ("en", "The agreement was signed by Norvalia and by Kessia in Geneva."),
    ] {
        let e = code_in(lang, s, a);
        assert!(
            coded(&e, Category::Support, "Norvalia", "Kessia") || coded(&e, Category::Support, "Kessia", "Norvalia"),
            "{s}: {e:?}"
        );
    }
    // "dalla" and "dall'" are one preposition: both agents are the source.
    for (lang, s) in [
        ("it", "La Norvalia è stata condannata dalla Kessia e dall'Ostravia."),
        ("en", "Norvalia was condemned by Kessia and by Ostravia."),
    ] {
        let e = code_in(lang, s, a);
        assert!(coded(&e, Category::Accuse, "Kessia+Ostravia", "Norvalia"), "{s}: {e:?}");
    }
    // A different preposition after the conjunction opens another role.
    let s = "Norvalia was condemned by Kessia and in Ostravia.";
    let e = code_in("en", s, a);
    assert!(coded(&e, Category::Accuse, "Kessia", "Norvalia"), "{s}: {e:?}");
}

#[test]
fn a_verb_conjoined_without_a_subject_shares_the_first_one() {
    let a: &[(&str, ActorKind, Option<&str>)] = &[
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("tribunale norvaliano", ActorKind::Organization, Some("NOR")),
        ("Norvalian court", ActorKind::Organization, Some("NOR")),
        ("Mario Rossi", ActorKind::Person, None),
        ("John Smith", ActorKind::Person, None),
        ("Kessia Libera", ActorKind::Organization, None),
        ("Free Kessia", ActorKind::Organization, None),
    ];
    // The judged one is the first verb's object, not the second verb's
    // subject; the pronoun after the conjunction stands for him.
    for (lang, s, src, tgt) in [
        (
            "it",
            "Un tribunale norvaliano ha giudicato colpevole Mario Rossi e lo ha condannato a due anni.",
            "tribunale norvaliano",
            "Mario Rossi",
        ),
        (
            "en",
            "A Norvalian court found John Smith guilty and has sentenced him to two years.",
            "Norvalian court",
            "John Smith",
        ),
        // An apposition between commas closes the first conjunct; the
        // subject is still the one before the first verb.
        (
            "it",
            "La Norvalia ha giudicato colpevole Mario Rossi, membro del gruppo Kessia Libera, e lo ha condannato a due anni.",
            "Norvalia",
            "Mario Rossi",
        ),
    ] {
        let e = code_in(lang, s, a);
        assert!(coded(&e, Category::Coerce, src, tgt), "{s}: {e:?}");
        assert!(!coded(&e, Category::Coerce, tgt, src), "{s}: {e:?}");
    }
    // An actor of its own after the conjunction is the second verb's subject.
    let s = "Norvalia found John Smith guilty and Free Kessia condemned him.";
    let e = code_in("en", s, a);
    assert!(
        !e.iter().any(|e| e.event == Category::Accuse && dyad(e).0 == "Norvalia"),
        "{s}: {e:?}"
    );
}

#[test]
fn forces_after_a_past_verb_are_its_object_not_the_subject() {
    let a: &[(&str, ActorKind, Option<&str>)] = &[
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
        ("army brigade", ActorKind::Organization, None),
        ("army", ActorKind::Organization, None),
    ];
    // Whoever placed the brigade on alert mobilizes; the brigade is the means.
    let s = "Norvalia placed an army brigade on alert to fly into Kessia.";
    let e = code_in("en", s, a);
    assert!(coded(&e, Category::Mobilize, "Norvalia", "Kessia"), "{s}: {e:?}");
    // (Italian already reads "ha messo … la brigata" through the participle.)
    // A phrase followed by its own verb opens a reported clause.
    let s = "Norvalia learned the army attacked Kessia.";
    let e = code_in("en", s, a);
    assert!(coded(&e, Category::Assault, "army", "Kessia"), "{s}: {e:?}");
}

#[test]
fn an_act_noun_talked_of_is_a_topic() {
    let a = NORVALIA_KESSIA;
    // They talk about weapons; no one gives any.
    for (lang, s) in [
        ("it", "I ministri della Norvalia e della Kessia parlano di armi a Roma."),
        ("en", "The ministers of Norvalia and Kessia spoke of the aid in Rome."),
    ] {
        let e = code_in(lang, s, a);
        assert!(!e.iter().any(|e| e.event == Category::Aid), "{s}: {e:?}");
    }
    // Speaking at a meeting is a place, not a topic: the meeting stays.
    let s = "Norvalia spoke at the meeting with Kessia.";
    let e = code_in("en", s, a);
    assert!(coded(&e, Category::Consult, "Norvalia", "Kessia"), "{s}: {e:?}");
}

#[test]
fn the_end_of_a_span_of_time_is_no_act() {
    let a = NORVALIA_KESSIA;
    for (lang, s) in [
        ("en", "Norvalia will send tanks to Kessia by the end of the year."),
        (
            "it",
            "La Norvalia invierà carri armati alla Kessia entro la fine dell'anno.",
        ),
    ] {
        let e = code_in(lang, s, a);
        assert!(!e.iter().any(|e| e.event == Category::Sanction), "{s}: {e:?}");
    }
    // Ending something is still an act.
    let s = "Norvalia ended its talks with Kessia at the end of May.";
    let e = code_in("en", s, a);
    assert!(coded(&e, Category::Sanction, "Norvalia", "Kessia"), "{s}: {e:?}");
}

#[test]
fn a_measure_against_a_war_is_aimed_at_whoever_wages_it() {
    let a: &[(&str, ActorKind, Option<&str>)] = &[
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
        ("Tarvia", ActorKind::Country, Some("TAR")),
    ];
    for (lang, s) in [
        (
            "it",
            "La Tarvia ha inasprito le sanzioni volte a fermare la guerra della Norvalia in Kessia.",
        ),
        (
            "en",
            "Norvalia invaded Kessia in May. Tarvia imposed new sanctions to stop the war in Kessia.",
        ),
    ] {
        let e = code_every(lang, s, a);
        assert!(coded(&e, Category::Coerce, "Tarvia", "Norvalia"), "{s}: {e:?}");
        assert!(!coded(&e, Category::Coerce, "Tarvia", "Kessia"), "{s}: {e:?}");
    }
}

#[test]
fn a_dateline_place_is_where_the_story_is_filed_not_an_actor() {
    let a: &[(&str, ActorKind, Option<&str>)] = &[
        ("VELDRA", ActorKind::Location, Some("NOR")),
        ("Veldra", ActorKind::Location, Some("NOR")),
        ("Tarvia", ActorKind::Country, Some("TAR")),
        ("Kessia", ActorKind::Country, Some("KES")),
    ];
    let from_dateline = |e: &[Event]| {
        e.iter()
            .flat_map(|e| e.actor.iter().chain(e.recipient.iter()))
            .any(|m| m.text.eq_ignore_ascii_case("veldra"))
    };
    for (lang, s) in [
        ("en", "VELDRA (Norpress) - Gunmen attacked a camp in Kessia on Sunday."),
        (
            "it",
            "VELDRA - Uomini armati hanno attaccato un campo in Kessia domenica.",
        ),
        ("en", "Veldra - Gunmen attacked a camp in Kessia on Sunday."),
    ] {
        let e = code_every(lang, s, a);
        assert!(!from_dateline(&e), "{s}: {e:?}");
    }
    // The same words later in the article are prose, and the place acts.
    let s = "Tarvia said so. Veldra - the capital of Norvalia - accused Kessia of spying.";
    let e = code_every("en", s, a);
    assert!(coded(&e, Category::Accuse, "Veldra", "Kessia"), "{s}: {e:?}");
}

#[test]
fn a_duty_another_lays_on_the_actor_is_a_demand() {
    let a: &[(&str, ActorKind, Option<&str>)] = &[
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
        ("Tarvia", ActorKind::Country, Some("TAR")),
    ];
    for (lang, s) in [
        ("en", "Tarvia says Kessia must withdraw its troops from Norvalia."),
        (
            "en",
            "Tarvia said on Monday that Kessia has to end its attacks on Norvalia.",
        ),
        (
            "it",
            "La Tarvia ha dichiarato che la Kessia deve ritirare le truppe dalla Norvalia.",
        ),
    ] {
        let e = code_in(lang, s, a);
        assert!(coded(&e, Category::Request, "Tarvia", "Kessia"), "{s}: {e:?}");
        assert!(
            !e.iter()
                .any(|e| matches!(e.event, Category::Retreat | Category::Sanction)),
            "{s}: {e:?}"
        );
    }
    // A demanded withdrawal asks the actor to yield (CAMEO 105).
    let s = "Tarvia says Kessia must withdraw its troops from Norvalia.";
    let e = code_in("en", s, a);
    assert!(
        e.iter()
            .any(|e| e.event == Category::Request && e.mode.as_deref() == Some("yield")),
        "{s}: {e:?}"
    );
    // A duty the speaker lays on itself is its own act, not a demand.
    let s = "Kessia said it must defend its border against Norvalia.";
    let e = code_in("en", s, a);
    assert!(!e.iter().any(|e| e.event == Category::Request), "{s}: {e:?}");
}

#[test]
fn restrictions_are_imposed_measures_and_removing_them_yields() {
    let a = NORVALIA_KESSIA;
    for (lang, s) in [
        ("en", "Norvalia announced new restrictions on Kessia."),
        ("it", "La Norvalia ha annunciato nuove restrizioni contro la Kessia."),
    ] {
        let e = code_in(lang, s, a);
        assert!(coded(&e, Category::Coerce, "Norvalia", "Kessia"), "{s}: {e:?}");
    }
    for (lang, s) in [
        ("en", "Norvalia removed the restrictions on Kessia."),
        ("it", "La Norvalia ha rimosso le restrizioni contro la Kessia."),
    ] {
        let e = code_in(lang, s, a);
        assert!(coded(&e, Category::Concede, "Norvalia", "Kessia"), "{s}: {e:?}");
        assert!(!e.iter().any(|e| e.event == Category::Coerce), "{s}: {e:?}");
    }
}

#[test]
fn an_evaded_measure_is_no_act_of_the_evader() {
    let a = NORVALIA_KESSIA;
    for (lang, s) in [
        ("en", "Norvalia helped Kessia evade sanctions."),
        ("en", "Norvalia helped Kessia to circumvent the restrictions."),
        ("it", "La Norvalia ha aiutato la Kessia ad aggirare le sanzioni."),
        ("it", "La Norvalia ha aiutato la Kessia a eludere le restrizioni."),
    ] {
        let e = code_in(lang, s, a);
        assert!(coded(&e, Category::Aid, "Norvalia", "Kessia"), "{s}: {e:?}");
        assert!(!e.iter().any(|e| e.event == Category::Coerce), "{s}: {e:?}");
    }
}

#[test]
fn leave_given_is_an_allowance_not_aid() {
    let a = NORVALIA_KESSIA;
    for s in [
        "Norvalia gave approval for Kessia to use its airspace.",
        "Norvalia gave Kessia the green light to use its airspace.",
        "Norvalia has given its consent for Kessia to open a consulate.",
    ] {
        let e = code_in("en", s, a);
        assert!(coded(&e, Category::Concede, "Norvalia", "Kessia"), "{s}: {e:?}");
        assert!(!e.iter().any(|e| e.event == Category::Aid), "{s}: {e:?}");
    }
    // Approval no one gives is no event.
    let s = "The approval of the plan by Norvalia angered Kessia.";
    let e = code_in("en", s, a);
    assert!(!e.iter().any(|e| e.event == Category::Concede), "{s}: {e:?}");
}

#[test]
fn a_bloc_formed_is_no_blockade() {
    let a = NORVALIA_KESSIA;
    let s = "La Norvalia ha accusato la Kessia di voler \"creare nuovi blocchi\" nella regione.";
    let e = code_in("it", s, a);
    assert!(coded(&e, Category::Accuse, "Norvalia", "Kessia"), "{s}: {e:?}");
    assert!(!e.iter().any(|e| e.event == Category::Coerce), "{s}: {e:?}");
    // A blockade is imposed: it stays.
    let s = "La Norvalia ha imposto un blocco navale alla Kessia.";
    let e = code_in("it", s, a);
    assert!(coded(&e, Category::Coerce, "Norvalia", "Kessia"), "{s}: {e:?}");
}

#[test]
fn reversing_ones_decision_yields_and_refusing_to_rejects() {
    let a = NORVALIA_KESSIA;
    for (lang, s) in [
        ("en", "Norvalia reversed its decision to close the border with Kessia."),
        (
            "it",
            "La Norvalia ha ribaltato la propria decisione di chiudere il confine con la Kessia.",
        ),
    ] {
        let e = code_in(lang, s, a);
        assert!(coded(&e, Category::Concede, "Norvalia", "Kessia"), "{s}: {e:?}");
    }
    for (lang, s) in [
        ("en", "Norvalia will not reverse its decision on Kessia."),
        ("it", "La Norvalia non ribalterà la propria decisione sulla Kessia."),
    ] {
        let e = code_in(lang, s, a);
        assert!(coded(&e, Category::Reject, "Norvalia", "Kessia"), "{s}: {e:?}");
    }
    // With no norm as object "reverse" is no event.
    let s = "Norvalia reversed the trend in its trade with Kessia.";
    let e = code_in("en", s, a);
    assert!(e.is_empty(), "{s}: {e:?}");
}

#[test]
fn hosting_a_meeting_the_host_acts() {
    let a = NORVALIA_KESSIA;
    for (lang, s) in [
        ("en", "Norvalia hosted a summit with Kessia."),
        ("it", "La Norvalia ospita il vertice con la Kessia."),
    ] {
        let e = code_in(lang, s, a);
        assert!(coded(&e, Category::Consult, "Norvalia", "Kessia"), "{s}: {e:?}");
    }
    // A meeting still to be hosted is intent to meet (CAMEO 036).
    let s = "Norvalia will host a summit with Kessia.";
    let e = code_in("en", s, a);
    assert!(coded(&e, Category::Agree, "Norvalia", "Kessia"), "{s}: {e:?}");
    // Hosting a guest is the guest's visit.
    let s = "Norvalia hosted Kessia.";
    let e = code_in("en", s, a);
    assert!(coded(&e, Category::Consult, "Kessia", "Norvalia"), "{s}: {e:?}");
}

#[test]
fn coordinated_owners_of_one_head_are_the_parties() {
    let a: &[(&str, ActorKind, Option<&str>)] = &[
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
        ("ministers", ActorKind::Person, None),
        ("ministri", ActorKind::Person, None),
    ];
    for (lang, s) in [
        ("en", "Norvalia and Kessia's trade ministers met in Geneva on Monday."),
        (
            "en",
            "The trade ministers of Norvalia and Kessia met in Geneva on Monday.",
        ),
        (
            "it",
            "I ministri del Commercio di Norvalia e Kessia si sono incontrati lunedì a Ginevra.",
        ),
    ] {
        let e = code_in(lang, s, a);
        assert!(coded(&e, Category::Consult, "Norvalia", "Kessia"), "{s}: {e:?}");
    }
    // One owner: the head is the party, the other state its partner.
    let s = "Kessia's trade ministers met Norvalia in Geneva.";
    let e = code_in("en", s, a);
    assert!(coded(&e, Category::Consult, "ministers", "Norvalia"), "{s}: {e:?}");
}

#[test]
fn the_party_forces_are_raised_against_may_end_a_long_purpose() {
    let a: &[(&str, ActorKind, Option<&str>)] = &[
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
        ("Tarvia", ActorKind::Country, Some("TAR")),
        ("troops", ActorKind::Organization, None),
        ("truppe", ActorKind::Organization, None),
    ];
    for (lang, s) in [
        (
            "en",
            "Norvalia has mobilized troops near the border in preparation for a long and difficult ground operation against Kessia.",
        ),
        (
            "it",
            "La Norvalia ha mobilitato truppe vicino al confine in preparazione di una lunga e difficile operazione di terra contro la Kessia.",
        ),
    ] {
        let e = code_in(lang, s, a);
        assert!(coded(&e, Category::Mobilize, "Norvalia", "Kessia"), "{s}: {e:?}");
    }
    // A clause word ends the phrase: Tarvia's protest is its own.
    let s = "Norvalia has mobilized troops at the border while Tarvia protested against Kessia.";
    let e = code_in("en", s, a);
    assert!(!coded(&e, Category::Mobilize, "Norvalia", "Kessia"), "{s}: {e:?}");
}

#[test]
fn a_name_after_a_possessor_and_its_modifiers_is_in_the_possessors_phrase() {
    let a: &[(&str, ActorKind, Option<&str>)] = &[
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
        ("Tarvia", ActorKind::Country, Some("TAR")),
        ("Ostra", ActorKind::Location, Some("TAR")),
        ("famous dissidents", ActorKind::Person, None),
    ];
    // "in Tarvia's mountainous Ostra province" says where, like "in Ostra".
    let s = "Norvalia will send aid to Kessia in Tarvia's mountainous Ostra province.";
    let e = code_in("en", s, a);
    assert!(
        e.iter().any(|e| dyad(e) == ("Norvalia".into(), "Kessia".into())),
        "{s}: {e:?}"
    );
    // A partitive "of" is governed by the figure: the possessed stay the object.
    let s = "Norvalia released three of Kessia's most famous dissidents on Monday.";
    let e = code_in("en", s, a);
    assert!(
        e.iter()
            .any(|e| dyad(e) == ("Norvalia".into(), "famous dissidents".into())),
        "{s}: {e:?}"
    );
}

#[test]
fn che_after_a_clause_word_completes_a_conjunction_not_a_relative() {
    let a = NORVALIA_KESSIA;
    // "dopo che" opens a clause whose omitted subject is the sentence's.
    let s = "La Norvalia ha richiamato il suo ambasciatore dopo che ha accusato la Kessia di spionaggio.";
    let e = code_in("it", s, a);
    assert!(coded(&e, Category::Accuse, "Norvalia", "Kessia"), "{s}: {e:?}");
    // A relative "che" after a thing still refers to the thing, not the subject.
    let s = "La Norvalia ha respinto le accuse che hanno colpito la Kessia.";
    let e = code_in("it", s, a);
    assert!(!coded(&e, Category::Assault, "Norvalia", "Kessia"), "{s}: {e:?}");
}

#[test]
fn the_agent_of_a_passive_light_verb_performs_the_event_noun_subject() {
    let a: &[(&str, ActorKind, Option<&str>)] = &[
        ("truppe norvaliane", ActorKind::Organization, Some("NOR")),
        ("forze kessiane", ActorKind::Organization, Some("KES")),
        ("ministero", ActorKind::Organization, Some("TAR")),
        ("Norvalian troops", ActorKind::Organization, Some("NOR")),
        ("Kessian forces", ActorKind::Organization, Some("KES")),
    ];
    for (lang, s, x, y) in [
        (
            "it",
            "L'esercitazione, annunciata la settimana scorsa dal ministero, è stata condotta dalle truppe norvaliane e dalle forze kessiane.",
            "truppe norvaliane",
            "forze kessiane",
        ),
        (
            "it",
            "L'esercitazione congiunta, pianificata da mesi nei dettagli, è stata tenuta dalle truppe norvaliane e dalle forze kessiane.",
            "truppe norvaliane",
            "forze kessiane",
        ),
        (
            "en",
            "The joint exercise, planned in detail over many months, was held by Norvalian troops and Kessian forces.",
            "Norvalian troops",
            "Kessian forces",
        ),
    ] {
        let e = code_in(lang, s, a);
        assert!(coded(&e, Category::Cooperate, x, y), "{s}: {e:?}");
    }
}

#[test]
fn a_gerund_after_a_comma_has_the_main_clauses_subject() {
    let a: &[(&str, ActorKind, Option<&str>)] = &[
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Tarvia", ActorKind::Country, Some("TAR")),
        ("Kessian militia", ActorKind::Organization, Some("KES")),
        ("milizia kessiana", ActorKind::Organization, Some("KES")),
    ];
    for (lang, s) in [
        (
            "en",
            "Norvalia seized the harbour last week and now holds the Kessian militia in the old fort, threatening to attack Tarvia.",
        ),
        (
            "it",
            "La Norvalia ha conquistato il porto mentre la milizia kessiana si ritirava verso nord, minacciando di attaccare la Tarvia.",
        ),
    ] {
        let e = code_in(lang, s, a);
        assert!(coded(&e, Category::Threaten, "Norvalia", "Tarvia"), "{s}: {e:?}");
    }
}

#[test]
fn a_conjunct_before_its_own_verb_opens_a_new_clause() {
    let a: &[(&str, ActorKind, Option<&str>)] = &[
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
        ("Tarvia", ActorKind::Country, Some("TAR")),
        ("Veldra", ActorKind::Country, Some("VEL")),
    ];
    for (lang, s) in [
        ("en", "Norvalia condemned Kessia, and Tarvia protested against Veldra."),
        (
            "it",
            "La Norvalia ha condannato la Kessia e la Tarvia ha protestato contro la Veldra.",
        ),
    ] {
        let e = code_in(lang, s, a);
        assert!(coded(&e, Category::Accuse, "Norvalia", "Kessia"), "{s}: {e:?}");
        assert!(coded(&e, Category::Protest, "Tarvia", "Veldra"), "{s}: {e:?}");
    }
    // A compound subject and a compound object stay groups.
    for (lang, s) in [
        ("en", "Norvalia and Kessia protested against Tarvia."),
        ("it", "La Norvalia e la Kessia hanno protestato contro la Tarvia."),
    ] {
        let e = code_in(lang, s, a);
        assert!(coded(&e, Category::Protest, "Norvalia+Kessia", "Tarvia"), "{s}: {e:?}");
    }
    let s = "Norvalia attacked Kessia and Tarvia.";
    let e = code_in("en", s, a);
    assert!(coded(&e, Category::Assault, "Norvalia", "Kessia+Tarvia"), "{s}: {e:?}");
}

#[test]
fn an_attack_subject_with_its_own_target_keeps_its_attacker_and_target() {
    let a: &[(&str, ActorKind, Option<&str>)] = &[
        ("ribelli kessiani", ActorKind::Organization, Some("KES")),
        ("polizia norvaliana", ActorKind::Organization, Some("NOR")),
        ("Kessian rebels", ActorKind::Organization, Some("KES")),
        ("Norvalian police", ActorKind::Organization, Some("NOR")),
        ("agenti", ActorKind::Person, None),
        ("officers", ActorKind::Person, None),
    ];
    for (lang, s, x, y, killed) in [
        (
            "it",
            "Un attacco dei ribelli kessiani contro la polizia norvaliana ha ucciso dieci agenti.",
            "ribelli kessiani",
            "polizia norvaliana",
            "agenti",
        ),
        (
            "en",
            "An attack by Kessian rebels on Norvalian police killed ten officers.",
            "Kessian rebels",
            "Norvalian police",
            "officers",
        ),
    ] {
        let e = code_in(lang, s, a);
        assert!(coded(&e, Category::Assault, x, y), "{s}: {e:?}");
        assert!(coded(&e, Category::Assault, x, killed), "{s}: {e:?}");
    }
}

#[test]
fn after_a_conflict_noun_on_names_the_target_not_the_owner() {
    let a: &[(&str, ActorKind, Option<&str>)] = &[
        ("ribelli kessiani", ActorKind::Organization, Some("KES")),
        ("polizia norvaliana", ActorKind::Organization, Some("NOR")),
        ("Kessian rebels", ActorKind::Organization, Some("KES")),
        ("Norvalian police", ActorKind::Organization, Some("NOR")),
    ];
    for (lang, s, x, y) in [
        (
            "it",
            "Gli attacchi dei ribelli kessiani sulla polizia norvaliana sono continuati per tutta la notte.",
            "ribelli kessiani",
            "polizia norvaliana",
        ),
        (
            "en",
            "The attacks of Kessian rebels on Norvalian police continued through the night.",
            "Kessian rebels",
            "Norvalian police",
        ),
    ] {
        let e = code_in(lang, s, a);
        assert!(coded(&e, Category::Assault, x, y), "{s}: {e:?}");
        assert!(!coded(&e, Category::Assault, y, x), "{s}: {e:?}");
    }
}

#[test]
fn after_a_verb_of_giving_the_dative_is_the_recipient_however_long_the_theme() {
    let a: &[(&str, ActorKind, Option<&str>)] = &[
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("NDF", ActorKind::Organization, Some("TAR")),
        ("Kessian army", ActorKind::Organization, Some("KES")),
        ("esercito kessiano", ActorKind::Organization, Some("KES")),
    ];
    for (lang, s, y) in [
        (
            "en",
            "Norvalia handed over more than 40 NDF trucks and spare parts for the border posts to the Kessian army.",
            "Kessian army",
        ),
        (
            "it",
            "La Norvalia ha fornito 40 camion NDF e pezzi di ricambio per i posti di frontiera all'esercito kessiano.",
            "esercito kessiano",
        ),
    ] {
        let e = code_in(lang, s, a);
        assert!(
            e.iter().any(|e| dyad(e) == ("Norvalia".to_string(), y.to_string())),
            "{s}: {e:?}"
        );
        assert!(!e.iter().any(|e| dyad(e).1 == "NDF"), "{s}: {e:?}");
    }
}

#[test]
fn a_dative_inside_another_preposition_gets_nothing() {
    let a: &[(&str, ActorKind, Option<&str>)] = &[
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
        ("Tarvian officials", ActorKind::Person, Some("TAR")),
        ("funzionari tarviani", ActorKind::Person, Some("TAR")),
    ];
    for (lang, s) in [
        (
            "en",
            "Norvalia sent medical teams into Kessia, according to Tarvian officials.",
        ),
        (
            "it",
            "La Norvalia ha inviato medici in Kessia insieme ai funzionari tarviani.",
        ),
    ] {
        let e = code_in(lang, s, a);
        assert!(coded(&e, Category::Aid, "Norvalia", "Kessia"), "{s}: {e:?}");
    }
}

#[test]
fn the_agent_of_a_participle_describing_a_partner_does_not_replace_it() {
    let a: &[(&str, ActorKind, Option<&str>)] = &[
        ("presidente norvaliano", ActorKind::Person, Some("NOR")),
        ("movimento Kora", ActorKind::Organization, Some("TAR")),
        ("primo ministro kessiano", ActorKind::Person, Some("KES")),
        ("Norvalian president", ActorKind::Person, Some("NOR")),
        ("Kora movement", ActorKind::Organization, Some("TAR")),
        ("Kessian prime minister", ActorKind::Person, Some("KES")),
    ];
    for (lang, s, x, y) in [
        (
            "it",
            "Il presidente norvaliano unirà le forze con il movimento Kora, guidato dall'ex primo ministro kessiano.",
            "presidente norvaliano",
            "movimento Kora",
        ),
        (
            "en",
            "The Norvalian president will join forces with the Kora movement, led by the former Kessian prime minister.",
            "Norvalian president",
            "Kora movement",
        ),
    ] {
        let e = code_in(lang, s, a);
        assert!(e.iter().any(|e| dyad(e) == (x.to_string(), y.to_string())), "{s}: {e:?}");
    }
    // After a thing the agent stands for it: what is condemned is the one who raided.
    let e = code_in(
        "it",
        "La Norvalia ha condannato il raid compiuto dalla Kessia.",
        NORVALIA_KESSIA,
    );
    assert!(coded(&e, Category::Accuse, "Norvalia", "Kessia"), "{e:?}");
}

#[test]
fn deploying_peacekeepers_is_protection_given_not_a_show_of_force() {
    let a: &[(&str, ActorKind, Option<&str>)] = &[
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
    ];
    for (lang, s) in [
        ("en", "Norvalia deployed peacekeepers to Kessia last spring."),
        (
            "it",
            "La Norvalia ha schierato i caschi blu in Kessia la scorsa primavera.",
        ),
    ] {
        let e = code_in(lang, s, a);
        assert!(coded(&e, Category::Aid, "Norvalia", "Kessia"), "{s}: {e:?}");
        assert!(!coded(&e, Category::Mobilize, "Norvalia", "Kessia"), "{s}: {e:?}");
    }
}

#[test]
fn a_deadline_given_past_its_recipient_is_an_ultimatum_not_aid() {
    let a: &[(&str, ActorKind, Option<&str>)] = &[
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
    ];
    for (lang, s) in [
        ("en", "Norvalia gave Kessia a deadline to withdraw its troops."),
        ("en", "Norvalia gave Kessia a final ultimatum over the border dispute."),
        (
            "it",
            "La Norvalia ha fissato una scadenza alla Kessia per il ritiro delle truppe.",
        ),
        (
            "it",
            "La Norvalia ha dato tempo fino a venerdì alla Kessia per ritirare le truppe.",
        ),
    ] {
        let e = code_in(lang, s, a);
        assert!(coded(&e, Category::Threaten, "Norvalia", "Kessia"), "{s}: {e:?}");
        assert!(!coded(&e, Category::Aid, "Norvalia", "Kessia"), "{s}: {e:?}");
    }
}

#[test]
fn an_italian_deadline_nobody_sets_is_a_date() {
    let a: &[(&str, ActorKind, Option<&str>)] = &[
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
    ];
    let s = "La Norvalia ha pagato i debiti alla Kessia prima della scadenza.";
    let e = code_in("it", s, a);
    assert!(!e.iter().any(|e| e.event == Category::Threaten), "{s}: {e:?}");
}

#[test]
fn a_verb_form_standing_as_an_adjective_is_no_act() {
    let a: &[(&str, ActorKind, Option<&str>)] = &[
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
    ];
    for (lang, s) in [
        ("en", "Norvalia and Kessia signed a historic free trade pact."),
        ("en", "Norvalia demanded free and fair elections in Kessia."),
        ("en", "Norvalia maintains close ties with Kessia."),
        ("en", "Norvalia is close to a deal with Kessia."),
        (
            "it",
            "La Norvalia chiede alla Kessia elezioni regolari e una stampa libera.",
        ),
        ("it", "La Norvalia vuole una Kessia libera e sovrana."),
    ] {
        let e = code_in(lang, s, a);
        assert!(
            !e.iter()
                .any(|e| matches!(e.event, Category::Retreat | Category::Coerce)),
            "{s}: {e:?}"
        );
    }
    // The verb keeps its object, or follows a modal.
    for (lang, s) in [
        ("en", "Kessia will free political prisoners from Norvalia."),
        ("en", "Norvalia did not close borders with Kessia."),
        ("it", "La Kessia libera gli ostaggi della Norvalia."),
        ("it", "La Kessia libera e rimpatria gli ostaggi della Norvalia."),
    ] {
        let e = code_in(lang, s, a);
        assert!(
            e.iter().any(|e| matches!(
                e.event,
                Category::Retreat | Category::Coerce | Category::Agree | Category::Reject
            )),
            "{s}: {e:?}"
        );
    }
}

#[test]
fn time_given_or_a_term_set_before_its_noun_is_an_ultimatum() {
    let a: &[(&str, ActorKind, Option<&str>)] = &[
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
    ];
    for (lang, s) in [
        ("en", "Norvalia gave Kessia until Friday to withdraw its troops."),
        (
            "it",
            "La Norvalia ha dato alla Kessia tempo fino a venerdì per ritirare le truppe.",
        ),
        ("it", "La Norvalia ha dato alla Kessia un ultimatum."),
    ] {
        let e = code_in(lang, s, a);
        assert!(coded(&e, Category::Threaten, "Norvalia", "Kessia"), "{s}: {e:?}");
        assert!(!coded(&e, Category::Aid, "Norvalia", "Kessia"), "{s}: {e:?}");
    }
    // Weapons given stay aid, whatever span they cover.
    let s = "Norvalia gave Kessia weapons until the war ended.";
    let e = code_in("en", s, a);
    assert!(coded(&e, Category::Aid, "Norvalia", "Kessia"), "{s}: {e:?}");
}

#[test]
fn a_measure_describing_its_noun_is_a_state_not_an_act_of_the_clause() {
    let a: &[(&str, ActorKind, Option<&str>)] = &[
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
    ];
    for (lang, s) in [
        (
            "en",
            "Norvalia asked Kessia to return the territories occupied in 1990.",
        ),
        (
            "it",
            "La Norvalia ha chiesto alla Kessia di restituire i territori occupati.",
        ),
        ("it", "La Norvalia discute con la Kessia dei beni congelati."),
    ] {
        let e = code_in(lang, s, a);
        assert!(
            !e.iter()
                .any(|e| matches!(e.event, Category::Coerce | Category::Sanction)),
            "{s}: {e:?}"
        );
    }
    // The agent named after the participle, or a finite past, keeps the act.
    for (lang, s) in [
        ("en", "Kessian troops occupied the town on Monday."),
        ("it", "La Norvalia discute dei beni congelati dalla Kessia."),
    ] {
        let e = code_in(lang, s, a);
        assert!(
            e.iter()
                .any(|e| matches!(e.event, Category::Coerce | Category::Sanction)),
            "{s}: {e:?}"
        );
    }
}

#[test]
fn a_bare_verb_coordinated_with_a_complement_shares_its_governor() {
    let a: &[(&str, ActorKind, Option<&str>)] = &[
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
    ];
    for (lang, s, not) in [
        (
            "en",
            "Norvalia agreed to lift sanctions against Kessia and provide security guarantees.",
            Category::Aid,
        ),
        (
            "en",
            "Norvalia promised to withdraw its troops from Kessia and release the prisoners.",
            Category::Retreat,
        ),
        (
            "it",
            "La Norvalia ha accettato di revocare le sanzioni contro la Kessia e fornire garanzie di sicurezza.",
            Category::Aid,
        ),
    ] {
        let e = code_in(lang, s, a);
        assert!(coded(&e, Category::Agree, "Norvalia", "Kessia"), "{s}: {e:?}");
        assert!(!e.iter().any(|e| e.event == not), "{s}: {e:?}");
    }
    // A finite verb of its own clause is no complement.
    let s = "Norvalia agreed to lift sanctions against Kessia and released the prisoners.";
    let e = code_in("en", s, a);
    assert!(e.iter().any(|e| e.event == Category::Retreat), "{s}: {e:?}");
}

#[test]
fn a_crowd_clashing_with_police_protests_violently() {
    // Actor mentions with their sectors, as the recognizer gives them.
    let mentions = |s: &str, actors: &[(&str, &str)]| -> Vec<ActorMention> {
        actors
            .iter()
            .filter_map(|&(t, sector)| {
                let start = s.find(t)?;
                Some(ActorMention {
                    text: t.to_string(),
                    start,
                    end: start + t.len(),
                    kind: ActorKind::Organization,
                    country: None,
                    sector: Some(sector.to_string()),
                    id: None,
                    name: None,
                })
            })
            .collect()
    };
    for (lang, s, crowd, police) in [
        (
            "en",
            "Protesters clashed with police in the capital on Friday.",
            "Protesters",
            "police",
        ),
        (
            "it",
            "I manifestanti si sono scontrati con la polizia venerdì.",
            "manifestanti",
            "polizia",
        ),
    ] {
        let e = code_mentions(lang, s, &mentions(s, &[(crowd, "CVL"), (police, "COP")]));
        assert!(
            e.iter()
                .any(|e| e.event == Category::Protest && e.mode.as_deref() == Some("riot")),
            "{s}: {e:?}"
        );
        assert!(!e.iter().any(|e| e.event == Category::Assault), "{s}: {e:?}");
    }
    // Armed sides clashing fight.
    let s = "Rebels clashed with police in the capital on Friday.";
    let e = code_mentions("en", s, &mentions(s, &[("Rebels", "REB"), ("police", "COP")]));
    assert!(e.iter().any(|e| e.event == Category::Assault), "{s}: {e:?}");
}

/// Norvalia, Kessia and a third invented state, Tavaria (TAV).
const THREE_STATES: &[(&str, ActorKind, Option<&str>)] = &[
    ("Norvalia", ActorKind::Country, Some("NOR")),
    ("Kessia", ActorKind::Country, Some("KES")),
    ("Tavaria", ActorKind::Country, Some("TAV")),
];

/// Whether some event, whatever its category, goes from `source` to `recipient`.
fn linked(events: &[Event], source: &str, recipient: &str) -> bool {
    events
        .iter()
        .any(|e| dyad(e) == (source.to_string(), recipient.to_string()))
}

#[test]
fn a_name_before_a_hostile_act_noun_is_its_author() {
    // English puts the owner before the noun, even inside a preposition's
    // phrase; the clause subject only talks about the act.
    for s in [
        "Kessia published a study of the Norvalia sanctions on Tavaria.",
        "Kessia has seen the effects of the Norvalia air strikes on Tavaria.",
    ] {
        let e = code_in("en", s, THREE_STATES);
        assert!(linked(&e, "Norvalia", "Tavaria"), "{s}: {e:?}");
        assert!(!linked(&e, "Kessia", "Tavaria"), "{s}: {e:?}");
    }
    // Italian names the owner in the genitive after the noun, as before.
    let s = "La Kessia ha detto che le sanzioni della Norvalia contro la Tavaria danneggiano il commercio.";
    let e = code_in("it", s, THREE_STATES);
    assert!(linked(&e, "Norvalia", "Tavaria"), "{s}: {e:?}");
    // A trigger opened by a preposition modifies nothing before it.
    let s = "Kessia placed its troops in Norvalia on alert.";
    let e = code_in("en", s, THREE_STATES);
    assert!(!e.iter().any(|e| dyad(e).0 == "Norvalia"), "{s}: {e:?}");
}

#[test]
fn a_request_to_change_a_measure_is_addressed_to_its_author() {
    for (lang, s) in [
        ("en", "Kessia urged a review of the Norvalia sanctions on Tavaria."),
        (
            "en",
            "Kessia asked for the lifting of the sanctions imposed by Norvalia on Tavaria.",
        ),
        (
            "it",
            "La Kessia ha sollecitato il riesame delle sanzioni della Norvalia contro la Tavaria.",
        ),
        (
            "it",
            "La Kessia ha chiesto la revoca dell'embargo della Norvalia contro la Tavaria.",
        ),
    ] {
        let e = code_in(lang, s, THREE_STATES);
        assert!(coded(&e, Category::Request, "Kessia", "Norvalia"), "{s}: {e:?}");
        assert!(!coded(&e, Category::Request, "Kessia", "Tavaria"), "{s}: {e:?}");
    }
    // An addressee named outright keeps the request.
    for (lang, s) in [
        ("en", "Kessia asked Tavaria for a review of the Norvalia sanctions."),
        (
            "it",
            "La Kessia ha chiesto alla Tavaria una revisione delle sanzioni della Norvalia.",
        ),
    ] {
        let e = code_in(lang, s, THREE_STATES);
        assert!(coded(&e, Category::Request, "Kessia", "Tavaria"), "{s}: {e:?}");
    }
}

#[test]
fn a_dative_before_a_given_term_is_its_recipient() {
    // Whatever category the term gets, who sets it and who must meet it stay
    // apart ("dato … tempo fino a" is in the ultimatum test above).
    let s = "La Norvalia ha concesso alla Kessia tempo fino a lunedì per lasciare il confine.";
    let e = code_in("it", s, THREE_STATES);
    assert!(linked(&e, "Norvalia", "Kessia"), "{s}: {e:?}");
    assert!(!linked(&e, "Kessia", "Norvalia"), "{s}: {e:?}");
}

#[test]
fn a_phrase_tying_the_speaker_to_another_party_does_not_make_that_party_speak() {
    for (lang, s) in [
        (
            "en",
            "The envoy of Norvalia to Tavaria said on Monday that Kessia must withdraw its troops.",
        ),
        (
            "it",
            "L'inviato della Norvalia in Tavaria ha detto lunedì che la Kessia deve ritirare le truppe.",
        ),
    ] {
        let e = code_in(lang, s, THREE_STATES);
        assert!(coded(&e, Category::Request, "Norvalia", "Kessia"), "{s}: {e:?}");
        assert!(!e.iter().any(|e| dyad(e).0 == "Tavaria"), "{s}: {e:?}");
    }
    // The head of a body speaks for it: "of" names whose head it is.
    let s = "The head of Norvalia said on Monday that Kessia must withdraw its troops.";
    let e = code_in("en", s, THREE_STATES);
    assert!(coded(&e, Category::Request, "Norvalia", "Kessia"), "{s}: {e:?}");
}

#[test]
fn a_future_receive_verb_written_with_its_accent_is_one() {
    // Tokens are folded ("riceverà" reads "ricevera"): the lexicon lists the folded form.
    let s = "La Norvalia riceverà aiuti militari dalla Kessia.";
    let e = code_in("it", s, THREE_STATES);
    assert!(coded(&e, Category::Aid, "Kessia", "Norvalia"), "{s}: {e:?}");
}

#[test]
fn the_subjects_own_state_named_as_owner_is_not_the_party_reached() {
    let a: &[(&str, ActorKind, Option<&str>)] = &[
        ("Brannigan", ActorKind::Person, Some("NOR")),
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
    ];
    for (lang, s) in [
        ("en", "Brannigan closed Norvalia's borders with Kessia."),
        ("it", "Brannigan ha chiuso i confini della Norvalia con la Kessia."),
    ] {
        let e = code_in(lang, s, a);
        assert!(linked(&e, "Brannigan", "Kessia"), "{s}: {e:?}");
        assert!(!linked(&e, "Brannigan", "Norvalia"), "{s}: {e:?}");
    }
    // With no party after it, the state is what is judged.
    let s = "Brannigan defended Norvalia's decision.";
    let e = code_in("en", s, a);
    assert!(linked(&e, "Brannigan", "Norvalia"), "{s}: {e:?}");
}

#[test]
fn a_capitalised_trigger_inside_a_name_is_no_act() {
    let e = code(
        "en",
        "Officials of the Free Kessia Army met reporters in Norvalia.",
        NORVALIA_KESSIA,
    );
    assert!(!e.iter().any(|e| e.event == Category::Retreat), "{e:?}");
    let e = code(
        "en",
        "White House Press Secretary Jane Doe said Norvalia would reply.",
        &NORVALIA_KESSIA[..1],
    );
    assert!(!e.iter().any(|e| e.event == Category::Request), "{e:?}");
    // a title-case headline capitalises every word: the verb is still one
    let e = code("en", "Norvalia Frees Kessia Prisoners After Talks", NORVALIA_KESSIA);
    assert!(e.iter().any(|e| e.event == Category::Retreat), "{e:?}");
    // a named meeting is still a meeting
    let e = code(
        "en",
        "Norvalia attended the Kessia Peace Summit on Monday.",
        NORVALIA_KESSIA,
    );
    assert!(e.iter().any(|e| e.event == Category::Consult), "{e:?}");
}

#[test]
fn the_end_of_a_year_or_a_modified_span_is_no_act() {
    for (lang, s) in [
        ("en", "Norvalia will send tanks to Kessia by the end of 2027."),
        (
            "en",
            "Norvalia will send tanks to Kessia by the end of the current decade.",
        ),
        ("en", "Kessia called the treaty with Norvalia the end of an era."),
        (
            "it",
            "La Norvalia invierà carri armati alla Kessia entro la fine del 2027.",
        ),
        (
            "it",
            "La Norvalia invierà carri armati alla Kessia entro la fine del prossimo decennio.",
        ),
    ] {
        let e = code(lang, s, NORVALIA_KESSIA);
        assert!(!e.iter().any(|e| e.event == Category::Sanction), "{s}: {e:?}");
    }
    // the end of something else is still an act
    let s = "Norvalia announced the end of its aid to Kessia.";
    let e = code("en", s, NORVALIA_KESSIA);
    assert!(e.iter().any(|e| e.event == Category::Sanction), "{s}: {e:?}");
}

#[test]
fn a_dateline_lends_no_words_to_a_noun_phrase_role() {
    // With no actor after the dateline, the source is a noun phrase of the
    // sentence proper, never one starting inside the dateline.
    for (lang, s) in [
        (
            "en",
            "VELDRA, Norvalia - Dozens of students staged a sit-in against the authorities.",
        ),
        (
            "it",
            "VELDRA, Norvalia - Decine di studenti hanno organizzato un sit-in contro le autorità.",
        ),
    ] {
        let e = code(lang, s, &[]);
        assert!(e.iter().any(|e| e.event == Category::Protest), "{s}: {e:?}");
        assert!(
            !e.iter()
                .flat_map(|e| e.actor.iter().chain(&e.recipient))
                .any(|r| r.start < s.find(" - ").unwrap_or(0)),
            "{s}: {e:?}"
        );
    }
}

#[test]
fn an_adverb_form_of_a_trigger_verb_is_no_act() {
    for s in [
        "Norvalia was back in Kessia in 2016.",
        "Norvalia will be back, and Kessia is waiting.",
        "Norvalia is taking us back to Kessia.",
        "Norvalia went back and forth with Kessia all day.",
        "Norvalia wants to take its ships back and sail to Kessia.",
    ] {
        let e = code("en", s, NORVALIA_KESSIA);
        assert!(
            !e.iter().any(|e| matches!(e.event, Category::Support | Category::Agree)),
            "{s}: {e:?}"
        );
    }
    // the verbs with their objects are still acts
    let e = code("en", "Norvalia backs Kessia in the vote.", NORVALIA_KESSIA);
    assert!(coded(&e, Category::Support, "Norvalia", "Kessia"), "{e:?}");
    let e = code("en", "Norvalia backed the government of Kessia.", NORVALIA_KESSIA);
    assert!(e.iter().any(|e| e.event == Category::Support), "{e:?}");
    let e = code("en", "Kessia said Norvalia would back up its allies.", NORVALIA_KESSIA);
    assert!(e.iter().any(|e| e.event == Category::Support), "{e:?}");
}

#[test]
fn a_participle_after_a_perfect_auxiliary_is_the_verb() {
    let e = code(
        "it",
        "La Norvalia ha soccorso i pescatori della Kessia.",
        NORVALIA_KESSIA,
    );
    assert!(
        e.iter().any(|e| e.event == Category::Aid && dyad(e).0 == "Norvalia"),
        "{e:?}"
    );
    // the noun keeps its genitive owner
    let e = code(
        "it",
        "Il soccorso della Kessia ai pescatori della Norvalia.",
        NORVALIA_KESSIA,
    );
    assert!(
        !e.iter().any(|e| e.event == Category::Aid && dyad(e).0 == "Norvalia"),
        "{e:?}"
    );
}

#[test]
fn apologies_and_forgiveness_are_support() {
    // CAMEO 055 (apologize) and 056 (forgive) map to SUPPORT in the 2021 table.
    for (lang, s, x, y) in [
        (
            "en",
            "Norvalia apologised to Kessia for the border incident.",
            "Norvalia",
            "Kessia",
        ),
        (
            "en",
            "Kessia forgave Norvalia for the border incident.",
            "Kessia",
            "Norvalia",
        ),
        (
            "it",
            "La Norvalia si è scusata con la Kessia per l'incidente di confine.",
            "Norvalia",
            "Kessia",
        ),
        (
            "it",
            "La Kessia ha perdonato la Norvalia per l'incidente.",
            "Kessia",
            "Norvalia",
        ),
    ] {
        let e = code_in(lang, s, NORVALIA_KESSIA);
        assert!(coded(&e, Category::Support, x, y), "{s}: {e:?}");
        assert!(!e.iter().any(|e| e.event == Category::Concede), "{s}: {e:?}");
    }
}

#[test]
fn a_participle_after_a_word_of_quantity_names_people() {
    // "diversi" is no reflexive infinitive, and after it (or a figure) a
    // participle is a noun: the ones detained are the recipient.
    for s in [
        "La Norvalia ha fermato diversi sospettati al confine.",
        "La Norvalia ha fermato tre sospettati al confine.",
    ] {
        let e = code_in("it", s, NORVALIA_KESSIA);
        assert!(
            e.iter()
                .any(|e| e.event == Category::Coerce && e.recipient.iter().any(|r| r.text.ends_with("sospettati"))),
            "{s}: {e:?}"
        );
    }
}

#[test]
fn an_insult_after_an_object_with_its_own_of_phrase_is_an_accusation() {
    // The object's of- and in-phrases come before the predicate opens.
    for (lang, s) in [
        (
            "en",
            "Norvalia called the ambassador of Kessia in the capital a very stupid man.",
        ),
        (
            "it",
            "La Norvalia ha definito l'ambasciatore della Kessia nella capitale \"un tipo molto stupido\".",
        ),
    ] {
        let e = code_in(lang, s, NORVALIA_KESSIA);
        assert!(e.iter().any(|e| e.event == Category::Accuse), "{s}: {e:?}");
    }
    // A preposition right after the verb still makes another verb ("called on").
    let s = "Norvalia called on the ambassador of Kessia to stop a stupid war.";
    let e = code_in("en", s, NORVALIA_KESSIA);
    assert!(!e.iter().any(|e| e.event == Category::Accuse), "{s}: {e:?}");
    // An article after a later preposition opens that phrase, not a predicate.
    for (lang, s) in [
        (
            "en",
            "Norvalia called the envoys of Kessia to a meeting on the stupid rumours.",
        ),
        (
            "it",
            "La Norvalia ha chiamato gli inviati della Kessia a un incontro sulle stupide voci.",
        ),
    ] {
        let e = code_in(lang, s, NORVALIA_KESSIA);
        assert!(!e.iter().any(|e| e.event == Category::Accuse), "{s}: {e:?}");
    }
}

#[test]
fn the_present_of_dare_before_a_dative_gives_a_term() {
    // "dà" folds to "da"; before "a/alla" it is the verb, not the preposition.
    for s in [
        "La Norvalia dà alla Kessia tempo fino a mezzanotte per ritirare le truppe.",
        "La Norvalia dà alla Kessia un ultimatum.",
    ] {
        let e = code_in("it", s, NORVALIA_KESSIA);
        assert!(coded(&e, Category::Threaten, "Norvalia", "Kessia"), "{s}: {e:?}");
    }
    // The preposition gives nothing: no one sets this term.
    let s = "Da lunedì la Kessia ha tempo fino a venerdì per ritirare le truppe.";
    let e = code_in("it", s, NORVALIA_KESSIA);
    assert!(!e.iter().any(|e| e.event == Category::Threaten), "{s}: {e:?}");
}

#[test]
fn the_pair_after_between_are_the_parties_of_an_event_noun() {
    let a = [
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
    ];
    // An article before the first of the pair leaves it the noun's party.
    for (lang, text) in [
        (
            "en",
            "Trade cooperation between the Norvalia and the Kessia of old has deepened since the treaty, the minister said.",
        ),
        (
            "it",
            "La collaborazione commerciale tra la Norvalia e la Kessia si è intensificata dopo il trattato, ha spiegato il ministro.",
        ),
    ] {
        let e = code_in(lang, text, &a);
        assert!(coded(&e, Category::Cooperate, "Norvalia", "Kessia"), "{lang}: {e:?}");
    }
    // As the of-phrase of a noun of measure the cooperation is a topic;
    // after a noun of change it is still the act reported.
    let e = code_in(
        "it",
        "Gli analisti discutono la durata della cooperazione tra la Norvalia e la Kessia.",
        &a,
    );
    assert!(!coded(&e, Category::Cooperate, "Norvalia", "Kessia"), "{e:?}");
    let e = code_in(
        "en",
        "Officials announced the resumption of cooperation between the Norvalia and the Kessia of old on fisheries.",
        &a,
    );
    assert!(coded(&e, Category::Cooperate, "Norvalia", "Kessia"), "{e:?}");
}

#[test]
fn the_subject_of_a_threats_condition_is_the_one_threatened() {
    let a = [
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
        ("Lunaria", ActorKind::Country, Some("LUN")),
    ];
    for (lang, text) in [
        (
            "en",
            "Norvalia threatened that if Kessia kept the port closed to its ships, it would halt gas exports to Lunaria.",
        ),
        (
            "it",
            "La Norvalia ha minacciato che, qualora la Kessia tenesse chiuso il porto alle sue navi, sospenderebbe l'export di gas verso Lunaria.",
        ),
    ] {
        let e = code_in(lang, text, &a);
        assert!(coded(&e, Category::Threaten, "Norvalia", "Kessia"), "{lang}: {e:?}");
    }
}

#[test]
fn a_phrase_of_circumstance_is_no_object_and_its_act_is_not_the_subjects() {
    let a = [
        ("Kessian foreign minister", ActorKind::Person, Some("KES")),
        ("ministro degli Esteri kessiano", ActorKind::Person, Some("KES")),
        ("Norway", ActorKind::Country, Some("NOR")),
        ("Norvegia", ActorKind::Country, Some("NOR")),
        ("court", ActorKind::Organization, None),
        ("Kessia", ActorKind::Country, Some("KES")),
        ("Lunarian government", ActorKind::Organization, Some("LUN")),
        ("polizia", ActorKind::Organization, None),
    ];
    // What "following" governs is when and why, not whom the cancelling reaches.
    let e = code_in(
        "en",
        "The Kessian foreign minister has cancelled a planned visit to Norway following a court ruling in Oslo.",
        &a,
    );
    assert!(
        coded(&e, Category::Reject, "Kessian foreign minister", "Norway"),
        "{e:?}"
    );
    assert!(
        !e.iter().any(|e| e.recipient.iter().any(|r| r.text == "court")),
        "{e:?}"
    );
    // "amid protests by Y": the protests are not Kessia's.
    let e = code_in(
        "en",
        "Kessia imposed new sanctions on Norway amid protests by the Lunarian government.",
        &a,
    );
    assert!(coded(&e, Category::Coerce, "Kessia", "Norway"), "{e:?}");
    assert!(
        !e.iter()
            .any(|e| e.event == Category::Protest && e.actor.iter().any(|s| s.text == "Kessia")),
        "{e:?}"
    );
    let e = code_in(
        "it",
        "Il ministro degli Esteri kessiano ha annullato la visita in Norvegia durante le proteste della polizia.",
        &a,
    );
    assert!(
        coded(&e, Category::Reject, "ministro degli Esteri kessiano", "Norvegia"),
        "{e:?}"
    );
    assert!(
        !e.iter()
            .any(|e| e.event == Category::Protest && e.actor.iter().any(|s| s.text.contains("ministro"))),
        "{e:?}"
    );
}

#[test]
fn a_date_inside_the_object_phrase_does_not_break_it() {
    let a = [
        ("primo ministro norvaliano", ActorKind::Person, Some("NOR")),
        ("Dario Venn", ActorKind::Person, Some("KES")),
    ];
    // The owner at the end of the object phrase ("in onore di X") is still
    // reached across the date between verb and object.
    let e = code_in(
        "it",
        "Il primo ministro norvaliano offrirà il 3 marzo un pranzo in onore di Dario Venn.",
        &a,
    );
    assert!(
        coded(&e, Category::Agree, "primo ministro norvaliano", "Dario Venn"),
        "{e:?}"
    );
}

#[test]
fn an_undated_restatement_of_a_dated_event_is_the_same_event() {
    let a = [
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
    ];
    let e = code_every(
        "it",
        "Intesa sul grano tra Norvalia e Kessia\n\nLa Norvalia ha firmato lunedì un accordo sul grano con la Kessia.",
        &a,
    );
    let signed: Vec<&Event> = e.iter().filter(|e| e.event == Category::Support).collect();
    assert_eq!(signed.len(), 1, "{e:?}");
    assert_eq!(signed[0].date.as_deref(), Some("2024-06-17"), "{e:?}");
    // With no dated report of it in the article, the headline's act stays.
    let e = code_every(
        "it",
        "Intesa sul grano tra Norvalia e Kessia\n\nI mercati hanno reagito con calma.",
        &a,
    );
    assert!(coded(&e, Category::Support, "Norvalia", "Kessia"), "{e:?}");
    // A background act of years ago is another act: the headline's news stays.
    let e = code_every(
        "it",
        "Intesa sul grano tra Norvalia e Kessia\n\nLa Norvalia aveva firmato nel 2019 un accordo sul grano con la Kessia.",
        &a,
    );
    let signed = e.iter().filter(|e| e.event == Category::Support).count();
    assert_eq!(signed, 2, "{e:?}");
}

#[test]
fn an_order_is_a_demand_unless_what_it_orders_is_an_act() {
    let a = [
        ("Kessian police", ActorKind::Organization, Some("KES")),
        ("Kessian government", ActorKind::Organization, Some("KES")),
        ("Comando della polizia kessiana", ActorKind::Organization, Some("KES")),
        ("Dario Venn", ActorKind::Person, None),
        ("Il Foglio", ActorKind::Organization, None),
    ];
    let e = code_in(
        "en",
        "The Kessian police ordered Dario Venn to report to the station on Friday.",
        &a,
    );
    assert!(coded(&e, Category::Request, "Kessian police", "Dario Venn"), "{e:?}");
    let e = code_in(
        "it",
        "Il Comando della polizia kessiana ha ordinato che Dario Venn si presenti in caserma venerdì.",
        &a,
    );
    assert!(
        coded(&e, Category::Request, "Comando della polizia kessiana", "Dario Venn"),
        "{e:?}"
    );
    // Ordering goods or being ordained demands nothing of anyone.
    for (lang, text) in [
        (
            "en",
            "The Kessian government ordered 40 patrol boats from a Norvalian yard.",
        ),
        ("it", "Dario Venn è stato ordinato sacerdote a Kessia nel 2001."),
    ] {
        let e = code_in(lang, text, &a);
        assert!(!e.iter().any(|e| e.event == Category::Request), "{lang}: {e:?}");
    }
    // The act ordered is the event, by the one who orders.
    for (lang, text) in [
        (
            "en",
            "The Kessian government ordered Il Foglio to suspend publication for a month.",
        ),
        ("en", "The Kessian police ordered the arrest of Dario Venn."),
        (
            "it",
            "Il Comando della polizia kessiana ha ordinato l'arresto di Dario Venn.",
        ),
    ] {
        let e = code_in(lang, text, &a);
        assert!(e.iter().any(|e| e.event == Category::Coerce), "{lang}: {e:?}");
        assert!(!e.iter().any(|e| e.event == Category::Request), "{lang}: {e:?}");
    }
}

#[test]
fn a_term_goes_to_the_dative_of_the_verb_that_sets_it() {
    let a = [
        ("Kessia", ActorKind::Country, Some("KES")),
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Lunaria", ActorKind::Country, Some("LUN")),
    ];
    // The party after the noun is the target of the act the term is for.
    let e = code_in(
        "it",
        "La Kessia ha fissato alla Norvalia una scadenza di tre giorni per il ritiro dei soldati schierati contro la Lunaria.",
        &a,
    );
    assert!(coded(&e, Category::Threaten, "Kessia", "Norvalia"), "{e:?}");
    assert!(!coded(&e, Category::Threaten, "Kessia", "Lunaria"), "{e:?}");
}

#[test]
fn an_event_noun_after_a_topic_preposition_and_its_modifiers_is_a_topic() {
    let a = [
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
    ];
    for (lang, text) in [
        (
            "it",
            "La Norvalia ha convocato l'ambasciatore della Kessia in merito al recente attacco contro un peschereccio.",
        ),
        (
            "en",
            "Norvalia summoned the Kessian ambassador regarding the recent deadly attack on a fishing boat.",
        ),
    ] {
        let e = code_in(lang, text, &a);
        assert!(!e.iter().any(|e| e.event == Category::Assault), "{lang}: {e:?}");
    }
    // "circa" and "about" also count: what follows them is no topic.
    let e = code_in(
        "it",
        "La Kessia ha compiuto circa una ventina di attacchi contro la Norvalia.",
        &a,
    );
    assert!(coded(&e, Category::Assault, "Kessia", "Norvalia"), "{e:?}");
    let e = code_in("en", "Kessia carried out about twenty deadly attacks on Norvalia.", &a);
    assert!(coded(&e, Category::Assault, "Kessia", "Norvalia"), "{e:?}");
}

#[test]
fn after_a_verb_of_giving_a_thing_given_is_no_recipient_when_a_dative_phrase_follows() {
    // A name that is no party (the title of a work, typed as a body) before a
    // dative phrase with no name in it: the phrase gets the event, not the
    // title; the figure after the head noun ("3 weeks") starts a phrase of
    // its own.
    let a: &[(&str, ActorKind, Option<&str>)] = &[
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Codex Aureus", ActorKind::Organization, None),
    ];
    for (lang, s, y) in [
        (
            "en",
            "Norvalia returned a gilded Codex Aureus to the abbey's former owners 3 weeks ago.",
            "the abbey's former owners",
        ),
        (
            "it",
            "Nel 1998 la Norvalia ha restituito un Codex Aureus miniato agli eredi dell'abate.",
            "eredi",
        ),
    ] {
        let e = code_in(lang, s, a);
        assert!(coded(&e, Category::Retreat, "Norvalia", y), "{s}: {e:?}");
    }
    // A party as object keeps it: who is sent home is acted on.
    let s = "Norvalia returned the refugees to their villages.";
    let e = code_in("en", s, a);
    assert!(coded(&e, Category::Retreat, "Norvalia", "the refugees"), "{s}: {e:?}");
}

#[test]
fn a_title_run_without_an_article_keeps_the_preposition_before_it() {
    let a: &[(&str, ActorKind, Option<&str>)] = &[
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Ana Petr", ActorKind::Person, Some("CHL")),
    ];
    let s = "Norvalia handed back the keys of the old consulate to Chilean Ambassador Ana Petr.";
    let e = code_in("en", s, a);
    assert!(coded(&e, Category::Retreat, "Norvalia", "Ana Petr"), "{s}: {e:?}");
    // Plural agent nouns are no title: "protesters" ends no run, so the
    // name after it is no prepositional phrase.
    let s = "Under pressure from protesters Norvalia withdrew the bill.";
    let e = code_in("en", s, a);
    assert!(
        e.iter().all(|e| dyad(e).0 == "Norvalia" || dyad(e).0.is_empty()),
        "{s}: {e:?}"
    );
    // An adjective's "to" is no dative: the envoys go into the country.
    let s = "Norvalia sent envoys into Kessia to meet the groups loyal to Chilean Ambassador Ana Petr.";
    let a2: &[(&str, ActorKind, Option<&str>)] = &[
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
        ("Ana Petr", ActorKind::Person, Some("CHL")),
    ];
    let e = code_in("en", s, a2);
    assert!(coded(&e, Category::Aid, "Norvalia", "Kessia"), "{s}: {e:?}");
    assert!(!coded(&e, Category::Aid, "Norvalia", "Ana Petr"), "{s}: {e:?}");
}

#[test]
fn forces_sent_on_a_mission_of_peace_are_aid_to_the_country_served() {
    let a = [
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("United Nations", ActorKind::Organization, Some("UNO")),
        ("Kessia", ActorKind::Country, Some("KES")),
    ];
    for (lang, text) in [
        (
            "en",
            "Norvalia is also sending troops to the peacekeeping force in Kessia, led by the United Nations.",
        ),
        (
            "en",
            "Last spring Norvalia deployed 300 soldiers, with their medics and engineers, to Kessia on a peacekeeping mission.",
        ),
        (
            "it",
            "La Norvalia ha annunciato il dispiegamento di 300 caschi blu in Kessia.",
        ),
    ] {
        let e = code_every(lang, text, &a);
        assert!(coded(&e, Category::Aid, "Norvalia", "Kessia"), "{lang}: {e:?}");
        assert!(!e.iter().any(|e| e.event == Category::Mobilize), "{lang}: {e:?}");
    }
    // Forces sent with no mission of peace still mobilize.
    let e = code_every("en", "Norvalia is sending troops to the border with Kessia.", &a);
    assert!(e.iter().any(|e| e.event == Category::Mobilize), "{e:?}");
    // Peacekeepers arriving serve the place they arrive in; a visitor who
    // goes to see a mission still visits.
    let p = [
        ("Norvalian peacekeepers", ActorKind::Organization, Some("NOR")),
        ("Norvalian minister", ActorKind::Person, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
    ];
    let e = code_every(
        "en",
        "Norvalian peacekeepers arrived in Kessia on Monday to join the mission.",
        &p,
    );
    assert!(coded(&e, Category::Aid, "Norvalian peacekeepers", "Kessia"), "{e:?}");
    let e = code_every(
        "en",
        "The Norvalian minister travelled to Kessia to inspect the peacekeeping force.",
        &p,
    );
    assert!(!e.iter().any(|e| e.event == Category::Aid), "{e:?}");
}

#[test]
fn aid_goes_to_the_place_a_force_or_a_purpose_serves() {
    let a = [
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Ardenian", ActorKind::Organization, None),
        ("Kessia", ActorKind::Country, Some("KES")),
    ];
    // The force a state contributes to serves a place: that place is the recipient.
    let e = code(
        "en",
        "Norvalia would contribute 200 engineers to the Ardenian-led stabilisation mission in Kessia.",
        &a,
    );
    assert!(coded(&e, Category::Aid, "Norvalia", "Kessia"), "{e:?}");
    let e = code(
        "it",
        "La Norvalia ha fornito elicotteri all'Ardenian per la missione in Kessia.",
        &a,
    );
    assert!(coded(&e, Category::Aid, "Norvalia", "Kessia"), "{e:?}");
    // With no recipient, the place inside the gift's purpose is it.
    let e = code_every(
        "en",
        "Norvalia gave 40 million euros to promote farming and clean water in Kessia.",
        &a,
    );
    assert!(coded(&e, Category::Aid, "Norvalia", "Kessia"), "{e:?}");
    let e = code_every(
        "it",
        "La Norvalia ha donato 40 milioni di euro per promuovere l'agricoltura in Kessia.",
        &a,
    );
    assert!(coded(&e, Category::Aid, "Norvalia", "Kessia"), "{e:?}");
}

#[test]
fn the_guest_honoured_is_the_recipient_of_hospitality() {
    let a = [
        ("Norvalian president", ActorKind::Person, Some("NOR")),
        ("presidente norvalese", ActorKind::Person, Some("NOR")),
        ("Tomas Berg", ActorKind::Person, Some("KES")),
    ];
    for (lang, text) in [
        (
            "it",
            "Il presidente norvalese offrirà domani una cena ufficiale in onore di Tomas Berg al palazzo reale.",
        ),
        (
            "en",
            "The Norvalian president will host an official dinner for Tomas Berg after the summit.",
        ),
        (
            "en",
            "The Norvalian president will host a reception in honour of Tomas Berg after the summit.",
        ),
    ] {
        let e = code_in(lang, text, &a);
        assert!(
            e.iter().any(|e| e.actor.iter().any(|r| r.text.contains("president"))
                && e.recipient.iter().any(|r| r.text == "Tomas Berg")),
            "{lang}: {e:?}"
        );
    }
}

#[test]
fn a_verb_read_as_an_adjective_leaves_the_noun_to_the_verb_before() {
    // "free" describes the agreement: the agreement is what was agreed, a
    // formal agreement concluded (CAMEO 057, SUPPORT).
    let e = code(
        "en",
        "Norvalia and Kessia have agreed a historic free trade agreement ahead of the summit.",
        NORVALIA_KESSIA,
    );
    assert!(coded(&e, Category::Support, "Norvalia", "Kessia"), "{e:?}");
}

#[test]
fn a_mission_announced_carries_its_purpose_announced() {
    // The sending is future (AGREE by intent); its purpose, an inquiry, is
    // still the act between the two parties.
    for (lang, text) in [
        (
            "en",
            "Norvalia will send two engineers to Kessia to investigate why the dam failed.",
        ),
        (
            "it",
            "La Norvalia invierà due ingegneri in Kessia per indagare sul crollo della diga.",
        ),
    ] {
        let e = code(lang, text, NORVALIA_KESSIA);
        assert!(coded(&e, Category::Accuse, "Norvalia", "Kessia"), "{lang}: {e:?}");
    }
}

#[test]
fn a_passive_act_goes_to_its_patient_or_to_the_dative_of_giving_not_to_the_place() {
    let a: &[(&str, ActorKind, Option<&str>)] = &[
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
        ("Kessian authorities", ActorKind::Organization, Some("KES")),
    ];
    // A subject with no name is still the patient: the place says where.
    let s = "Dozens of jailed dissidents have been freed by Norvalia in Kessia this week.";
    let e = code_in("en", s, a);
    assert!(coded(&e, Category::Retreat, "Norvalia", "Dozens"), "{s}: {e:?}");
    // After a verb of giving, the dative gets the thing, as in the active.
    let s = "A bronze statue was returned by Norvalia to the Kessian authorities last spring.";
    let e = code_in("en", s, a);
    assert!(
        coded(&e, Category::Retreat, "Norvalia", "Kessian authorities"),
        "{s}: {e:?}"
    );
}

#[test]
fn pressure_as_a_noun_and_an_inferring_must_ask_nothing() {
    let a: &[(&str, ActorKind, Option<&str>)] = &[
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
    ];
    for (lang, s) in [
        ("en", "Norvalia faces mounting pressure over its dispute with Kessia."),
        ("en", "Under pressure the Kessia cabinet resigned on Monday."),
        ("en", "Norvalia said Kessia must have known about the plot."),
        (
            "it",
            "La Norvalia ha detto che la Kessia deve aver saputo del complotto.",
        ),
    ] {
        let e = code_in(lang, s, a);
        assert!(!e.iter().any(|e| e.event == Category::Request), "{s}: {e:?}");
    }
    // After an auxiliary the verb still asks.
    let s = "Norvalia will pressure Kessia to reopen the border.";
    let e = code_in("en", s, a);
    assert!(e.iter().any(|e| e.event == Category::Request), "{s}: {e:?}");
}

#[test]
fn an_italian_bare_da_after_an_act_noun_is_where_it_leaves_and_moved_forces_are_the_means() {
    let a: &[(&str, ActorKind, Option<&str>)] = &[
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
        ("truppe", ActorKind::Organization, None),
    ];
    let s = "La Norvalia ha concluso il ritiro delle truppe dalla Kessia in autunno.";
    let e = code("it", s, a);
    assert!(coded(&e, Category::Retreat, "Norvalia", "Kessia"), "{s}: {e:?}");
    let s = "The withdrawal of troops from Kessia was completed by Norvalia in March.";
    let e = code("en", s, &a[..2]);
    assert!(
        !e.iter().any(|e| e.event == Category::Retreat && dyad(e).0 == "Kessia"),
        "{s}: {e:?}"
    );
    // After a participle "da" still names the author.
    let s = "Il bombardamento rivendicato dalla Norvalia ha colpito la Kessia.";
    let e = code("it", s, &a[..2]);
    assert!(coded(&e, Category::Assault, "Norvalia", "Kessia"), "{s}: {e:?}");
}

#[test]
fn a_gerund_after_a_comma_opens_a_clause_whose_object_is_not_the_acts() {
    let a: &[(&str, ActorKind, Option<&str>)] = &[
        ("Kessian Unity Party", ActorKind::Organization, Some("KES")),
        ("Norvalia", ActorKind::Country, Some("NOR")),
    ];
    // The phrase after "citing" is the gerund's; the referendum is what is boycotted.
    let s = "The Kessian Unity Party boycotted the referendum, citing threats and missing lists.";
    let e = code_in("en", s, a);
    assert!(
        coded(&e, Category::Protest, "Kessian Unity Party", "the referendum"),
        "{s}: {e:?}"
    );
    let s = "The Kessian Unity Party rejected the official results, saying the census office had altered them.";
    let e = code_in("en", s, a);
    assert!(
        coded(&e, Category::Reject, "Kessian Unity Party", "the official results"),
        "{s}: {e:?}"
    );
    // A gerund used as a preposition opens no clause.
    let s = "The Kessian Unity Party denounced the raids, including one on Norvalia.";
    let e = code_in("en", s, a);
    assert!(
        e.iter().any(|e| e.event == Category::Accuse && dyad(e).1 == "Norvalia"),
        "{s}: {e:?}"
    );
}

#[test]
fn a_hyphen_compound_in_ed_stays_inside_its_noun_phrase() {
    let a: &[(&str, ActorKind, Option<&str>)] = &[("Tarvos", ActorKind::Country, Some("TRV"))];
    let s = "Tarvos refused to allow three Kessia-registered ferries to dock at its harbours.";
    let e = code_in("en", s, a);
    assert!(
        coded(&e, Category::Reject, "Tarvos", "three Kessia-registered ferries"),
        "{s}: {e:?}"
    );
}

#[test]
fn the_agent_of_a_weapons_reduced_relative_is_the_attacker() {
    let a: &[(&str, ActorKind, Option<&str>)] = &[
        ("Kessian army", ActorKind::Organization, Some("KES")),
        ("Norvalian navy", ActorKind::Organization, Some("NOR")),
        ("esercito kessiano", ActorKind::Organization, Some("KES")),
        ("marina norvaliana", ActorKind::Organization, Some("NOR")),
    ];
    let s = "The grenades fired by the Kessian army hit a radar post of the Norvalian navy at noon.";
    let e = code_in("en", s, a);
    assert!(
        coded(&e, Category::Assault, "Kessian army", "Norvalian navy"),
        "{s}: {e:?}"
    );
    assert!(!e.iter().any(|e| dyad(e).0.contains("grenades")), "{s}: {e:?}");
}

#[test]
fn two_parties_of_one_country_are_no_identity_without_the_state_or_a_shared_sector() {
    let a: &[(&str, ActorKind, Option<&str>)] = &[
        ("Norvalian appeals court", ActorKind::Organization, Some("NOR")),
        ("Ana Petr", ActorKind::Person, Some("NOR")),
        ("Norvalia", ActorKind::Country, Some("NOR")),
    ];
    // A court and a former minister of one country are two parties.
    let s = "The Norvalian appeals court refused to reduce the fine imposed on Ana Petr.";
    let e = code_in("en", s, a);
    assert!(
        e.iter()
            .any(|e| dyad(e) == ("Norvalian appeals court".to_string(), "Ana Petr".to_string())),
        "{s}: {e:?}"
    );
    // The state is still no counterpart of its own people.
    let s = "Ana Petr criticised the new budget of Norvalia.";
    let e = code_in("en", s, a);
    assert!(!e.iter().any(|e| dyad(e).1 == "Norvalia"), "{s}: {e:?}");
}

#[test]
fn the_with_partner_of_a_meeting_is_another_party_even_of_one_country_and_sector() {
    // Two persons of one country and sector; the with-phrase of a symmetric
    // act names the other side, as a direct object would.
    let person = |s: &str, t: &str| {
        let start = s.find(t).unwrap();
        ActorMention {
            text: t.to_string(),
            start,
            end: start + t.len(),
            kind: ActorKind::Person,
            country: Some("NOR".to_string()),
            sector: Some("ELI".to_string()),
            id: None,
            name: None,
        }
    };
    for (lang, s) in [
        ("en", "Ana Petr held a long meeting on Tuesday with Mirela Dovan."),
        ("en", "Ana Petr met with Mirela Dovan in the capital."),
        ("it", "Ana Petr ha avuto un lungo incontro martedì con Mirela Dovan."),
    ] {
        let e = code_mentions(lang, s, &[person(s, "Ana Petr"), person(s, "Mirela Dovan")]);
        assert!(
            e.iter().any(
                |e| e.event == Category::Consult && dyad(e) == ("Ana Petr".to_string(), "Mirela Dovan".to_string())
            ),
            "{s}: {e:?}"
        );
    }
}

#[test]
fn a_currency_sign_before_a_figure_keeps_the_owner_phrase_unbroken() {
    let a: &[(&str, ActorKind, Option<&str>)] = &[
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
    ];
    let s = "Norvalia reduced tariffs on $35 million of Kessia's timber last week.";
    let e = code_in("en", s, a);
    assert!(coded(&e, Category::Concede, "Norvalia", "Kessia"), "{s}: {e:?}");
}

#[test]
fn a_measure_not_renewed_lapses_and_is_eased() {
    // CAMEO 081 "ease administrative sanctions": a sanction that is not
    // renewed lapses; the lapse is the act (CONCEDE). Renewed, it stays imposed.
    let a = [
        ("Tarvos Council", ActorKind::Organization, Some("TAR")),
        ("Consiglio di Tarvos", ActorKind::Organization, Some("TAR")),
        ("Norvalia", ActorKind::Country, Some("NRV")),
    ];
    for (lang, s) in [
        ("en", "The Tarvos Council failed to extend its import ban on Norvalia."),
        (
            "en",
            "The Tarvos Council did not extend the sanctions against Norvalia.",
        ),
        (
            "it",
            "Il Consiglio di Tarvos non ha rinnovato l'embargo contro Norvalia.",
        ),
    ] {
        let e = code_in(lang, s, &a);
        assert!(
            e.iter()
                .any(|e| e.event == Category::Concede && e.modality == Modality::Asserted)
                && !e
                    .iter()
                    .any(|e| matches!(e.event, Category::Coerce | Category::Sanction)),
            "{s}: {e:?}"
        );
    }
    for (lang, s) in [
        ("en", "The Tarvos Council renewed its sanctions against Norvalia."),
        ("it", "Il Consiglio di Tarvos ha rinnovato l'embargo contro Norvalia."),
    ] {
        let e = code_in(lang, s, &a);
        assert!(
            e.iter()
                .any(|e| matches!(e.event, Category::Coerce | Category::Sanction))
                && !e.iter().any(|e| e.event == Category::Concede),
            "{s}: {e:?}"
        );
    }
}

#[test]
fn an_armed_side_ceasing_its_own_force_de_escalates() {
    // CAMEO 087 "de-escalate military engagement" (0871 declare truce) →
    // CONCEDE: ending one's own operations is no attack. Halting someone
    // else's offensive is not a concession.
    let a = [
        ("Tarvos army", ActorKind::Organization, Some("TAR")),
        ("esercito di Tarvos", ActorKind::Organization, Some("TAR")),
        ("Norvalia", ActorKind::Country, Some("NRV")),
    ];
    for (lang, s) in [
        ("en", "The Tarvos army has ceased its attacks on Norvalia."),
        ("it", "L'esercito di Tarvos ha sospeso i suoi attacchi contro Norvalia."),
        ("en", "The Tarvos army suspended its air strikes on Norvalia."),
        (
            "it",
            "L'esercito di Tarvos ha cessato i propri bombardamenti su Norvalia.",
        ),
    ] {
        let e = code_in(lang, s, &a);
        assert!(
            e.iter().any(|e| e.event == Category::Concede) && !e.iter().any(|e| e.event == Category::Assault),
            "{s}: {e:?}"
        );
    }
    for s in [
        "The Tarvos army launched attacks on Norvalia.",
        "Kessia will sanction the Tarvos army until it ends its raids on Norvalia.",
    ] {
        let e = code_in("en", s, &a);
        assert!(!e.iter().any(|e| e.event == Category::Concede), "{s}: {e:?}");
    }
}

#[test]
fn rolling_back_a_measure_lifts_it() {
    // CAMEO 081 "ease administrative sanctions": "rolled back the sanctions"
    // takes the measure away, like "lifted"; "back" here is no support.
    let a = [
        ("Tarvos government", ActorKind::Organization, Some("TAR")),
        ("Norvalia", ActorKind::Country, Some("NRV")),
    ];
    for s in [
        "The Tarvos government rolled back the sanctions on Norvalia.",
        "The Tarvos government rolled back its export levies on grain from Norvalia.",
    ] {
        let e = code_in("en", s, &a);
        assert!(
            e.iter().any(|e| e.event == Category::Concede)
                && !e
                    .iter()
                    .any(|e| matches!(e.event, Category::Support | Category::Coerce)),
            "{s}: {e:?}"
        );
    }
}

#[test]
fn review_mends_of_session_23_rules() {
    let a: &[(&str, ActorKind, Option<&str>)] = &[
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
        ("Tarvos", ActorKind::Country, Some("TAR")),
        ("Ostrabad", ActorKind::Location, Some("TAR")),
        ("milizie Tarvi", ActorKind::Organization, None),
        ("Tarvi rebels", ActorKind::Organization, None),
    ];
    // A participle anywhere before "da" makes it the agent, not an origin.
    let s = "L'attacco condotto ieri dalla Norvalia ha colpito la Kessia.";
    let e = code_every("it", s, a);
    assert!(coded(&e, Category::Assault, "Norvalia", "Kessia"), "{s}: {e:?}");
    // Named forces withdraw themselves.
    let s = "Il ritiro delle milizie Tarvi dalla Kessia è cominciato.";
    let e = code_every("it", s, a);
    assert!(coded(&e, Category::Retreat, "milizie Tarvi", "Kessia"), "{s}: {e:?}");
    // A name ending like a gerund is a conjunct, no adjunct clause.
    let s = "Norvalia sanctioned Kessia, Ostrabad and Tarvos on Monday.";
    let e = code_every("en", s, a);
    assert!(
        e.iter().any(|e| e.recipient.iter().any(|r| r.text == "Tarvos")),
        "{s}: {e:?}"
    );
    // After a preposition a gerund takes an object: "against attacking X"
    // does not make X the target of the warning.
    let s = "Norvalia warned Kessia against attacking Tarvos.";
    let e = code_every("en", s, a);
    assert!(
        !e.iter().any(|e| e.event == Category::Threaten && dyad(e).1 == "Tarvos"),
        "{s}: {e:?}"
    );
    // Someone else's attacks halted are no de-escalation of one's own.
    let s = "Kessia halted attacks by the Tarvi rebels near the border.";
    let e = code_every("en", s, a);
    assert!(!e.iter().any(|e| e.event == Category::Concede), "{s}: {e:?}");
}

#[test]
fn a_person_after_a_group_with_a_genitive_is_the_head_of_the_merge() {
    let text = "Mayor of Tarvos Mirela Dovan spoke.";
    let mention = |t: &str, kind, sector: Option<&str>, id: Option<&str>| {
        let start = text.find(t).unwrap();
        ActorMention {
            text: t.to_string(),
            start,
            end: start + t.len(),
            kind,
            country: Some("TAR".into()),
            sector: sector.map(str::to_string),
            id: id.map(str::to_string),
            name: None,
        }
    };
    let merged = crate::prepare::merge_contiguous(
        text,
        vec![
            mention("Mayor of Tarvos", ActorKind::Person, Some("GOV"), None),
            mention("Mirela Dovan", ActorKind::Person, Some("GOV"), Some("Q0")),
        ],
    );
    assert_eq!(merged.len(), 1, "{merged:?}");
    assert_eq!(merged[0].id.as_deref(), Some("Q0"), "{merged:?}");
}

#[test]
fn releasing_a_publication_sets_no_one_free() {
    // CAMEO 0841 releases persons; a statement, a recording or figures let
    // out are published.
    for (lang, text) in [
        ("en", "Norvalia released a long statement about the floods on Friday."),
        ("en", "Kessia released new footage of the parade."),
        (
            "it",
            "Il governo della Norvalia ha rilasciato un'intervista alla radio della Kessia.",
        ),
        (
            "it",
            "Il rilascio del rapporto della Norvalia sulla Kessia è atteso domani.",
        ),
    ] {
        let e = code_in(lang, text, &nk());
        assert!(!e.iter().any(|e| e.event == Category::Retreat), "{text}: {e:?}");
    }
    for (lang, text) in [
        ("en", "Norvalia released three Kessian fishermen on Friday."),
        ("it", "La Norvalia ha rilasciato tre pescatori della Kessia."),
        // A publication word before a word for people is a modifier.
        ("en", "Norvalia released a Kessian film crew held since May."),
        ("en", "Norvalia released two Kessian opposition figures from prison."),
    ] {
        let e = code_in(lang, text, &nk());
        assert!(has(&e, Category::Retreat, Some("release")), "{text}: {e:?}");
    }
}

#[test]
fn a_naming_predicate_makes_no_phone_call() {
    // "called X a Y" names or describes X; with no insult in it, the
    // denouncing line does not apply either.
    for text in [
        "Norvalia called the Kessian plan a gamble.",
        "The Norvalian envoy called the Kessian vote an open question.",
    ] {
        let e = code_in("en", text, &nk());
        assert!(!e.iter().any(|e| e.event == Category::Consult), "{text}: {e:?}");
    }
    // A date after the article, or a purpose clause, leaves the call.
    for text in [
        "Norvalia called Kessia a day after the storm.",
        "Norvalia called Kessia to discuss a fishing quota.",
        "Norvalia called Kessia a few hours after the storm.",
        "Norvalia called Kessia a second time on Friday.",
        "Norvalia called Kessia as the storm grew.",
    ] {
        let e = code_in("en", text, &nk());
        assert!(has(&e, Category::Consult, Some("phone")), "{text}: {e:?}");
    }
}

#[test]
fn press_before_a_noun_is_the_press() {
    // "press office", "press secretary": the noun; the verb needs its slot.
    let text = "The Norvalian press office said Kessia had not replied.";
    let e = code_in("en", text, &nk());
    assert!(!e.iter().any(|e| e.event == Category::Request), "{text}: {e:?}");
    let text = "Norvalia will press Kessia to reopen the border.";
    let e = code_in("en", text, &nk());
    assert!(e.iter().any(|e| e.event == Category::Request), "{text}: {e:?}");
}

#[test]
fn coming_back_hands_nothing_back() {
    // "return" with no object is the subject coming back (CAMEO 0842 returns
    // property); forces coming back withdraw.
    for text in [
        "Thousands of Norvalian refugees returned to Kessia last week.",
        "The Norvalian envoy will return to Kessia on Monday.",
        "Norvalia returned to the negotiating table with Kessia.",
        "Returning to the coast was needed to rebuild the Kessian harbour.",
    ] {
        let e = code_in("en", text, &nk());
        assert!(!e.iter().any(|e| e.event == Category::Retreat), "{text}: {e:?}");
        assert!(!e.iter().any(|e| e.event == Category::Agree), "{text}: {e:?}");
    }
    for text in [
        "Norvalia returned the seized fishing boats to Kessia.",
        "Norvalia returned to Kessia last week 40 stolen statues.",
        "Norvalia returned to Kessia the islands it had seized.",
        "Norvalia returned to Kessia two fishing boats.",
        "Norvalia returned on Monday the bodies of the Kessian sailors.",
        "The seized boats were returned by Norvalia to Kessia.",
        "Norvalian troops returned home from Kessia.",
    ] {
        let e = code_in("en", text, &nk());
        assert!(e.iter().any(|e| e.event == Category::Retreat), "{text}: {e:?}");
    }
}

#[test]
fn a_document_opening_the_clause_speaks_for_its_author() {
    let a = &[
        ("governo di Norvalia", ActorKind::Organization, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
    ];
    let s = "Un rapporto del governo di Norvalia ha condannato la Kessia per la repressione.";
    let e = code("it", s, a);
    assert!(
        coded(&e, Category::Accuse, "governo di Norvalia", "Kessia"),
        "{s}: {e:?}"
    );
    let a = &[
        ("Norvalian ministry", ActorKind::Organization, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
    ];
    let s = "A statement by the Norvalian ministry condemned Kessia for the crackdown.";
    let e = code("en", s, a);
    assert!(
        coded(&e, Category::Accuse, "Norvalian ministry", "Kessia"),
        "{s}: {e:?}"
    );
    // Attributed to a document, its author is no subject of the clause.
    let a = &[
        ("Onu", ActorKind::Organization, None),
        ("Kessia", ActorKind::Country, Some("KES")),
    ];
    let s = "Secondo un rapporto dell'Onu hanno condannato la Kessia.";
    let e = code("it", s, a);
    assert!(!e.iter().any(|e| dyad(e).0 == "Onu"), "{s}: {e:?}");
    // A genitive of a place names the document's topic, not its author.
    let a = &[
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Ostra", ActorKind::Location, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
    ];
    for s in [
        "A study of Norvalia's rivers criticised Kessia.",
        "A study of Ostra condemned Kessia for the drought.",
    ] {
        let e = code_in("en", s, a);
        assert!(
            !e.iter().any(|e| dyad(e).0 == "Norvalia" || dyad(e).0 == "Ostra"),
            "{s}: {e:?}"
        );
    }
}

#[test]
fn italian_suspects_detained_are_the_recipient() {
    let a = &[("gendarmeria di Tarvos", ActorKind::Organization, Some("TAR"))];
    let s = "La gendarmeria di Tarvos ha arrestato cinque sospetti in un magazzino.";
    let e = code("it", s, a);
    assert!(
        e.iter()
            .any(|e| e.event == Category::Coerce && dyad(e).1.contains("sospetti")),
        "{s}: {e:?}"
    );
}

#[test]
fn a_vehicle_attacked_stands_for_those_aboard() {
    let a = &[("miliziani tarvi", ActorKind::Organization, Some("TAR"))];
    let s = "I miliziani tarvi hanno bombardato un traghetto nella notte.";
    let e = code("it", s, a);
    assert!(
        e.iter()
            .any(|e| e.event == Category::Assault && dyad(e).1.contains("traghetto")),
        "{s}: {e:?}"
    );
    let a = &[("Tarvi militants", ActorKind::Organization, Some("TAR"))];
    let s = "Tarvi militants shelled a ferry near the coast.";
    let e = code("en", s, a);
    assert!(
        e.iter()
            .any(|e| e.event == Category::Assault && dyad(e).1.contains("ferry")),
        "{s}: {e:?}"
    );
    // Handed over, a vehicle is a thing given, no recipient.
    let a = &[
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
    ];
    let s = "Norvalia donated ten ambulances to help Kessia.";
    let e = code("en", s, a);
    assert!(!e.iter().any(|e| dyad(e).1.contains("ambulances")), "{s}: {e:?}");
}

#[test]
fn the_dative_after_a_relative_clause_on_the_thing_given_gets_it() {
    let a = &[
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
    ];
    let s = "Norvalia sent two cargo planes of grain which had been stored for months in Ostra to Kessia.";
    let e = code("en", s, a);
    assert!(
        e.iter().any(|e| dyad(e) == ("Norvalia".into(), "Kessia".into())),
        "{s}: {e:?}"
    );
    // A dative inside the relative clause, with another clause word after
    // it, is not the receiver.
    let s = "Norvalia sent grain which was stored in Ostra before it went to Kessia.";
    let e = code("en", s, a);
    assert!(!e.iter().any(|e| dyad(e).1 == "Kessia"), "{s}: {e:?}");
    // A relative clause with a subject of its own keeps its dative: the
    // lending or the selling is to that receiver, not the verb before.
    let a = &[
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
        ("Tarvos", ActorKind::Country, Some("TAR")),
    ];
    for s in [
        "Norvalia returned the manuscripts that Kessia had lent to Tarvos.",
        "Norvalia delivered the engines which Kessia had sold to Tarvos.",
    ] {
        let e = code_in("en", s, a);
        assert!(
            !e.iter().any(|e| dyad(e) == ("Norvalia".into(), "Tarvos".into())),
            "{s}: {e:?}"
        );
    }
}

#[test]
fn an_s_form_after_an_article_possessive_or_figure_is_the_plural_noun() {
    // A finite verb never follows an article, a possessive or a figure: there
    // the "-s" form is the plural noun, and "hit" has no noun line of its own.
    let a = [
        ("Mirela Dovan", ActorKind::Person, Some("TAR")),
        ("Tarvos Opera", ActorKind::Organization, Some("TAR")),
    ];
    for s in [
        "Mirela Dovan will sing her greatest hits at the Tarvos Opera.",
        "Mirela Dovan sang all of her hits at the Tarvos Opera.",
        "Mirela Dovan counted 14 hits at the Tarvos Opera.",
    ] {
        let e = code_in("en", s, &a);
        assert!(
            !e.iter()
                .any(|e| matches!(e.event, Category::Assault | Category::Threaten)),
            "{s}: {e:?}"
        );
    }
    let e = code_in("en", "Norvalia hits Kessia with new strikes.", NORVALIA_KESSIA);
    assert!(coded(&e, Category::Assault, "Norvalia", "Kessia"), "{e:?}");
    // "One" counts no plural and a year counts nothing: the verb stays.
    let a = [
        ("Kessia", ActorKind::Country, Some("KES")),
        ("Tarvos", ActorKind::Country, Some("TAR")),
    ];
    for s in [
        "One senator accuses Kessia of fraud.",
        "In 2031 militia commander threatens Tarvos with reprisals.",
    ] {
        let e = code_in("en", s, &a);
        assert!(
            e.iter()
                .any(|e| matches!(e.event, Category::Accuse | Category::Threaten)),
            "{s}: {e:?}"
        );
    }
}

#[test]
fn a_noun_homograph_right_after_a_name_with_its_object_is_the_verb() {
    // "Kessia arms the rebels": the bare present after its subject's name.
    let e = code_in("en", "Norvalia arms the rebels in Kessia.", NORVALIA_KESSIA);
    assert!(e.iter().any(|e| e.event == Category::Aid), "{e:?}");
    // No object opens after it: the noun of "the Norvalia arms embargo".
    for s in [
        "The Norvalia arms embargo on Kessia was renewed.",
        "Norvalia arms reached Kessia last week.",
    ] {
        let e = code_in("en", s, NORVALIA_KESSIA);
        assert!(!e.iter().any(|e| e.event == Category::Aid), "{s}: {e:?}");
    }
}

#[test]
fn leave_pending_or_needed_is_not_refused() {
    // CAMEO 124 needs leave withheld; leave not yet given is pending, and
    // leave that the subject needs is not the subject's to give.
    let a = [
        ("Tarvos government", ActorKind::Organization, Some("TAR")),
        ("governo di Tarvos", ActorKind::Organization, Some("TAR")),
        ("Mirela Dovan", ActorKind::Person, Some("TAR")),
    ];
    for (lang, s) in [
        (
            "en",
            "The Tarvos government has not yet given its approval to Mirela Dovan.",
        ),
        (
            "en",
            "The Tarvos government has not yet granted permission to Mirela Dovan.",
        ),
        (
            "en",
            "Mirela Dovan did not need permission from the Tarvos government for the festival.",
        ),
        (
            "it",
            "Il governo di Tarvos non ha ancora concesso l'autorizzazione a Mirela Dovan.",
        ),
    ] {
        let e = code_in(lang, s, &a);
        assert!(!e.iter().any(|e| e.event == Category::Reject), "{s}: {e:?}");
    }
    for s in [
        "The Tarvos government did not grant permission to Mirela Dovan.",
        "Yet the Tarvos government did not grant permission to Mirela Dovan.",
        "Still, the Tarvos government did not grant permission to Mirela Dovan.",
    ] {
        let e = code_in("en", s, &a);
        assert!(has(&e, Category::Reject, Some("yield")), "{s}: {e:?}");
    }
}

#[test]
fn a_measure_extended_to_a_party_is_widened_not_prolonged() {
    // Not carried to a new party, a measure does not lapse for anyone: no
    // CONCEDE. Not prolonged in time ("against X", "to next year"), it lapses.
    let a = [
        ("Tarvos Council", ActorKind::Organization, Some("TAR")),
        ("Norvalia", ActorKind::Country, Some("NRV")),
    ];
    let s = "The Tarvos Council did not extend the sanctions to Norvalia.";
    let e = code_in("en", s, &a);
    assert!(!e.iter().any(|e| e.event == Category::Concede), "{s}: {e:?}");
    for s in [
        "The Tarvos Council did not extend the sanctions against Norvalia.",
        "The Tarvos Council did not extend the sanctions on Norvalia to next year.",
    ] {
        let e = code_in("en", s, &a);
        assert!(e.iter().any(|e| e.event == Category::Concede), "{s}: {e:?}");
    }
}

#[test]
fn the_charge_of_an_arrest_or_accusation_is_no_event() {
    // The ground a measure alleges is not an act the clause reports.
    let a = [
        ("Norvalian customs", ActorKind::Organization, Some("NOR")),
        ("dogana norvaliana", ActorKind::Organization, Some("NOR")),
        ("Mirela Dovan", ActorKind::Person, Some("TAR")),
        ("Kessia", ActorKind::Country, Some("KES")),
    ];
    for (lang, s) in [
        ("en", "Norvalian customs detained Mirela Dovan for helping Kessia."),
        (
            "en",
            "Norvalian customs detained Mirela Dovan for having helped Kessia.",
        ),
        (
            "it",
            "La dogana norvaliana ha fermato Mirela Dovan per aver aiutato la Kessia.",
        ),
    ] {
        let e = code_in(lang, s, &a);
        assert!(
            e.iter().any(|e| e.event == Category::Coerce) && !e.iter().any(|e| e.event == Category::Aid),
            "{s}: {e:?}"
        );
    }
}

#[test]
fn taking_control_of_a_place_is_seizing_it_in_both_languages() {
    // CAMEO 192 / 1711 → COERCE confiscate, as Italian "prendere il controllo".
    let a = [
        ("Tarvi rebels", ActorKind::Organization, Some("TAR")),
        ("ribelli tarvi", ActorKind::Organization, Some("TAR")),
        ("Ostrabad", ActorKind::Location, Some("KES")),
    ];
    for (lang, s) in [
        ("en", "Tarvi rebels took control of Ostrabad on Monday."),
        ("it", "I ribelli tarvi hanno preso il controllo di Ostrabad lunedì."),
    ] {
        let e = code_in(lang, s, &a);
        assert!(has(&e, Category::Coerce, Some("confiscate")), "{s}: {e:?}");
    }
    // Control of a body taken by vote or office is no seizure; armed
    // forces taking it seize it.
    let a = [
        ("Ivo Maren", ActorKind::Person, Some("NOR")),
        ("Norvalian Labour Party", ActorKind::Organization, Some("NOR")),
        ("Partito laburista norvaliano", ActorKind::Organization, Some("NOR")),
        ("Norvalian troops", ActorKind::Organization, Some("NOR")),
        ("Tarvos Radio", ActorKind::Organization, Some("TAR")),
    ];
    for (lang, s) in [
        (
            "en",
            "Ivo Maren took control of the Norvalian Labour Party after the congress.",
        ),
        (
            "it",
            "Ivo Maren ha preso il controllo del Partito laburista norvaliano dopo il congresso.",
        ),
    ] {
        let e = code_in(lang, s, &a);
        assert!(!e.iter().any(|e| e.event == Category::Coerce), "{s}: {e:?}");
    }
    let s = "Norvalian troops took control of Tarvos Radio.";
    let e = code_in("en", s, &a);
    assert!(has(&e, Category::Coerce, Some("confiscate")), "{s}: {e:?}");
}

#[test]
fn who_dies_of_harm_is_its_victim_and_the_custodian_inflicted_it() {
    let a = &[
        ("Ivo Maren", ActorKind::Person, None),
        ("Kessia", ActorKind::Country, Some("KES")),
        ("Tarvos", ActorKind::Location, Some("NOR")),
    ];
    // The one who died suffered the torture; the state holding the jail inflicted it.
    for s in [
        "The poet Ivo Maren died of torture in a cell in Kessia.",
        "Ivo Maren succumbed in a prison in Tarvos following months of torture.",
    ] {
        let e = code_in("en", s, a);
        let holder = if s.contains("Kessia") { "Kessia" } else { "Tarvos" };
        assert!(coded(&e, Category::Assault, holder, "Ivo Maren"), "{s}: {e:?}");
    }
    // With no one named who inflicted it nor a place of custody, nothing is guessed.
    let s = "Ivo Maren died in Kessia after torture.";
    let e = code_in("en", s, a);
    assert!(!e.iter().any(|e| dyad(e).0 == "Kessia"), "{s}: {e:?}");
    // A subject who tortured and then died is still the torturer.
    let s = "Ivo Maren tortured prisoners in a jail in Kessia and died.";
    let e = code_in("en", s, a);
    assert!(!e.iter().any(|e| dyad(e).1 == "Ivo Maren"), "{s}: {e:?}");
    // A finite verb after the death has a subject of its own: those who
    // died did the harm, however close the place of custody stands.
    let a = &[
        ("Tarvi rebels", ActorKind::Organization, Some("TAR")),
        ("Kessia", ActorKind::Country, Some("KES")),
    ];
    let s = "Tarvi rebels who later died in a jail in Kessia had attacked first.";
    let e = code_in("en", s, a);
    assert!(!e.iter().any(|e| dyad(e).1 == "Tarvi rebels"), "{s}: {e:?}");
}

#[test]
fn an_agentless_arrest_or_expulsion_is_the_act_of_the_state_where_it_happens() {
    let a = &[
        ("Ivo Maren", ActorKind::Person, None),
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
    ];
    for (lang, s) in [
        ("en", "Ivo Maren was arrested on Friday in Norvalia."),
        ("en", "Ivo Maren has been expelled from Norvalia."),
        ("en", "Ivo Maren was freed from a jail in Norvalia."),
        ("it", "Ivo Maren è stato arrestato ieri in Norvalia."),
        ("it", "Ivo Maren è stato liberato dal carcere in Norvalia."),
    ] {
        let e = code_in(lang, s, a);
        assert!(
            e.iter().any(|e| dyad(e) == ("Norvalia".into(), "Ivo Maren".into())),
            "{s}: {e:?}"
        );
    }
    // Freed in a third country that hands people over: no holder is named.
    let s = "Ivo Maren was released in Norvalia.";
    let e = code_in("en", s, a);
    assert!(!e.iter().any(|e| dyad(e).0 == "Norvalia"), "{s}: {e:?}");
    // An agent phrase, even one with no actor, names who acted.
    let s = "Ivo Maren was arrested by masked gunmen in Norvalia.";
    let e = code_in("en", s, a);
    assert!(!e.iter().any(|e| dyad(e).0 == "Norvalia"), "{s}: {e:?}");
    // Other acts keep their place as the setting only.
    let s = "Ivo Maren was wounded in Norvalia.";
    let e = code_in("en", s, a);
    assert!(!e.iter().any(|e| dyad(e).0 == "Norvalia"), "{s}: {e:?}");
    // A place that belongs to a noun after the verb says where that is.
    for s in [
        "Ivo Maren was detained on his way home from exile in Norvalia.",
        "Ivo Maren was expelled from the party in Norvalia.",
    ] {
        let e = code_in("en", s, a);
        assert!(!e.iter().any(|e| dyad(e).0 == "Norvalia"), "{s}: {e:?}");
    }
}

#[test]
fn a_name_after_a_verb_is_its_object_not_the_subject_of_a_bare_present() {
    // After a verb the name is an object ("sold Kessia arms"): "arms" is the
    // noun there, not the bare present with Kessia as its subject.
    let a = [
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
        ("Tarvos", ActorKind::Country, Some("TAR")),
    ];
    let s = "Norvalia sold Kessia arms the militia later turned against Tarvos.";
    let e = code("en", s, &a);
    assert!(
        !e.iter().any(|e| e.event == Category::Aid && dyad(e).0 == "Kessia"),
        "{s}: {e:?}"
    );
    let s = "Norvalia promised Kessia arms this spring.";
    let e = code("en", s, NORVALIA_KESSIA);
    assert!(!e.iter().any(|e| e.event == Category::Aid), "{s}: {e:?}");
    // Opening its clause, the name is the subject.
    let s = "Observers say that Kessia arms the militia in Tarvos.";
    let a = [
        ("Kessia", ActorKind::Country, Some("KES")),
        ("Tarvos", ActorKind::Country, Some("TAR")),
    ];
    let e = code("en", s, &a);
    assert!(
        e.iter().any(|e| e.event == Category::Aid && dyad(e).0 == "Kessia"),
        "{s}: {e:?}"
    );
}

#[test]
fn a_vehicle_used_or_named_elsewhere_is_no_target() {
    // A vehicle stands for those aboard only as the direct object of the
    // attack or seizure: as an instrument, or out of the trigger's object,
    // it is a thing.
    for (lang, s, a) in [
        (
            "en",
            "Tarvi militants attacked using lorries full of explosives.",
            "Tarvi militants",
        ),
        (
            "it",
            "I miliziani Tarvi hanno attaccato con camion carichi di esplosivo.",
            "miliziani Tarvi",
        ),
    ] {
        let e = code(lang, s, &[(a, ActorKind::Organization, Some("TAR"))]);
        assert!(
            !e.iter()
                .any(|e| dyad(e).1.contains("lorries") || dyad(e).1.contains("camion")),
            "{s}: {e:?}"
        );
    }
    let s = "Tarvos police seized two trucks during the night raid.";
    let e = code("en", s, &[("Tarvos police", ActorKind::Organization, Some("TAR"))]);
    assert!(
        !e.iter()
            .any(|e| e.event == Category::Assault && dyad(e).1.contains("trucks")),
        "{s}: {e:?}"
    );
}

#[test]
fn italian_sospetti_names_people_only_when_counted() {
    // "i sospetti di X" are suspicions; "tre sospetti" are people.
    let a = [
        ("Kessia", ActorKind::Country, Some("KES")),
        ("Tarvos", ActorKind::Country, Some("TAR")),
    ];
    let s = "Kessia ha respinto i sospetti di Tarvos.";
    let e = code("it", s, &a);
    assert!(!e.iter().any(|e| dyad(e).1.contains("sospetti")), "{s}: {e:?}");
}

#[test]
fn a_measure_extended_to_a_point_in_time_is_prolonged() {
    // "to mid-2027", "to the middle of next year": a time, not a party.
    let a = [
        ("Tarvos Council", ActorKind::Organization, Some("TAR")),
        ("Norvalia", ActorKind::Country, Some("NRV")),
    ];
    let s = "The Tarvos Council did not extend the Norvalia sanctions to mid-2027.";
    let e = code_in("en", s, &a);
    assert!(e.iter().any(|e| e.event == Category::Concede), "{s}: {e:?}");
}

#[test]
fn the_noun_of_death_has_no_victim() {
    // "minacce di morte": after a preposition "morte" is the noun, and the
    // subject of the clause did not die of the harm that follows.
    let a = [
        ("polizia di Kessia", ActorKind::Organization, Some("KES")),
        ("Tarvos", ActorKind::Country, Some("TAR")),
    ];
    let s = "La polizia di Kessia ha lanciato minacce di morte prima di picchiare i fermati in carcere a Tarvos.";
    let e = code("it", s, &a);
    assert!(!e.iter().any(|e| dyad(e).1 == "polizia di Kessia"), "{s}: {e:?}");
}

#[test]
fn a_quantity_word_after_a_preposition_leaves_the_phrase_governed() {
    // "protests by some X": the phrase after "some" still belongs to "by",
    // so it is no direct object that outranks the measure's own "on"-phrase.
    let a = [("Norvalia", ActorKind::Country, Some("NOR"))];
    let s = "Norvalia cut tariffs on Kessian cheese despite protests by some Norvalia dairy farmers.";
    let e = code("en", s, &a);
    assert!(
        e.iter()
            .any(|e| e.event == Category::Concede && dyad(e).1.contains("Kessian cheese")),
        "{s}: {e:?}"
    );
}

#[test]
fn a_judged_thing_after_the_verb_outranks_the_country_where_it_is() {
    // "criticised the budget in Kessia": the budget is judged, Kessia is
    // where it is; the same for the place of the event after a gerund.
    let a = [
        ("Mirela Dovan", ActorKind::Person, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
    ];
    for (s, thing) in [
        ("Mirela Dovan criticised the budget in Kessia.", Some("the budget")),
        ("Mirela Dovan praised the budget in Kessia.", Some("the budget")),
        (
            "Mirela Dovan blamed the new statute for hurting pensioners in Kessia.",
            None,
        ),
    ] {
        let e = code("en", s, &a);
        assert!(thing.is_none_or(|t| e.iter().any(|e| dyad(e).1 == t)), "{s}: {e:?}");
        assert!(!e.is_empty() && !e.iter().any(|e| dyad(e).1 == "Kessia"), "{s}: {e:?}");
    }
}

#[test]
fn being_critical_of_someone_is_criticism() {
    // CAMEO 111, as "criticize" / "criticare": the adjective with its
    // complement names the one criticised.
    let a = [
        ("Mirela Dovan", ActorKind::Person, Some("NOR")),
        ("Kessian cabinet", ActorKind::Organization, Some("KES")),
        ("governo kessiano", ActorKind::Organization, Some("KES")),
    ];
    for (lang, s, target) in [
        (
            "en",
            "Mirela Dovan has long been critical of the Kessian cabinet.",
            "Kessian cabinet",
        ),
        (
            "it",
            "Mirela Dovan è da tempo molto critica nei confronti del governo kessiano.",
            "governo kessiano",
        ),
    ] {
        let e = code_in(lang, s, &a);
        assert!(coded(&e, Category::Accuse, "Mirela Dovan", target), "{s}: {e:?}");
    }
}

#[test]
fn a_common_noun_before_talks_is_no_party_when_a_with_partner_follows() {
    // "refused new cabinet negotiations with X": "cabinet" modifies the
    // negotiations; X is the one they would be held with.
    let a = [
        ("Mirela Dovan", ActorKind::Person, Some("NOR")),
        ("cabinet", ActorKind::Organization, None),
        ("Ivo Maren", ActorKind::Person, Some("KES")),
    ];
    let s = "Mirela Dovan refused new cabinet negotiations with Ivo Maren.";
    let e = code("en", s, &a);
    assert!(coded(&e, Category::Reject, "Mirela Dovan", "Ivo Maren"), "{s}: {e:?}");
}

#[test]
fn armed_men_pushed_out_of_a_place_are_attacked() {
    // "pushed X out of the valley", "drove X out": by force, as Italian
    // military "cacciare"; a vote or a rival pushing out a minister is none.
    let a = [
        ("Norvalian army", ActorKind::Organization, Some("NOR")),
        ("Kessian militia", ActorKind::Organization, Some("KES")),
    ];
    for s in [
        "The Norvalian army pushed the Kessian militia out of the valley.",
        "The Norvalian army drove the Kessian militia out of the hills.",
    ] {
        let e = code("en", s, &a);
        assert!(
            coded(&e, Category::Assault, "Norvalian army", "Kessian militia"),
            "{s}: {e:?}"
        );
    }
    let s = "Kessian voters drove out the Norvalia party in the spring election.";
    let e = code("en", s, &[("Norvalia party", ActorKind::Organization, Some("NOR"))]);
    assert!(!e.iter().any(|e| e.event == Category::Assault), "{s}: {e:?}");
}

#[test]
fn approving_the_founding_of_a_body_is_aimed_at_its_place() {
    // "approved the creation of X in Y" says what "agreed to set up X in Y"
    // says: the promise is aimed at the place, the new body is what is promised.
    let cases = [
        (
            "it",
            "Il governo di Norvalia ha approvato ieri la creazione dell'Istituto Tarvos a Ostra.",
            "governo di Norvalia",
            "Istituto Tarvos",
        ),
        (
            "en",
            "The Norvalian government agreed to the establishment of the Tarvos Institute in Ostra.",
            "Norvalian government",
            "Tarvos Institute",
        ),
    ];
    for (lang, s, source, body) in cases {
        let a = [
            (source, ActorKind::Organization, Some("NOR")),
            (body, ActorKind::Organization, None),
            ("Ostra", ActorKind::Location, None),
        ];
        let e = code(lang, s, &a);
        assert!(coded(&e, Category::Agree, source, "Ostra"), "{s}: {e:?}");
    }
}

#[test]
fn the_go_between_of_talks_is_no_party_to_them() {
    // "le trattative mediate da X": "da" after a participle of mediating is
    // "by", and the mediator is no target of breaking off the talks; the agent
    // of another participle ("il piano preparato dalla Kessia") still is.
    let a = [
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Lega Tarvos", ActorKind::Organization, Some("TAR")),
        ("Ostra", ActorKind::Location, None),
    ];
    let s = "La Norvalia ha interrotto le trattative mediate dalla Lega Tarvos a Ostra.";
    let e = code("it", s, &a);
    assert!(!e.iter().any(|e| dyad(e).1 == "Lega Tarvos"), "{s}: {e:?}");
    assert!(coded(&e, Category::Sanction, "Norvalia", "Ostra"), "{s}: {e:?}");
    let s = "La Norvalia ha respinto il piano preparato dalla Lega Tarvos.";
    let e = code("it", s, &a[..2]);
    assert!(coded(&e, Category::Reject, "Norvalia", "Lega Tarvos"), "{s}: {e:?}");
}

#[test]
fn joining_someone_for_a_meeting_is_meeting_them() {
    // "joined X for a working dinner" is the meeting; joining X in an act
    // stays cooperation.
    let a = [
        ("Norvalian envoy", ActorKind::Person, Some("NOR")),
        ("Kessian minister", ActorKind::Person, Some("KES")),
    ];
    let s = "The Norvalian envoy joined the Kessian minister for a working dinner at the harbour.";
    let e = code("en", s, &a);
    assert!(
        coded(&e, Category::Consult, "Norvalian envoy", "Kessian minister"),
        "{s}: {e:?}"
    );
    // A mention that ends before its head noun ("the Kessian | minister").
    let s = "Norvalia joined the Kessian minister for talks on the river.";
    let e = code(
        "en",
        s,
        &[
            ("Norvalia", ActorKind::Country, Some("NOR")),
            ("Kessian", ActorKind::Country, Some("KES")),
        ],
    );
    assert!(coded(&e, Category::Consult, "Norvalia", "Kessian"), "{s}: {e:?}");
    assert!(!e.iter().any(|e| e.event == Category::Cooperate), "{s}: {e:?}");
    let s = "The Norvalian envoy joined the Kessian minister in the clean-up of the river.";
    let e = code("en", s, &a);
    assert!(
        !coded(&e, Category::Consult, "Norvalian envoy", "Kessian minister"),
        "{s}: {e:?}"
    );
}

#[test]
fn a_country_stays_the_target_of_a_judgement_on_what_happens_there() {
    // Only a made thing one judges (a budget, a law) outranks the country
    // where it is; unrest, a crackdown or a flood in a country are judged as
    // the country's.
    let a = [
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
    ];
    for s in [
        "Norvalia condemned the unrest in Kessia.",
        "Norvalia denounced the harsh crackdown in Kessia.",
    ] {
        let e = code("en", s, &a);
        assert!(coded(&e, Category::Accuse, "Norvalia", "Kessia"), "{s}: {e:?}");
    }
    let s = "Norvalia condemned the new statute in Kessia.";
    let e = code("en", s, &a);
    assert!(!e.iter().any(|e| dyad(e).1 == "Kessia"), "{s}: {e:?}");
}

#[test]
fn only_a_party_pushed_out_of_a_place_is_attacked() {
    // "drove out of X" moves the subject, "pushed out a statement" issues
    // one, and the injured taken out of a town are carried, not attacked.
    let a = [
        ("Norvalian army", ActorKind::Organization, Some("NOR")),
        ("Ostra", ActorKind::Location, None),
    ];
    for s in [
        "The Norvalian army drove out of Ostra at dawn.",
        "The Norvalian army pushed out a short statement on Ostra.",
        "The Norvalian army drove the injured out of Ostra to a field clinic.",
    ] {
        let e = code("en", s, &a);
        assert!(!e.iter().any(|e| e.event == Category::Assault), "{s}: {e:?}");
    }
}

#[test]
fn joining_someone_for_a_meeting_with_a_third_party_is_no_meeting_with_them() {
    // "joined X for a dinner with Y": the dinner names whom they meet, so X
    // is no party met; a with-phrase of common nouns keeps X the one met.
    let a = [
        ("Norvalia", ActorKind::Country, Some("NOR")),
        ("Kessia", ActorKind::Country, Some("KES")),
        ("Tarvos", ActorKind::Country, Some("TAR")),
    ];
    let s = "Norvalia joined Kessia for a summit with Tarvos.";
    let e = code("en", s, &a);
    assert!(!coded(&e, Category::Consult, "Norvalia", "Kessia"), "{s}: {e:?}");
    let s = "Norvalia joined Kessia for a summit with farmers.";
    let e = code("en", s, &a[..2]);
    assert!(coded(&e, Category::Consult, "Norvalia", "Kessia"), "{s}: {e:?}");
}

#[test]
fn a_plural_demonym_makes_no_name_of_the_capitalised_verb_after_it() {
    // a half title-cased line: "Peruvians" is a group, so "Sought Asylum"
    // after it is the act, not the end of a name
    let s = "Hundreds of Peruvians Sought Asylum in Norvalia last spring.";
    let e = code(
        "en",
        s,
        &[
            ("Peruvians", ActorKind::Person, Some("PER")),
            ("Norvalia", ActorKind::Country, Some("NOR")),
        ],
    );
    assert!(
        e.iter()
            .any(|e| e.event == Category::Request && dyad(e).1 == "Norvalia"),
        "{s}: {e:?}"
    );
}
