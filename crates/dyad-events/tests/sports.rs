//! Match reports through the whole pipeline (recognizer, then coder), on
//! stories written for this test: play is no event between states, while
//! the acts of police and governments around a match still are.

use dyad_actors::ActorRecognizer;
use dyad_events::{Coder, NoPlaces};
use dyad_lexicon::Lexicons;
use dyad_model::{Article, Category, Event};

fn events(lang: &str, text: &str) -> Vec<Event> {
    let lex = Lexicons::embedded();
    let (recognizer, coder) = (ActorRecognizer::new(&lex).unwrap(), Coder::new(&lex).unwrap());
    let article = Article {
        source: "test".into(),
        text: text.to_string(),
        date: Some("2024-06-20".into()),
        ..Default::default()
    };
    let analysis = dyad_text::analyze(article, Some(lang)).expect("analysable");
    let actors = recognizer.recognize(&analysis);
    coder.code(&analysis, &actors, "doc", &NoPlaces).events
}

fn has(events: &[Event], category: Category, source_country: &str) -> bool {
    events
        .iter()
        .any(|e| e.event == category && e.actor.iter().any(|a| a.country.as_deref() == Some(source_country)))
}

#[test]
fn a_match_report_has_no_assaults_between_teams() {
    let en = "Chile beat Peru 3-1 in the World Cup semifinal on Sunday. \
              Peru's goalkeeper made four saves before Chile's second goal in stoppage time. \
              Chile will face Brazil in the final.";
    let e = events("en", en);
    assert!(!has(&e, Category::Assault, "CHL"), "{e:?}");
    let it = "Il Cile ha battuto il Perù 3-1 nella semifinale della Coppa del Mondo. \
              Il portiere del Perù ha parato tre tiri prima del secondo gol del Cile nei tempi supplementari. \
              Il Cile affronterà il Brasile in finale.";
    let e = events("it", it);
    assert!(!has(&e, Category::Assault, "CHL"), "{e:?}");
}

#[test]
fn the_same_verbs_outside_sport_stay_events() {
    let en = "Chile attacked Peru's border posts on Sunday. \
              The goal of the offensive was the coastal road.";
    assert!(has(&events("en", en), Category::Assault, "CHL"));
    let it = "Il Cile ha attaccato i posti di frontiera del Perù domenica. \
              L'obiettivo della partita diplomatica resta la strada costiera.";
    assert!(has(&events("it", it), Category::Assault, "CHL"));
}

#[test]
fn police_and_governments_act_even_in_a_match_report() {
    let en = "Chile beat Peru 3-1 in the World Cup semifinal. \
              Peru's goalkeeper made four saves before Chile's second goal. \
              After the match Chilean police arrested dozens of Peruvian fans.";
    let e = events("en", en);
    assert!(!has(&e, Category::Assault, "CHL"), "play is still no event: {e:?}");
    assert!(
        e.iter()
            .any(|e| e.actor.iter().any(|a| a.sector.as_deref() == Some("COP"))),
        "the arrest by police stays: {e:?}"
    );
}

#[test]
fn a_vote_tally_is_no_score() {
    // One cue ("tennis") and a pair of figures: a tally of votes, no score.
    let en = "Chile accused Peru of fraud after the 5-4 vote on the tennis federation.";
    assert!(has(&events("en", en), Category::Accuse, "CHL"));
    let it = "Il Cile ha accusato il Perù di frode dopo il voto 5-4 sulla federazione di tennis.";
    assert!(has(&events("it", it), Category::Accuse, "CHL"));
}

#[test]
fn one_scored_sentence_does_not_make_a_short_story_a_match_report() {
    // The score sentence itself reports play; the next one is politics.
    let en = "Peru won the tennis tie 3-2 on Sunday. On Monday Chile accused Peru of bribing officials.";
    assert!(has(&events("en", en), Category::Accuse, "CHL"));
    let it = "Il Perù ha vinto la sfida di tennis 3-2 domenica. Lunedì il Cile ha accusato il Perù di corruzione.";
    assert!(has(&events("it", it), Category::Accuse, "CHL"));
}

#[test]
fn match_vocabulary_running_through_a_story_makes_it_a_match_report() {
    // Four sentences with one cue each, none with two and no score: a column
    // on a side's line-up, where "attacked" is play.
    let en = "Chile attacked Peru down the left wing all afternoon. \
              Peru's goalkeeper kept the back line calm. \
              The midfielder from Chile was booked twice. \
              Coaches praised the young defenseman afterwards. \
              Peru face Brazil in the playoff next week.";
    assert!(!has(&events("en", en), Category::Assault, "CHL"));
    let it = "Il Cile ha attaccato il Perù sulla fascia sinistra per tutto il pomeriggio. \
              Il portiere del Perù ha tenuto calma la difesa. \
              Il centrocampista del Cile è stato ammonito due volte. \
              Gli osservatori hanno lodato il giovane attaccante. \
              Il Perù affronterà il Brasile nel girone di ritorno.";
    assert!(!has(&events("it", it), Category::Assault, "CHL"));
    // One cue word of another trade repeated through a story is no game.
    let en = "Chile attacked Peru's border posts on Sunday. \
              Border guards had worked overtime for a month. \
              Their overtime was unpaid, the union said. \
              Overtime rules changed in May. \
              Guards on overtime shifts saw the first shells.";
    assert!(has(&events("en", en), Category::Assault, "CHL"));
    // A singular and its plural are one cue word: "goal" and "goals" with
    // "overtime" and "assist" in a story on a campaign name no game.
    let en = "Chile accused Peru of meddling in the vote on Sunday. \
              The goal of the campaign was a clean vote. \
              Its goals were set in March. \
              Volunteers worked overtime before the count. \
              Monitors came to assist the counting.";
    assert!(has(&events("en", en), Category::Accuse, "CHL"));
}
