//! Lone names in no list (`lone.rs`, phase 4): a Capitalised word inside a
//! sentence that is no common word is a name, typed by the words around it.
//! Sentences and names are invented for these tests.

mod common;

use common::{has, lacks, names};
use dyad_model::ActorKind;

#[test]
fn a_lone_unknown_word_is_a_person_by_default() {
    has(
        "Ieri Zarbatti ha lasciato la riunione in anticipo.",
        "it",
        "Zarbatti",
        ActorKind::Person,
    );
    has(
        "La proposta è stata respinta da Zarbatti senza discussione.",
        "it",
        "Zarbatti",
        ActorKind::Person,
    );
    has(
        "The plan was rejected by Quillfeather without a vote.",
        "en",
        "Quillfeather",
        ActorKind::Person,
    );
    // a speech verb after it
    has(
        "Secondo i dati, Zarbatti dichiara che nulla è cambiato.",
        "it",
        "Zarbatti",
        ActorKind::Person,
    );
    has(
        "Later that day, Quillfeather said the talks had failed.",
        "en",
        "Quillfeather",
        ActorKind::Person,
    );
}

#[test]
fn capitalised_common_words_are_no_names() {
    // words of the language in capitals: institutions, titles, loanwords
    // (phase 5: an institution's head alone after an article is an
    // organization, KIND's convention; see tests/spans.rs)
    has(
        "Il ricorso è stato presentato al Consiglio dopo il voto.",
        "it",
        "Consiglio",
        ActorKind::Organization,
    );
    lacks("La decisione spetta ora allo Stato e non alla Regione.", "it", "Stato");
    lacks("Il Festival si apre domani con un concerto.", "it", "Festival");
    lacks("La Libertà di stampa è in calo, dice il rapporto.", "it", "Libertà");
    lacks("Migranti in arrivo dal Nord e dal Sud del paese.", "it", "Nord");
    lacks("The report was sent to the Committee on Monday.", "en", "Committee");
    // in Italian text a run of common words is a title, not a person
    lacks("Hanno firmato un Public Statement comune.", "it", "Public Statement");
    lacks(
        "Il premio è andato a Nuova Stagione, un film corale.",
        "it",
        "Nuova Stagione",
    );
}

#[test]
fn a_noun_before_the_name_types_it() {
    has(
        "Il prefetto Zarbatti ha firmato l'ordinanza.",
        "it",
        "Zarbatti",
        ActorKind::Person,
    );
    has(
        "La moglie di Zarbatti ha sporto denuncia.",
        "it",
        "Zarbatti",
        ActorKind::Person,
    );
    has(
        "Il sindaco di Pontevaldo ha chiuso le scuole.",
        "it",
        "Pontevaldo",
        ActorKind::Location,
    );
    has(
        "Le scuole del comune di Pontevaldo restano chiuse.",
        "it",
        // KIND's convention (phase 5): the noun belongs to the name
        "comune di Pontevaldo",
        ActorKind::Location,
    );
    has(
        "Il treno è fermo alla stazione Pontevaldo da un'ora.",
        "it",
        "Pontevaldo",
        ActorKind::Location,
    );
    has(
        "Il contratto è stato vinto dalla società Vexalor lo scorso anno.",
        "it",
        "Vexalor",
        ActorKind::Organization,
    );
    has(
        "Floods hit the town of Brambleford on Sunday.",
        "en",
        "Brambleford",
        ActorKind::Location,
    );
    has(
        "Shares of the firm Vexalor fell sharply.",
        "en",
        "Vexalor",
        ActorKind::Organization,
    );
    has("His wife Elowen was not at home.", "en", "Elowen", ActorKind::Person);
}

#[test]
fn an_article_before_the_name_makes_it_an_organization() {
    // Italian and English put no article before a person's name
    has(
        "Il portiere ha firmato per il Vexalor fino al 2027.",
        "it",
        "Vexalor",
        ActorKind::Organization,
    );
    has(
        "I tifosi della Vexalor hanno invaso il campo.",
        "it",
        "Vexalor",
        ActorKind::Organization,
    );
}

#[test]
fn a_common_noun_right_before_makes_a_label() {
    // "il ciclone X", "i premi X": the name of a thing, not a person
    lacks(
        "Il passaggio del ciclone Zarvena ha distrutto i raccolti.",
        "it",
        "Zarvena",
    );
    lacks("Il sistema russo Zarvena è stato provato ieri.", "it", "Zarvena");
    lacks("The cyclone Zarvena hit the coast.", "en", "Zarvena");
}

#[test]
fn form_and_neighbours_give_places() {
    // a known place inside a hyphenated name
    has(
        "Il servizio sulla linea Roma-Pontevaldo riprende domani.",
        "it",
        "Roma-Pontevaldo",
        ActorKind::Location,
    );
    has(
        "Lavori sulla tratta che porta a Milano passando per Brescia-Pontevaldo da lunedì.",
        "it",
        "Brescia-Pontevaldo",
        ActorKind::Location,
    );
    // a province code in brackets after it
    has(
        "La scuola elementare di Pontevaldo (CN) è stata evacuata.",
        "it",
        "Pontevaldo",
        ActorKind::Location,
    );
    // a list with a known place
    has(
        "Le piogge hanno colpito Genova, Pontevaldo e Savona.",
        "it",
        "Pontevaldo",
        ActorKind::Location,
    );
    has(
        "Storms hit Leeds, Brambleford and York overnight.",
        "en",
        "Brambleford",
        ActorKind::Location,
    );
}

#[test]
fn parts_of_longer_names_and_sentence_starts_are_left_alone() {
    // next to another Capitalised word: a longer name this rule cannot type
    lacks("Il treno per Milano Zarvena è in ritardo.", "it", "Zarvena");
    // a sentence start is no evidence against a name (phase 6), but a
    // common word there is no name
    has("Zarbatti è arrivato ieri.", "it", "Zarbatti", ActorKind::Person);
    lacks("Proprio ieri è arrivato.", "it", "Proprio");
    // a word also written in lowercase in the same text is no name
    lacks("Ha detto Frullo, e poi frullo di nuovo il composto.", "it", "Frullo");
}

#[test]
fn no_panic_on_odd_input() {
    for t in [
        "",
        "X",
        "(",
        "a (",
        "Zarbatti (",
        "di Zarbatti",
        "- Zarbatti -",
        "Roma-",
        "-Roma",
        "l'",
        "il ciclone",
        ", e ,",
        "Zàrbàttì-Ñu (CN",
        "città",
    ] {
        let _ = names(t, "it");
        let _ = names(t, "en");
    }
}

#[test]
fn a_sentence_start_name_is_typed_like_a_lone_name() {
    // phase 6: sentence starts are no longer skipped
    has(
        "Zarbatti ha lasciato la riunione in anticipo.",
        "it",
        "Zarbatti",
        ActorKind::Person,
    );
    has(
        "La riunione è finita. Quervani ha detto che tornerà.",
        "it",
        "Quervani",
        ActorKind::Person,
    );
    has(
        "Zarbatti said the talks had failed.",
        "en",
        "Zarbatti",
        ActorKind::Person,
    );
}

#[test]
fn inflected_common_words_open_sentences_without_naming() {
    // adverbs in -mente, finite verbs and participles whose infinitive is
    // common, superlatives, numerals: none is a name
    for s in [
        "Successivamente la riunione è stata sospesa.",
        "Arrestato ieri un uomo di quarant'anni.",
        "Seguono le dichiarazioni dei presenti.",
        "Gravissimo il bilancio della frana.",
        "Tredici persone sono rimaste ferite.",
        "Cerchiamo di capire cosa è successo.",
    ] {
        let first = s.split(' ').next().unwrap_or("");
        lacks(s, "it", first);
    }
    lacks("Reportedly the talks had failed.", "en", "Reportedly");
}

#[test]
fn a_brand_written_with_inner_capitals_is_an_organization() {
    has(
        "Ieri ZarboNet ha annunciato nuovi servizi.",
        "it",
        "ZarboNet",
        ActorKind::Organization,
    );
    has(
        "ZarboNet ha annunciato nuovi servizi.",
        "it",
        "ZarboNet",
        ActorKind::Organization,
    );
    // Gaelic surnames are persons; lowercase-initial products are no name
    has(
        "Ieri McZarbatt ha detto che tornerà.",
        "it",
        "McZarbatt",
        ActorKind::Person,
    );
    lacks("Ieri iZarbo ha ricevuto un aggiornamento.", "it", "iZarbo");
}

#[test]
fn a_cue_before_a_list_types_all_its_members() {
    // the noun before the first member says what the whole list is
    for name in ["Valdorno", "Pescorno", "Brellino"] {
        has(
            "Sono state chiuse le stazioni di Valdorno, Pescorno e Brellino.",
            "it",
            name,
            ActorKind::Location,
        );
    }
    for name in ["Brambleford", "Quillmoor"] {
        has(
            "Floods reached the villages of Brambleford, Quillmoor and Eastwick.",
            "en",
            name,
            ActorKind::Location,
        );
    }
    // a person cue types a list of people
    has(
        "Hanno parlato i figli di Zarbatti, Pellucci e Brondi.",
        "it",
        "Brondi",
        ActorKind::Person,
    );
}

#[test]
fn the_start_of_a_route_to_a_known_place_is_a_place() {
    has(
        "Il treno viaggia da Valdorno a Roma ogni mattina.",
        "it",
        "Valdorno",
        ActorKind::Location,
    );
    has(
        "The bus runs from Brambleford to Leeds every hour.",
        "en",
        "Brambleford",
        ActorKind::Location,
    );
}

#[test]
fn an_italian_adjective_between_a_cue_and_di_keeps_the_cue() {
    has(
        "Gli scontri sono avvenuti nel villaggio georgiano di Valdorno.",
        "it",
        "Valdorno",
        ActorKind::Location,
    );
    has(
        "Il sindaco ha visitato la frazione montana di Brellino.",
        "it",
        "Brellino",
        ActorKind::Location,
    );
}

/// The prepositions of place that make a lone name a place are data, one
/// list per language (`name-cues` place `at`): Italian "a X", English "near
/// X"; the English article "a" is none of them, so "born a X" keeps the
/// surname a person (Phase 20).
#[test]
fn prepositions_of_place_are_per_language() {
    has(
        "Il corteo si è fermato a Varnholt per la notte.",
        "it",
        "Varnholt",
        ActorKind::Location,
    );
    has(
        "The convoy stopped near Varnholt on Monday.",
        "en",
        "Varnholt",
        ActorKind::Location,
    );
    // Italian "vicino X" is English "near X" (Phase 21)
    has(
        "Il convoglio si è fermato vicino Varnholt lunedì.",
        "it",
        "Varnholt",
        ActorKind::Location,
    );
    has(
        "She was born a Varnholt and married a Kessian.",
        "en",
        "Varnholt",
        ActorKind::Person,
    );
}

/// A name in no list whose own head noun is a place's ("Val X", "Monte X",
/// "Mount X"), or whose last word is one ("X Park", "X Island"), is a place,
/// not the person a two-word name defaults to (`name-cues` places `head`
/// and `tail`, Phase 21); a bare article before a closing head still makes
/// a club ("il Varno Park", not "nel Varno Park"), and a person's name takes
/// neither.
#[test]
fn a_place_head_in_the_name_makes_a_place() {
    for (text, name) in [
        ("La frana ha chiuso la strada in Val Tessina.", "Val Tessina"),
        ("I soccorritori hanno raggiunto il Monte Arvo.", "Monte Arvo"),
        (
            "Il vertice si è tenuto a Palazzo Varnesi, sede del governo.",
            "Palazzo Varnesi",
        ),
        ("Il corteo partirà da Norvalia Park alle dieci.", "Norvalia Park"),
        // a building's head noun, even after an article
        (
            "Il concerto si terrà nella Basilica Varnese domenica.",
            "Basilica Varnese",
        ),
    ] {
        has(text, "it", name, ActorKind::Location);
    }
    for (text, name) in [
        ("Hikers were rescued on Mount Tessin yesterday.", "Mount Tessin"),
        ("The march will start from Varno Square at noon.", "Varno Square"),
        ("Fishermen sighted the boat off Kessia Island.", "Kessia Island"),
        ("Mass was held at Varno Cathedral on Sunday.", "Varno Cathedral"),
        // an article after a preposition of place leaves it a place
        ("A concert was held in the Varno Park last night.", "Varno Park"),
    ] {
        has(text, "en", name, ActorKind::Location);
    }
    has(
        "Ha giocato con il Varno Park fino al 2001.",
        "it",
        "Varno Park",
        ActorKind::Organization,
    );
    // an article joined to a preposition of place leaves it a place
    has(
        "La messa si è tenuta nel Varno Park ieri sera.",
        "it",
        "Varno Park",
        ActorKind::Location,
    );
    has(
        "Ieri Marco Tessin ha lasciato la riunione.",
        "it",
        "Marco Tessin",
        ActorKind::Person,
    );
}

#[test]
fn a_compass_point_closing_an_italian_name_makes_a_place() {
    for (text, name) in [
        ("Domani riapre Vessano Sud, dopo due anni di lavori.", "Vessano Sud"),
        ("Il treno ha raggiunto Vessano Ovest in ritardo.", "Vessano Ovest"),
    ] {
        has(text, "it", name, ActorKind::Location);
    }
}

#[test]
fn a_place_noun_names_the_place_after_it_even_with_a_given_name() {
    // stations and districts are named after people
    has(
        "La stazione Sergio Vessani sarà chiusa domani.",
        "it",
        "Sergio Vessani",
        ActorKind::Location,
    );
    has(
        "Hanno chiuso le stazioni di Sergio Vessani e di Porta Lunga.",
        "it",
        "Sergio Vessani",
        ActorKind::Location,
    );
    // a thing of a place may be a person's: no place noun
    has(
        "Il sito di Sergio Vessani è stato chiuso.",
        "it",
        "Sergio Vessani",
        ActorKind::Person,
    );
}

#[test]
fn the_first_noun_of_a_compound_with_di_types_the_name() {
    // "squadra" alone would make a club: the compound's head is "compagno"
    has(
        "Ieri il compagno di squadra Velardo ha segnato due gol.",
        "it",
        "Velardo",
        ActorKind::Person,
    );
    has(
        "Ieri la squadra Velardo ha vinto.",
        "it",
        "Velardo",
        ActorKind::Organization,
    );
}

#[test]
fn a_known_place_coordinated_with_a_longer_name_makes_it_a_place() {
    for text in [
        "Il treno viaggia tra Vessa Alta e Viterbo ogni ora.",
        "La linea va da Vessa Alta a Roma dal 1950.",
    ] {
        has(text, "it", "Vessa Alta", ActorKind::Location);
    }
    has(
        "The road runs between Vessa Heights and Leeds.",
        "en",
        "Vessa Heights",
        ActorKind::Location,
    );
    // a comma alone may open an apposition: the person stays
    has(
        "Il sindaco di Pontevaldo, Sergio Vessani, ha parlato.",
        "it",
        "Sergio Vessani",
        ActorKind::Person,
    );
}

#[test]
fn temples_caves_and_observatories_are_places() {
    for (text, lang, name) in [
        (
            "Migliaia di fedeli nel tempio di Kessa Vani per la festa.",
            "it",
            "Kessa Vani",
        ),
        (
            "I resti sono stati trovati nelle grotte di Vessorra ieri.",
            "it",
            "Vessorra",
        ),
        (
            "Pilgrims crowded the temple of Kessa Vani on Sunday.",
            "en",
            "Kessa Vani",
        ),
    ] {
        has(text, lang, name, ActorKind::Location);
    }
}

#[test]
fn a_given_name_after_a_place_noun_is_the_place() {
    has(
        "Un treno è deragliato nella cittadina di Dolores ieri sera.",
        "it",
        "Dolores",
        ActorKind::Location,
    );
    has(
        "Flooding hit the town of Dolores on Monday.",
        "en",
        "Dolores",
        ActorKind::Location,
    );
    // a thing of a place may be a person's
    has(
        "Un tiro da fuori area di Dolores è finito alto.",
        "it",
        "Dolores",
        ActorKind::Person,
    );
}
