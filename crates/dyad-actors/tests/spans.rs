//! NER span conventions (phase 5): where a name begins and ends, and how a
//! cue types the whole. Sentences and names are invented for these tests.

mod common;

use common::{has, lacks, names, rec};
use dyad_model::ActorKind;

use ActorKind::{Location as LOC, Organization as ORG, Person as PER};

#[test]
fn part_nouns_italian() {
    has(
        "Il paese si trova in provincia di Torino, vicino al confine.",
        "it",
        "provincia di Torino",
        LOC,
    );
    has(
        "Una tempesta ha colpito il golfo del Messico ieri sera.",
        "it",
        "golfo del Messico",
        LOC,
    );
    has(
        "La piena del fiume Trevalda ha allagato le cantine.",
        "it",
        "fiume Trevalda",
        LOC,
    );
    has(
        "Un gruppo di ricercatori dell'università di Torino ha pubblicato lo studio.",
        "it",
        "università di Torino",
        ORG,
    );
    has(
        "Ne ha parlato suor Clelia Ravanetti durante la messa.",
        "it",
        "suor Clelia Ravanetti",
        PER,
    );
    // a noun named in passing stays out of the name
    has(
        "Il corteo ha attraversato la città di Torino in silenzio.",
        "it",
        "Torino",
        LOC,
    );
    lacks(
        "Il corteo ha attraversato la città di Torino in silenzio.",
        "it",
        "città di Torino",
    );
}

#[test]
fn part_nouns_english() {
    has(
        "Floods hit the province of Quebec on Monday.",
        "en",
        "province of Quebec",
        LOC,
    );
    lacks("Floods hit the city of Quebec on Monday.", "en", "city of Quebec");
}

#[test]
fn compass_words() {
    has(
        "Il vento ha soffiato forte sull'Italia meridionale per due giorni.",
        "it",
        "Italia meridionale",
        LOC,
    );
    has(
        "Prima della riunificazione viveva nella Germania Est con la famiglia.",
        "it",
        "Germania Est",
        LOC,
    );
    has(
        "Nuovi arresti nel Nord Italia per la rete di truffe.",
        "it",
        "Nord Italia",
        LOC,
    );
    has(
        "Residents of South Minneapolis gathered on Sunday.",
        "en",
        "South Minneapolis",
        LOC,
    );
}

#[test]
fn person_name_forms() {
    has(
        "Il candidato Carlo F. Marzotti ha parlato a lungo.",
        "it",
        "Carlo F. Marzotti",
        PER,
    );
    has(
        "Lo ha ricordato Massimo D'Avellini in un'intervista.",
        "it",
        "Massimo D'Avellini",
        PER,
    );
    has(
        "Il ministro Nouri al-Haddadi ha lasciato Baghdad.",
        "it",
        "Nouri al-Haddadi",
        PER,
    );
    has(
        "Ha vinto ancora Oscar de la Vega, al terzo titolo.",
        "it",
        "Oscar de la Vega",
        PER,
    );
    has("Morto Giorgio Vasselli, aveva 80 anni", "it", "Giorgio Vasselli", PER);
    has("Mary J. Tallis said the vote was fair.", "en", "Mary J. Tallis", PER);
    // no initial joins an abbreviation
    lacks("Il decreto D. Lgs 81 è in vigore.", "it", "D. Lgs");
}

#[test]
fn organization_then_person() {
    has(
        "Ha parlato il presidente della Fondazione Pietrarossa Carla Vespi ieri.",
        "it",
        "Carla Vespi",
        PER,
    );
    has(
        "Ha parlato il presidente della Fondazione Pietrarossa Carla Vespi ieri.",
        "it",
        "Fondazione Pietrarossa",
        ORG,
    );
    // a country ends an institution's name; a town is where it sits
    has(
        "Lo ha detto il governatore della Banca d'Italia in audizione.",
        "it",
        "Banca d'Italia",
        ORG,
    );
    has("Il ricorso è al Tribunale di Torino da ieri.", "it", "Torino", LOC);
}

#[test]
fn institution_head_alone() {
    has(
        "Il decreto è passato ieri alla Camera, con 300 voti.",
        "it",
        "Camera",
        ORG,
    );
    has("Si attende che la Regione si pronunci sul piano.", "it", "Regione", ORG);
    // a head with a complement is no name by itself
    lacks("La decisione spetta alla Corte suprema entro marzo.", "it", "Corte");
}

#[test]
fn title_articles() {
    has(
        "Lo ha scritto il settimanale Der Kurier in un editoriale.",
        "it",
        "Der Kurier",
        ORG,
    );
    has(
        "Secondo Le Petit Vigneron, la vendemmia è finita.",
        "it",
        "Le Petit Vigneron",
        ORG,
    );
    has(
        "The story was first told by Der Kurier last week.",
        "en",
        "Der Kurier",
        ORG,
    );
}

#[test]
fn clubs_by_cue() {
    has(
        "Scontri tra i tifosi del Torino prima della partita.",
        "it",
        "Torino",
        ORG,
    );
    has("Il sindaco di Torino ha chiuso le scuole.", "it", "Torino", LOC);
}

/// A person's "of/di" place apposition ends at a verb: the role noun after
/// it makes an actor of its own.
#[test]
fn apposition_ends_at_a_verb() {
    for (text, lang) in [
        ("Karim Haddadi of Sudan expelled aid workers.", "en"),
        (
            "Karim Haddadi del Sudan ha espulso gli operatori umanitari e i medici.",
            "it",
        ),
    ] {
        let r = rec().recognize_text(text, lang, None);
        let p = r.mentions.iter().find(|m| m.text == "Karim Haddadi").expect("person");
        assert_eq!(p.sector, None, "{text}: {:?}", r.mentions);
    }
    let r = rec().recognize_text("Karim Haddadi of Sudan expelled aid workers.", "en", None);
    assert!(r.mentions.iter().any(|m| m.text == "workers"), "{:?}", r.mentions);
}

#[test]
fn acronyms_in_a_list_are_no_heading() {
    // phase 6: commas separate the acronyms of a list
    let t = "Hanno votato a favore QZP, KRL e VTM, contro il resto dell'aula.";
    for a in ["QZP", "KRL", "VTM"] {
        has(t, "it", a, ORG);
    }
    // a heading in capitals is still no list of names
    lacks("QZP KRL VTM ANNUNCIATI OGGI", "it", "KRL");
}

#[test]
fn an_acronym_in_brackets_takes_the_type_of_the_name_before() {
    // a town's province code, a place's short form
    has("L'incidente è avvenuto a Milano (QZ) ieri sera.", "it", "QZ", LOC);
    has(
        "Sono arrivati nella Nuova Zelanda (NZL) in mattinata.",
        "it",
        "NZL",
        LOC,
    );
    // an organization's short form stays an organization
    has("La Federazione Zarbattiana (FZB) ha protestato.", "it", "FZB", ORG);
}

#[test]
fn a_letter_and_a_number_after_a_feminine_article_are_a_road() {
    has("Un incidente sulla A19 ha bloccato il traffico.", "it", "A19", LOC);
    has("Il tratto dell'A19 è chiuso.", "it", "A19", LOC);
}

// Phase 11: an organization cue with a singular demonym names one body
// ("il governo tedesco"); with a plural demonym it is a group of bodies or
// people and no name.
#[test]
fn plural_demonym_groups_are_no_names() {
    let text = "Le autorità tedesche e le truppe americane hanno risposto al governo tedesco.";
    lacks(text, "it", "autorità tedesche");
    lacks(text, "it", "truppe americane");
    lacks(text, "it", "autorità");
    has(text, "it", "governo tedesco", ORG);
}

// Phase 11: capitals joined to a number by a hyphen designate a disease, a
// model or a time zone, not an organization.
#[test]
fn hyphenated_codes_are_no_organizations() {
    lacks("I casi di MERS-12 sono saliti, ha detto l'OMS.", "it", "MERS-12");
    lacks("Two XR-7 drones were shot down near the border.", "en", "XR-7");
    has(
        "Two XR-7 drones were shot down near the border, the FBI said.",
        "en",
        "FBI",
        ORG,
    );
}

// Phase 11: a Capitalised "Di", "Del", "Della" inside a sentence, right after
// a given name, is part of the surname ("di" lowercase stays "of").
#[test]
fn capitalised_surname_particles() {
    has(
        "Ieri Marta Di Spirito ha presentato il libro a Pavia.",
        "it",
        "Marta Di Spirito",
        PER,
    );
    has(
        "Ne ha parlato Carlo Della Torrente durante la conferenza.",
        "it",
        "Carlo Della Torrente",
        PER,
    );
    has(
        "The award went to Paolo Di Fiore on Monday.",
        "en",
        "Paolo Di Fiore",
        PER,
    );
}

// Phase 11: an initial before a surname that is also a town's name.
#[test]
fn initial_before_town_surname() {
    has(
        "Il senatore Robert K. Houston ha votato contro.",
        "it",
        "Robert K. Houston",
        PER,
    );
    has(
        "Senator Robert K. Houston voted against the bill.",
        "en",
        "Robert K. Houston",
        PER,
    );
}

// Phase 11: a sentence-initial auxiliary before a participle is no place of
// the same spelling.
#[test]
fn initial_auxiliary_is_no_place() {
    lacks("Ho telefonato al sindaco ieri sera.", "it", "Ho");
    has("Ho Chi Minh è una città del Vietnam.", "it", "Ho Chi Minh", LOC);
}

// Phase 14: Italian news keeps English bodies' names untranslated, so the
// English organization heads type them there too.
#[test]
fn english_heads_in_italian_text() {
    has(
        "Secondo la International League of Free Sailors e Marvel Fishing Council, il porto è chiuso.",
        "it",
        "International League of Free Sailors",
        ORG,
    );
    has(
        "Secondo la International League of Free Sailors e Marvel Fishing Council, il porto è chiuso.",
        "it",
        "Marvel Fishing Council",
        ORG,
    );
}

// Phase 14: a noun naming a kind of body before a name of two or more
// words types it (Italian may put an adjective between); a given name
// first still opens a person.
#[test]
fn cue_noun_types_a_multiword_name() {
    has(
        "Ieri la compagnia genovese Vessa Lumora ha sospeso le partenze.",
        "it",
        "Vessa Lumora",
        ORG,
    );
    has("La squadra Barvo Tellin ha vinto il torneo.", "it", "Barvo Tellin", ORG);
    has(
        "Yesterday the company Vessa Lumora and the club Barvo Tellin signed a deal.",
        "en",
        "Vessa Lumora",
        ORG,
    );
    has(
        "Il presidente dell'azienda Paolo Verdi ha parlato ai giornalisti.",
        "it",
        "Paolo Verdi",
        PER,
    );
}

// Phase 14: a noun before "di/of" types a multi-word name after it as it
// types a lone one.
#[test]
fn of_cue_types_a_multiword_name() {
    has(
        "Il sindaco di Vessa Lumora vive nel distretto di Barvo Tellin.",
        "it",
        "Vessa Lumora",
        LOC,
    );
    has(
        "Il sindaco di Vessa Lumora vive nel distretto di Barvo Tellin.",
        "it",
        "distretto di Barvo Tellin",
        LOC,
    );
    has(
        "The mayor of Vessa Lumora resigned yesterday.",
        "en",
        "Vessa Lumora",
        LOC,
    );
    has(
        "Il sindaco ha parlato con la moglie di Carlo Tellin.",
        "it",
        "Carlo Tellin",
        PER,
    );
}

// Phase 14: a name before "di" + an organization's head is someone of that
// body, not part of its name; common words there still name a part of it.
#[test]
fn name_before_of_and_head_is_no_part_of_it() {
    has(
        "Lo ha confermato Abbass del Ministero della Salute in una nota.",
        "it",
        "Ministero della Salute",
        ORG,
    );
    lacks(
        "Lo ha confermato Abbass del Ministero della Salute in una nota.",
        "it",
        "Abbass del Ministero della Salute",
    );
    has(
        "Ieri la Presidenza del Consiglio ha diffuso una nota.",
        "it",
        "Presidenza del Consiglio",
        ORG,
    );
}

// Phase 14: a sports word before a town opens a club's name.
#[test]
fn sports_word_before_town_is_a_club() {
    has(
        "Ieri il Rugby Tellin ha battuto il Volley Modena.",
        "it",
        "Volley Modena",
        ORG,
    );
    has(
        "Ieri il Rugby Tellin ha battuto il Volley Modena.",
        "it",
        "Rugby Tellin",
        ORG,
    );
    has("La Dinamo Mosca ha perso in casa.", "it", "Dinamo Mosca", ORG);
}

// Phase 14: Italian relational adjectives and demonyms after an
// organization's name are part of it.
#[test]
fn italian_adjectives_after_organization_names() {
    let s = "Ieri la Corte suprema ha respinto il ricorso mentre il Ministero degli Esteri britannico e la Banca centrale europea tacevano.";
    has(s, "it", "Corte suprema", ORG);
    has(s, "it", "Ministero degli Esteri britannico", ORG);
    has(s, "it", "Banca centrale europea", ORG);
    // a noun after the name is no adjective of it
    has("Ieri la Corte ha respinto il ricorso.", "it", "Corte", ORG);
}

// Phase 14: English "of the" inside a body's name, in either language's text.
#[test]
fn of_the_inside_organization_names() {
    has(
        "Yesterday the Union of the Northern Ports met in Genoa.",
        "en",
        "Union of the Northern Ports",
        ORG,
    );
    has(
        "Ieri la Union of the Northern Ports si è riunita a Genova.",
        "it",
        "Union of the Northern Ports",
        ORG,
    );
    // a lowercase noun after "of the" ends the name
    lacks("The Council of the city voted yesterday.", "en", "Council of the city");
}

// Phase 14: a name typed as a body once by a cue is that body where the
// text repeats it with no cue; a given name first keeps a person.
#[test]
fn repeated_name_keeps_the_body_type() {
    let it = "Ieri la compagnia Vessa Lumora ha sospeso i voli. Secondo Vessa Lumora la crisi è finita.";
    common::has_times(it, "it", "Vessa Lumora", ORG, 2);
    let en = "The company Vessa Lumora halted flights. Vessa Lumora said the crisis was over.";
    common::has_times(en, "en", "Vessa Lumora", ORG, 2);
    has(
        "La fondazione Paolo Verdi apre oggi. Paolo Verdi ha detto che è felice.",
        "it",
        "Paolo Verdi",
        PER,
    );
}

// Phase 14: two places set against each other by a dash after a match noun
// are the two teams; without the noun they stay places.
#[test]
fn fixture_places_are_teams() {
    let it = "Dopo la partita Norvegia - Austria i tifosi hanno festeggiato.";
    has(it, "it", "Norvegia", ORG);
    has(it, "it", "Austria", ORG);
    has(
        "After the match Norway - Austria the fans celebrated.",
        "en",
        "Austria",
        ORG,
    );
    has(
        "Il confine Norvegia - Svezia è chiuso.",
        "it",
        "Svezia",
        ActorKind::Country,
    );
}

#[test]
fn a_name_in_brackets_after_a_person_is_their_body() {
    let it = "Tra i libri premiati: Marco Pellucci (Brundoni) e Luisa Ferratti (Casa Quillmoor).";
    has(it, "it", "Brundoni", ORG);
    has(it, "it", "Casa Quillmoor", ORG);
    has(
        "In front were Tom Varley (Brackworth Racing) and Ann Hollis.",
        "en",
        "Brackworth Racing",
        ORG,
    );
    // a given name in brackets is a second person, a known leader too
    has(
        "Hanno parlato Marco Pellucci (Giovanni) e altri.",
        "it",
        "Giovanni",
        PER,
    );
}

#[test]
fn the_country_of_a_role_before_a_person_is_a_name_too() {
    let it = "Il presidente della Norvegia Marco Pellucci è arrivato ieri.";
    has(it, "it", "Norvegia", ActorKind::Country);
    has(it, "it", "Marco Pellucci", PER);
    let en = "The president of Norway Tom Varley arrived yesterday.";
    has(en, "en", "Norway", ActorKind::Country);
    has(en, "en", "Tom Varley", PER);
    // the actor is still the person alone
    let m = rec().recognize_text(it, "it", None).mentions;
    assert!(m.iter().all(|m| m.text != "Norvegia"), "{m:?}");
}

// Phase 16: the Capitalised institution after a role and "di" names the
// body the role belongs to; a portfolio or a longer name does not.
#[test]
fn the_institution_of_a_role_is_a_body() {
    let it = "Il capo dello Stato ha ricevuto ieri il presidente del Consiglio, poi il procuratore della Repubblica.";
    has(it, "it", "Stato", ORG);
    has(it, "it", "Consiglio", ORG);
    has(it, "it", "Repubblica", ORG);
    has(
        "La nomina spetta al presidente del Consiglio di Sicurezza nazionale.",
        "it",
        "Consiglio di Sicurezza",
        ORG,
    );
    has(
        "Ha incontrato il presidente del Consiglio Marco Pellucci a Roma.",
        "it",
        "Consiglio",
        ORG,
    );
    lacks(
        "Ha parlato il ministro dell'Interno davanti ai sindaci.",
        "it",
        "Interno",
    );
    lacks("Lo ha detto il Capo di Stato Maggiore della difesa.", "it", "Stato");
    lacks("La visita di Stato è durata due giorni.", "it", "Stato");
}

// Phase 16: an unknown name after "di" at the end of an office that sits
// in one town (`seat` heads) is that town; a common word is part of the
// name.
#[test]
fn the_seat_of_an_office_is_a_place() {
    let it = "Il fascicolo è passato alla Procura di Valdoria e poi al Tribunale di Montegrillo.";
    has(it, "it", "Procura", ORG);
    has(it, "it", "Valdoria", LOC);
    has(it, "it", "Tribunale", ORG);
    has(it, "it", "Montegrillo", LOC);
    has(
        "La richiesta è stata respinta dal Tribunale di Sorveglianza ieri.",
        "it",
        "Tribunale di Sorveglianza",
        ORG,
    );
}

// Phase 16: a title in quotation marks right after a noun naming a kind of
// body is that body's name, lowercase words and all.
#[test]
fn a_quoted_title_after_a_body_noun_is_its_name() {
    has(
        "I volontari del gruppo \"Mani Aperte\" sono arrivati ieri.",
        "it",
        "Mani Aperte",
        ORG,
    );
    has(
        "L'articolo è uscito sul quotidiano \"Il Corriere di Valdoria\" stamattina.",
        "it",
        "Il Corriere di Valdoria",
        ORG,
    );
    has(
        "Dossier sul gruppo eversivo \"Nuova alba\" diffuso dalla polizia.",
        "it",
        "Nuova alba",
        ORG,
    );
    has(
        "Members of the group \"Open Hands\" arrived yesterday.",
        "en",
        "Open Hands",
        ORG,
    );
    // a quoted title after a noun of no body is no body's name
    lacks("Ha letto il romanzo \"Mani Aperte\" in una notte.", "it", "Mani Aperte");
}

// Phase 16: "per/for" and a Capitalised run after a body's name say what
// the body is for and belong to its name; lowercase words do not.
#[test]
fn a_capitalised_purpose_belongs_to_the_body() {
    has(
        "Ieri il Movimento per la Rinascita Montana ha presentato le liste.",
        "it",
        "Movimento per la Rinascita Montana",
        ORG,
    );
    has(
        "Lo studio è stato pagato dalla Fondazione per le Scienze del Mare ieri.",
        "it",
        "Fondazione per le Scienze del Mare",
        ORG,
    );
    has(
        "A report by the Norvalian Institute for Coastal Studies and Planning came out today.",
        "en",
        "Norvalian Institute for Coastal Studies and Planning",
        ORG,
    );
    lacks(
        "La Commissione europea per la prima volta ha multato l'azienda.",
        "it",
        "Commissione europea per la prima volta",
    );
}

// Phase 16: a web address names the site, a body that publishes.
#[test]
fn a_web_address_is_a_site() {
    has(
        "La notizia è stata ripresa dal sito valdoria.it e da Notizie.com ieri.",
        "it",
        "valdoria.it",
        ORG,
    );
    has(
        "La notizia è stata ripresa dal sito valdoria.it e da Notizie.com ieri.",
        "it",
        "Notizie.com",
        ORG,
    );
    has(
        "The petition was launched by Kessianfriends.org.uk last week.",
        "en",
        "Kessianfriends.org.uk",
        ORG,
    );
    lacks("Prices rose 3.5 percent in Norvalia.", "en", "3.5");
}

// Phase 16: Capitalised "Nazionale" is a country's national team, a body
// whose name takes the demonym after it.
#[test]
fn the_nazionale_is_a_team() {
    has(
        "Ha giocato dieci anni con la Nazionale norvegese prima di ritirarsi.",
        "it",
        "Nazionale norvegese",
        ORG,
    );
    has(
        "Esordì in Nazionale austriaca nel 1990 contro la Svezia.",
        "it",
        "Nazionale austriaca",
        ORG,
    );
}

// Phase 18: a town joined by "di/de" to a place or to a name in no list is
// one place; a place inside a longer name, or after an article, is not.
#[test]
fn a_town_of_a_place_is_one_place() {
    has(
        "Il treno era diretto a Santiago de Brentavilla ieri sera.",
        "it",
        "Santiago de Brentavilla",
        LOC,
    );
    has(
        "Il terremoto ha colpito San Giuliano di Puglia di notte.",
        "it",
        "San Giuliano di Puglia",
        LOC,
    );
    has(
        "The ferry sailed from Santiago de Brentavilla at dawn.",
        "en",
        "Santiago de Brentavilla",
        LOC,
    );
    // an article makes the town someone's; a stadium names itself
    lacks(
        "Parlava della Torino di Garibaldi con affetto.",
        "it",
        "Torino di Garibaldi",
    );
    lacks(
        "La partita si gioca allo Stadio Adriatico di Pescara.",
        "it",
        "Adriatico di Pescara",
    );
    lacks(
        "I voli per l'aeroporto Fiumicino di Roma sono cancellati.",
        "it",
        "Fiumicino di Roma",
    );
}

// Phase 18: an article opening the sentence is an article all the same:
// the lone name after it is a body, as after a lowercase one.
#[test]
fn a_name_after_an_opening_article_is_a_body() {
    has("La Brentacoop ha chiuso i conti in attivo.", "it", "Brentacoop", ORG);
    has("Il Vardaro ha vinto la partita di ieri.", "it", "Vardaro", ORG);
}

// Phase 18: an Italian verb form of a common verb opening the sentence
// opens the clause, not the name after it; a given name stays a name.
#[test]
fn a_verb_opening_the_sentence_is_no_part_of_a_name() {
    has("Arrestato Vardaro Pellini dopo la fuga.", "it", "Vardaro Pellini", PER);
    lacks(
        "Arrestato Vardaro Pellini dopo la fuga.",
        "it",
        "Arrestato Vardaro Pellini",
    );
    has("Chiamo Vardaro Pellini ogni mattina.", "it", "Vardaro Pellini", PER);
    has("Marco Pellini ha parlato ieri.", "it", "Marco Pellini", PER);
}

// Phase 18: a one-word name the context types as a body keeps that type
// where it stands bare later in the text.
#[test]
fn a_body_keeps_its_type_through_the_text() {
    let text = "La Brentacoop ha chiuso i conti. Brentacoop ha detto che assumerà.";
    common::has_times(text, "it", "Brentacoop", ORG, 2);
    let text = "Shares of the Brentacoop fell on Monday. Brentacoop said it would hire.";
    common::has_times(text, "en", "Brentacoop", ORG, 2);
}

// Phase 18: a sentence-opening Italian word shaped like a past participle
// right before a preposition or an article opens a participle clause.
#[test]
fn an_opening_participle_before_a_complement_is_no_name() {
    lacks("Colto in flagrante, il ladro è fuggito.", "it", "Colto");
    lacks("Sconfitto ai punti, il pugile ha lasciato.", "it", "Sconfitto");
    lacks("Soccorsa da un passante, la donna sta bene.", "it", "Soccorsa");
    has("Pellitto ha detto no alla proposta.", "it", "Pellitto", PER);
}

// Phase 18: one word that is no given name, then a given name and a
// surname, is a body or a title and the person it introduces; two given
// names open one person.
#[test]
fn a_full_name_after_one_unknown_word_is_a_person_of_its_own() {
    let text = "Ha parlato il presidente della Brentacoop Mario Pellini ieri.";
    has(text, "it", "Mario Pellini", PER);
    lacks(text, "it", "Brentacoop Mario Pellini");
    has(
        "The chairman of Brentacoop John Pellini resigned.",
        "en",
        "John Pellini",
        PER,
    );
    has("Ha parlato Maria Elena Pellini ieri.", "it", "Maria Elena Pellini", PER);
}

// Phase 19: in an English headline every content word is Capitalised, so
// there a common word's capital makes no name.
#[test]
fn capitalised_common_words_of_a_headline_are_no_names() {
    let ns = names("France Lifts Travel Ban on Lebanon", "en");
    assert!(ns.iter().all(|(t, _)| t == "France" || t == "Lebanon"), "{ns:?}");
    has("Rebels Seize Oil Field Near Norvalia Border", "en", "Norvalia", LOC);
    lacks("Rebels Seize Oil Field Near Norvalia Border", "en", "Seize Oil Field");
    let ns = names("Kessia Says It Will Talk to Norvalia", "en");
    assert!(ns.iter().all(|(t, _)| t == "Kessia" || t == "Norvalia"), "{ns:?}");
    // a given name and its surname stay one person, a common word though it be
    has(
        "Senator John Baker Meets Rebel Leaders in Paris",
        "en",
        "John Baker",
        PER,
    );
    // an ordinary sentence of names keeps them
    has(
        "Tom Orland met Avery Kessler and Dana Fitch in Geneva.",
        "en",
        "Avery Kessler",
        PER,
    );
}

// Phase 22: Italian names a town with no article; a masculine article
// before one says "il (club) X". A town whose name has its own article,
// a region (which takes one) and a town opening a longer name stay places.
#[test]
fn a_masculine_article_before_a_town_makes_its_club() {
    has("Domenica il Lecce ha battuto il Modena in casa.", "it", "Lecce", ORG);
    has("Domenica il Lecce ha battuto il Modena in casa.", "it", "Modena", ORG);
    has(
        "Il portiere è passato al Bergamo la scorsa estate.",
        "it",
        "Bergamo",
        ORG,
    );
    has("Il centravanti del Perugia ha segnato due volte.", "it", "Perugia", ORG);
    has("I ministri si sono incontrati al Cairo martedì.", "it", "Cairo", LOC);
    has("Le piogge hanno allagato il Veneto e il Lazio.", "it", "Lazio", LOC);
    has("Il sindaco vive a Perugia da vent'anni.", "it", "Perugia", LOC);
}

// Phase 22: in a sentence that reports play (two match cues, or a cue and
// a score) a country or town that plays is its side; where play is (after
// "a", "in", "di") and any sentence with fewer cues keep the place.
#[test]
fn a_place_that_plays_in_a_match_report_is_its_side() {
    let it = "Nella semifinale di ieri la Norvegia ha battuto la Svezia con un gol nei supplementari.";
    has(it, "it", "Norvegia", ORG);
    has(it, "it", "Svezia", ORG);
    has(
        "Una Danimarca stanca ha perso 2-0 la partita di esordio.",
        "it",
        "Danimarca",
        ORG,
    );
    has(
        "La partita di campionato si giocherà a Bergamo domenica.",
        "it",
        "Bergamo",
        LOC,
    );
    has(
        "In Norvegia il campionato di calcio riprende dopo la semifinale.",
        "it",
        "Norvegia",
        ActorKind::Country,
    );
    has(
        "La Norvegia ha firmato un accordo con la Svezia sulla pesca.",
        "it",
        "Svezia",
        ActorKind::Country,
    );
    let en = "In the semifinal Norway beat Sweden with two goals in overtime.";
    has(en, "en", "Norway", ORG);
    has(en, "en", "Sweden", ORG);
    has(
        "The semifinal and the playoffs will be held in Oslo this year.",
        "en",
        "Oslo",
        LOC,
    );
}

#[test]
fn an_exclamation_mark_inside_a_sentence_belongs_to_a_brand() {
    has(
        "Ieri Kessiaweb! ha lanciato un nuovo servizio di mappe.",
        "it",
        "Kessiaweb!",
        ORG,
    );
    has("Il museo di Tarvos ha scelto Kessiaweb!.", "it", "Kessiaweb!", ORG);
    // a mark that ends the sentence is no part of the name
    lacks("Tutti in piazza per Tarvos Kessi!", "it", "Tarvos Kessi!");
}

#[test]
fn a_portfolio_after_a_role_is_no_part_of_the_holders_name() {
    let s = "Il ministro della Cultura Dovanetti ha visitato il teatro.";
    has(s, "it", "Dovanetti", PER);
    lacks(s, "it", "Cultura Dovanetti");
    let s = "Ne ha parlato il ministro della Salute Mirela Dovan in una nota.";
    has(s, "it", "Mirela Dovan", PER);
    lacks(s, "it", "Salute Mirela Dovan");
    // plural roles cue the names after them too
    let s = "Sono arrivati gli assessori all'Ambiente Tarvos Kessi e ai Trasporti Lia Norvi.";
    has(s, "it", "Tarvos Kessi", PER);
    lacks(s, "it", "Ambiente Tarvos Kessi");
    // a name in no list after the article is a body, not a portfolio
    lacks(
        "Il dirigente della Norvalcoop Dovanetti è stato ascoltato dai giudici.",
        "it",
        "Dovanetti",
    );
}

// Phase 25: planets and moons are places; one followed by a Capitalised
// word opens a longer name (a boat, a probe) and is no place alone.
#[test]
fn planets_and_moons_are_places() {
    has(
        "Il lander della Kessia Space è atterrato sulla Luna all'alba.",
        "it",
        "Luna",
        LOC,
    );
    let s = "Gli astronomi di Tarvos hanno osservato Saturno e Marte.";
    has(s, "it", "Saturno", LOC);
    has(s, "it", "Marte", LOC);
    has(
        "Il satellite di Norvalia fotografa la Terra ogni ora.",
        "it",
        "Terra",
        LOC,
    );
    has(
        "The probe sent its first images of Jupiter on Monday.",
        "en",
        "Jupiter",
        LOC,
    );
    lacks("L'album Giove Tarvos è uscito ieri.", "it", "Giove");
    // after a noun that cues a person the word is a first name
    has(
        "La cantante Luna ha querelato un produttore di Tarvos.",
        "it",
        "Luna",
        PER,
    );
    // a Capitalised "di/of" complement makes a longer name too
    let ns = names("Nella Terra dei Venti si coltiva il grano.", "it");
    assert!(!ns.iter().any(|(t, _)| t == "Terra"), "{ns:?}");
}

// Phase 25: a demonstrative pronoun before "di/of" stands for a noun said
// before it; that noun's cue types the names after it.
#[test]
fn a_pronoun_before_of_takes_the_cue_of_its_noun() {
    // a noun inside a prepositional phrase only qualifies the antecedent
    has(
        "Tra i comuni colpiti dalla grandine c'è anche quello di Varenzo.",
        "it",
        "Varenzo",
        LOC,
    );
    has(
        "The towns hit by the storm were those of Varenzo and Tolbica.",
        "en",
        "Tolbica",
        LOC,
    );
    // a noun inside a relative clause belongs to that clause
    has(
        "The towns which lost their appeal were those of Varenzo and Tolbica.",
        "en",
        "Varenzo",
        LOC,
    );
    // a nearer noun phrase with no cue is what the pronoun stands for
    for (lang, s) in [
        ("en", "The mayor said her plans differ from those of Kessandro."),
        (
            "it",
            "Il sindaco ha detto che le sue idee sono diverse da quelle di Kessandro.",
        ),
    ] {
        let ns = names(s, lang);
        assert!(!ns.iter().any(|(t, k)| t == "Kessandro" && *k == LOC), "{ns:?} ({s})");
    }
    // a noun that cues a person makes the name a person's
    has("Il romanzo più letto è quello di Dovanetti.", "it", "Dovanetti", PER);
}

// Phase 26: nouns of what someone says, thinks, wins or holds, and of the
// people who stand with or against someone, take a person after "di/of".
#[test]
fn acts_and_followers_of_someone_take_a_person() {
    has(
        "Ieri è arrivata la replica di Dovanetti ai sindacati.",
        "it",
        "Dovanetti",
        PER,
    );
    has(
        "Il tribunale ha ascoltato i sostenitori di Kessiani in aula.",
        "it",
        "Kessiani",
        PER,
    );
    has(
        "Durante la presidenza di Tarvoni il paese ha cambiato moneta.",
        "it",
        "Tarvoni",
        PER,
    );
    has(
        "The loyalists of Dovanetti marched through the port.",
        "en",
        "Dovanetti",
        PER,
    );
}

// Phase 26: armies number their units; the ordinal belongs to the unit's
// name (NER span only: the actor mention is unchanged).
#[test]
fn numbered_military_units_are_bodies() {
    has(
        "Due elicotteri del 9º Stormo hanno soccorso i naviganti.",
        "it",
        "9º Stormo",
        ORG,
    );
    has(
        "Gli uomini del 4º Reggimento Tarvos sono rientrati.",
        "it",
        "4º Reggimento Tarvos",
        ORG,
    );
    has(
        "Soldiers of the 12th Regiment Tarvos crossed the river.",
        "en",
        "12th Regiment Tarvos",
        ORG,
    );
}

// Phase 27: a particle inside a surname ("Di", "Da") is a preposition
// elsewhere in any text; seeing it in lowercase says nothing of the name.
#[test]
fn a_surname_particle_seen_in_lowercase_keeps_the_person() {
    has(
        "Tano Di Kessio ha vinto il premio di poesia della città.",
        "it",
        "Tano Di Kessio",
        PER,
    );
    has(
        "Al tavolo c'erano la sindaca di Valdora e l'editore Mirela Da Tarvo, arrivata da casa.",
        "it",
        "Mirela Da Tarvo",
        PER,
    );
}

// Phase 27: a competition, prize, show or fair is none of person, body or
// place; a name with an event noun in it is no NER span.
#[test]
fn events_are_no_entities() {
    lacks(
        "Il Norvalia Song Contest si terrà a maggio.",
        "it",
        "Norvalia Song Contest",
    );
    lacks(
        "La Supercoppa Tarvese si giocherà in primavera.",
        "it",
        "Supercoppa Tarvese",
    );
    lacks("Ha vinto due Kessia Awards e un Tarvos Prize.", "it", "Kessia Awards");
    lacks("She won the Tarvos Cup twice before retiring.", "en", "Tarvos Cup");
    lacks("The Kessia Awards were held in a tent.", "en", "Kessia Awards");
    // a known town after the event's noun is still a place
    has("Il Festival di Pescara ospita cento cantanti.", "it", "Pescara", LOC);
}

// Phase 27: Italian writes an institution's official name in sentence case;
// after its Capitalised head and adjectives, a complement of lowercase nouns
// is part of the name.
#[test]
fn an_institution_keeps_its_lowercase_complement() {
    has(
        "Ieri la Corte suprema di revisione ha respinto il ricorso.",
        "it",
        "Corte suprema di revisione",
        ORG,
    );
    has(
        "Il decreto è stato firmato dal Ministero della pesca.",
        "it",
        "Ministero della pesca",
        ORG,
    );
    has(
        "Ne fa parte anche la Commissione nazionale per la tutela delle coste, nata nel 1990.",
        "it",
        "Commissione nazionale per la tutela delle coste",
        ORG,
    );
    // a lowercase word after the complement may be anything: it stays out
    has(
        "Si è riunita la Commissione regionale per la prima volta a Kessia.",
        "it",
        "Commissione regionale",
        ORG,
    );
    lacks(
        "Ne ha parlato il Consiglio di martedì scorso.",
        "it",
        "Consiglio di martedì",
    );
    // nor does a piece before another Capitalised word ("dei lavoratori Tarvesi")
    lacks(
        "Ha parlato un portavoce del Partito dei lavoratori Tarvesi ieri.",
        "it",
        "Partito dei lavoratori",
    );
    // a given name after the complement opens the body's head of office
    has(
        "Ha parlato il direttore dell'Istituto nazionale della pesca Anna Dovan.",
        "it",
        "Istituto nazionale della pesca",
        ORG,
    );
}

// Phase 27: the same holds for a building's name after a place head.
#[test]
fn a_building_keeps_its_lowercase_complement() {
    has(
        "Hanno visitato la Cattedrale dei pescatori di corallo, poi sono ripartiti.",
        "it",
        "Cattedrale dei pescatori di corallo",
        LOC,
    );
    has(
        "Ieri è stata aperta la Basilica delle forze di sicurezza.",
        "it",
        "Basilica delle forze di sicurezza",
        LOC,
    );
}

// Review mends (session 13): a body named after an event is still a body;
// an adverbial "di" phrase after a body is no part of its name.
#[test]
fn a_body_that_runs_an_event_is_an_organization() {
    has(
        "The Tarvos Prize Committee praised Mirela Dovan.",
        "en",
        "Tarvos Prize Committee",
        ORG,
    );
    has(
        "Il Comitato Coppa Norvalia ha scelto la sede.",
        "it",
        "Comitato Coppa Norvalia",
        ORG,
    );
}

#[test]
fn an_adverbial_di_phrase_is_no_complement_of_the_name() {
    has("Ieri il Senato di fatto ha bocciato la legge.", "it", "Senato", ORG);
    lacks("Ieri il Senato di fatto ha bocciato la legge.", "it", "Senato di fatto");
    lacks("Ieri la Procura di solito ha lavorato.", "it", "Procura di solito");
}

// Session 25 (English, round 2): a plural demonym names a group, so the
// Capitalised headline words after it are no person's name.
#[test]
fn a_plural_demonym_opens_no_person_name() {
    lacks(
        "Hundreds of Peruvians Crossed Into Chile during the long winter.",
        "en",
        "Crossed Into",
    );
    // a singular demonym still premodifies a person
    has(
        "Peruvian Maria Lopez toured the harbour on Friday.",
        "en",
        "Maria Lopez",
        PER,
    );
}

// Phase 28: an office, a presidency and a professional order are bodies, and
// their lowercase complement belongs to the name.
#[test]
fn offices_presidencies_and_orders_are_bodies() {
    has(
        "La richiesta è arrivata all'Ufficio di coordinamento ieri sera.",
        "it",
        "Ufficio di coordinamento",
        ORG,
    );
    has(
        "Il candidato alla Presidenza del collegio ha parlato a Tarvos.",
        "it",
        "Presidenza del collegio",
        ORG,
    );
    has(
        "Mirela Dovan ha chiesto l'intervento dell'Ordine nazionale dei farmacisti.",
        "it",
        "Ordine nazionale dei farmacisti",
        ORG,
    );
}

// Phase 28: a sentence-opening given name that is also a common word (or a
// future verb that folds to a given name), with no surname after it, is the
// common word; a verb of acting after it keeps the name.
#[test]
fn a_lone_opening_given_name_that_is_a_common_word_is_no_person() {
    lacks("Nata a Tarvos nel 1990, Mirela Dovan insegna dal 2015.", "it", "Nata");
    lacks("Sarà aperta domani una nuova scuola a Kessia.", "it", "Sarà");
    lacks("Luci accese fino a tardi nel porto di Tarvos.", "it", "Luci");
    has("Ben ha detto che tornerà a Tarvos.", "it", "Ben", PER);
}
