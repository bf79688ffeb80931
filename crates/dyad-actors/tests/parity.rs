//! Italian/English parity: the same (invented) sentence in both languages
//! should give actors with the same country and sector. Phase 8 of
//! docs/notes/actors.md.

mod common;
use common::{cs, find, rec};
use dyad_actors::ActorRecognizer;

/// (Italian mention, English mention, country, sector) in the paired sentences.
fn both(rec: &ActorRecognizer, it: &str, en: &str, pairs: &[(&str, &str, Option<&str>, Option<&str>)]) {
    let (ri, re) = (rec.recognize_text(it, "it", None), rec.recognize_text(en, "en", None));
    for (mi, me, c, s) in pairs {
        assert_eq!(cs(find(&ri.mentions, mi)), (*c, *s), "it '{mi}'");
        assert_eq!(cs(find(&re.mentions, me)), (*c, *s), "en '{me}'");
    }
}

#[test]
fn envoys_secretaries_and_councils() {
    let r = rec();
    both(
        r,
        "L'inviato americano ha incontrato il segretario generale dell'Onu e il Consiglio di sicurezza nazionale.",
        "The American envoy met the UN secretary-general and the National Security Council.",
        &[
            ("inviato americano", "American envoy", Some("USA"), Some("GOV")),
            (
                "Consiglio di sicurezza nazionale",
                "National Security Council",
                None,
                Some("GOV"),
            ),
        ],
    );
    let ri = r.recognize_text(
        "Il segretario generale dell'Onu ha parlato dopo la segretaria di Stato.",
        "it",
        None,
    );
    assert_eq!(
        cs(find(&ri.mentions, "segretario generale dell'Onu")),
        (Some("UNO"), Some("GOV"))
    );
    assert_eq!(cs(find(&ri.mentions, "segretaria di Stato")), (None, Some("GOV")));
    // a national security council is not the UN Security Council
    let re = r.recognize_text("The National Security Council met.", "en", None);
    assert!(re.mentions.iter().all(|m| m.country.as_deref() != Some("UNO")));
    // "inviato" as a participle is no actor
    let ri = r.recognize_text("Il governo ha inviato truppe al confine.", "it", None);
    assert!(ri.mentions.iter().all(|m| !m.text.contains("inviato")));
}

#[test]
fn interim_heads_and_interior_ministers() {
    let r = rec();
    let ri = r.recognize_text(
        "Il capo di Stato ad interim Tomas Brevik ha lasciato il Paese.",
        "it",
        None,
    );
    assert_eq!(cs(find(&ri.mentions, "Tomas Brevik")), (None, Some("GOV")));
    let ri = r.recognize_text("Il ministro dell'interno Carlo Venturelli si è dimesso.", "it", None);
    assert_eq!(cs(find(&ri.mentions, "Carlo Venturelli")), (None, Some("GOV")));
}

#[test]
fn courts_forces_and_groups() {
    let r = rec();
    both(
        r,
        "I marines statunitensi e le forze straniere hanno protetto i coloni, poi la corte ha deciso.",
        "U.S. marines and the foreign forces protected the settlers, then the court ruled.",
        &[
            ("marines statunitensi", "U.S. marines", Some("USA"), Some("MIL")),
            ("forze straniere", "forces", None, Some("MIL")),
            ("coloni", "settlers", None, Some("CVL")),
            ("corte", "court", None, Some("JUD")),
        ],
    );
    let ri = r.recognize_text("La Corte suprema ha respinto il ricorso dei peshmerga.", "it", None);
    assert_eq!(cs(find(&ri.mentions, "Corte suprema")), (None, Some("JUD")));
    assert_eq!(cs(find(&ri.mentions, "peshmerga")), (None, Some("MIL")));
    // "corte" alone needs an article before it (a bare "corte" is often a courtyard)
    let ri = r.recognize_text("Il palazzo ha corte interna e giardino.", "it", None);
    assert!(ri.mentions.iter().all(|m| m.text != "corte"), "{:?}", ri.mentions);
}

#[test]
fn civilians_and_doctors() {
    let r = rec();
    both(
        r,
        "Due cittadini kuwaitiani e un'infermiera cubana sono stati arrestati.",
        "Two Kuwaiti nationals and a Cuban physician were arrested.",
        &[("cittadini kuwaitiani", "Kuwaiti nationals", Some("KWT"), Some("CVL"))],
    );
    let re = r.recognize_text("Two Kuwaiti nationals and a Cuban physician were arrested.", "en", None);
    assert_eq!(cs(find(&re.mentions, "Cuban physician")), (Some("CUB"), Some("MED")));
    let ri = r.recognize_text("La polizia ha fermato l'attivista Nadia Forlani.", "it", None);
    assert_eq!(cs(find(&ri.mentions, "Nadia Forlani")), (None, Some("CVL")));
}

#[test]
fn italian_city_exonyms() {
    let r = rec();
    for (name, iso) in [
        ("Mogadiscio", "SOM"),
        ("Khartum", "SDN"),
        ("Gedda", "SAU"),
        ("Cracovia", "POL"),
    ] {
        let ri = r.recognize_text(&format!("Un attentatore ha colpito a {name} ieri."), "it", None);
        assert_eq!(find(&ri.mentions, name).country.as_deref(), Some(iso), "{name}");
    }
}

#[test]
fn armed_groups_by_name() {
    let r = rec();
    both(
        r,
        "Un commando di al Shabaab ha assaltato un albergo nella capitale somala.",
        "An al Shabaab commando stormed a hotel in the Somali capital.",
        &[("al Shabaab", "al Shabaab", Some("SOM"), Some("REB"))],
    );
}

#[test]
fn adjectives_after_a_noun_are_no_actors() {
    let r = rec();
    let ri = r.recognize_text(
        "Il Paese ha ridotto gli aiuti militari e rafforzato le relazioni diplomatiche.",
        "it",
        None,
    );
    assert!(
        ri.mentions
            .iter()
            .all(|m| m.text != "militari" && m.text != "diplomatiche"),
        "{:?}",
        ri.mentions
    );
    let ri = r.recognize_text(
        "Venti militari sono stati feriti e il ministro ha incontrato diplomatici.",
        "it",
        None,
    );
    assert_eq!(cs(find(&ri.mentions, "militari")), (None, Some("MIL")));
    assert_eq!(cs(find(&ri.mentions, "diplomatici")), (None, Some("GOV")));
}

#[test]
fn a_role_that_titles_another_name_is_not_an_apposition() {
    let r = rec();
    let re = r.recognize_text(
        "A court freed Tendai Moyo, a critic of President Farai Ncube.",
        "en",
        None,
    );
    assert_eq!(find(&re.mentions, "Tendai Moyo").sector, None);
    let re = r.recognize_text("Tendai Moyo, the president of the republic, spoke.", "en", None);
    assert_eq!(find(&re.mentions, "Tendai Moyo").sector.as_deref(), Some("GOV"));
}

#[test]
fn english_demonyms_and_titles() {
    let r = rec();
    let re = r.recognize_text(
        "A Zimbabwean court and Philippine troops met Ethiopian Minister of Foreign Affairs Tesfaye Lemma.",
        "en",
        None,
    );
    assert_eq!(cs(find(&re.mentions, "Zimbabwean court")), (Some("ZWE"), Some("JUD")));
    assert_eq!(cs(find(&re.mentions, "Philippine troops")), (Some("PHL"), Some("MIL")));
    assert_eq!(cs(find(&re.mentions, "Tesfaye Lemma")), (Some("ETH"), Some("GOV")));
    both(
        r,
        "L'Immigration and Customs Enforcement ha restituito i dipinti.",
        "Immigration and Customs Enforcement returned the paintings.",
        &[(
            "Immigration and Customs Enforcement",
            "Immigration and Customs Enforcement",
            Some("USA"),
            Some("COP"),
        )],
    );
}

/// Phase 10: capitalised English "Peshmerga" (sentence start, after
/// "Kurdish") is the Kurdish forces of Iraq, as lowercase "peshmerga" is.
#[test]
fn capitalised_peshmerga() {
    let r = rec();
    let en = r.recognize_text("Peshmerga pushed the militants out of the town.", "en", None);
    assert_eq!(cs(find(&en.mentions, "Peshmerga")), (Some("IRQ"), Some("MIL")));
    let en = r.recognize_text("The army fought the Kurdish Peshmerga near the dam.", "en", None);
    assert_eq!(cs(find(&en.mentions, "Peshmerga")).1, Some("MIL"));
    let it = r.recognize_text("I peshmerga curdi hanno respinto i miliziani.", "it", None);
    assert_eq!(cs(find(&it.mentions, "peshmerga")).1, Some("MIL"));
}

/// Phase 10: a name right after an organization cue and its nationality is
/// that organization, not a person ("la ong israeliana X"), as in English.
#[test]
fn name_after_organization_cue() {
    let r = rec();
    let it = r.recognize_text("La ong israeliana Yad Sarah Aid fornisce aiuti ai siriani.", "it", None);
    let m = find(&it.mentions, "Yad Sarah Aid");
    assert_eq!(m.kind, dyad_model::ActorKind::Organization);
    assert_eq!(cs(m), (Some("ISR"), Some("NGO")));
    let en = r.recognize_text("The German NGO Mission Lifeline Aid rescued 40 migrants.", "en", None);
    assert!(en
        .mentions
        .iter()
        .any(|m| m.text.ends_with("Mission Lifeline Aid") && m.kind == dyad_model::ActorKind::Organization));
    // a person after a person cue stays a person
    let it = r.recognize_text("Il ministro israeliano Yair Lapid ha parlato ai siriani.", "it", None);
    assert_eq!(find(&it.mentions, "Yair Lapid").kind, dyad_model::ActorKind::Person);
}

/// Phase 10: a comma before a speech verb closes a person's apposition, so
/// the actors after it are found ("Mario Rossi, ex ministro del Paese, ha
/// dichiarato che il governo dello Sri Lanka ...").
#[test]
fn apposition_closes_before_speech_verb() {
    let r = rec();
    both(
        r,
        "Mario Rossi, ex ministro del Paese, ha dichiarato che il governo dello Sri Lanka deve agire.",
        "Mario Rossi, a former minister of the country, said the Sri Lankan government must act.",
        &[(
            "governo dello Sri Lanka",
            "Sri Lankan government",
            Some("LKA"),
            Some("GOV"),
        )],
    );
}

/// Phase 10: refugees and migrants are civilian actors in both languages.
#[test]
fn refugees_and_migrants() {
    let r = rec();
    both(
        r,
        "Circa 5.000 rifugiati sudsudanesi sono fuggiti in Uganda.",
        "About 5,000 South Sudanese refugees fled to Uganda.",
        &[(
            "rifugiati sudsudanesi",
            "South Sudanese refugees",
            Some("SSD"),
            Some("CVL"),
        )],
    );
    let it = r.recognize_text("I migranti hanno chiesto asilo alla Germania.", "it", None);
    assert_eq!(cs(find(&it.mentions, "migranti")).1, Some("CVL"));
    let en = r.recognize_text("Migrants asked Germany for asylum.", "en", None);
    assert!(en
        .mentions
        .iter()
        .any(|m| m.text.eq_ignore_ascii_case("migrants") && m.sector.as_deref() == Some("CVL")));
}

/// Phase 10: "a Nigerian man", "un cittadino cinese": a nationality with a
/// word for a person is a civilian of that country ("man"/"uomo" are no
/// actors on their own).
#[test]
fn nationality_with_person_word() {
    let r = rec();
    both(
        r,
        "La polizia ha arrestato un uomo nigeriano e un cittadino cinese.",
        "Police arrested a Nigerian man and a Chinese citizen.",
        &[
            ("uomo nigeriano", "Nigerian man", Some("NGA"), Some("CVL")),
            ("cittadino cinese", "Chinese citizen", Some("CHN"), Some("CVL")),
        ],
    );
    let en = r.recognize_text("The man said the talks failed.", "en", None);
    assert!(en.mentions.iter().all(|m| m.text != "man"));
}

// Phase 11: people named by a demonym and no cue word. A plural demonym
// used as a noun, or a demonym beside a plural noun in no list, is a group
// of that country (no sector: the noun says nothing of it).
#[test]
fn demonym_groups() {
    let r = rec();
    both(
        r,
        "Migliaia di eritrei hanno chiesto asilo, mentre alcuni tecnici tanzaniani e i caschi blu ghanesi restano al confine.",
        "Thousands of Eritreans sought asylum, while some Tanzanian technicians and the Ghanaian peacekeepers stay at the border.",
        &[
            ("eritrei", "Eritreans", Some("ERI"), None),
            ("tecnici tanzaniani", "Tanzanian technicians", Some("TZA"), None),
            ("caschi blu ghanesi", "Ghanaian peacekeepers", Some("GHA"), None),
        ],
    );
    both(
        r,
        "I libici hanno accolto 3.000 ciadiani.",
        "The Libyans welcomed 3,000 Chadians.",
        &[
            ("libici", "Libyans", Some("LBY"), None),
            ("ciadiani", "Chadians", Some("TCD"), None),
        ],
    );
}

// A demonym that qualifies a thing stays no actor: a singular noun, an
// English -is word, an Italian adjective after a noun phrase that is no
// plural group.
#[test]
fn demonym_things_are_no_groups() {
    let r = rec();
    let en = r.recognize_text(
        "The Kenyan crisis worried Kenyan farmers more than Kenyan tea.",
        "en",
        None,
    );
    let texts: Vec<&str> = en.mentions.iter().map(|m| m.text.as_str()).collect();
    assert!(texts.contains(&"Kenyan farmers"), "{texts:?}");
    assert!(
        !texts.iter().any(|t| t.contains("crisis") || t.contains("tea")),
        "{texts:?}"
    );
    let it = r.recognize_text(
        "Il tè keniota e la crisi keniota preoccupano gli agricoltori.",
        "it",
        None,
    );
    assert!(
        it.mentions.iter().all(|m| m.country.is_none()),
        "{:?}",
        it.mentions.iter().map(|m| &m.text).collect::<Vec<_>>()
    );
    // the complement of another noun: the head noun is the argument
    for (lang, s) in [
        ("en", "The banks used the value of Kenyan assets for a loan."),
        (
            "it",
            "Le banche hanno usato il valore dei titoli kenioti per un prestito.",
        ),
    ] {
        let ms = r.recognize_text(s, lang, None).mentions;
        assert!(
            ms.iter().all(|m| m.country.is_none()),
            "{lang}: {:?}",
            ms.iter().map(|m| &m.text).collect::<Vec<_>>()
        );
    }
}

// Phase 13: a demonym with a noun of owned or made things (`name-cues.tsv`
// kind thing) names no group; people nouns in the same sentence still do.
#[test]
fn demonym_with_thing_nouns_is_no_group() {
    let r = rec();
    let cases = [
        ("en", "Kenyan traders sold Ghanaian goods and crossed into Ugandan waters with Zambian shells and Malawian assets.", "Kenyan traders"),
        ("it", "I commercianti kenioti hanno venduto merci ghanesi e sono entrati in acque ugandesi con proiettili zambiani e beni malawiani.", "commercianti kenioti"),
    ];
    for (lang, s, group) in cases {
        let ms = r.recognize_text(s, lang, None).mentions;
        let texts: Vec<&str> = ms.iter().map(|m| m.text.as_str()).collect();
        assert!(texts.contains(&group), "{lang}: {texts:?}");
        assert_eq!(
            ms.iter().filter(|m| m.country.is_some()).count(),
            1,
            "{lang}: {texts:?}"
        );
    }
}

// Phase 13: demonyms one language had and the other lacked.
#[test]
fn demonyms_missing_in_one_language() {
    let r = rec();
    let it = r.recognize_text("I soldati zambiani e i medici malawiani sono arrivati.", "it", None);
    assert_eq!(find(&it.mentions, "soldati zambiani").country.as_deref(), Some("ZMB"));
    assert_eq!(find(&it.mentions, "medici malawiani").country.as_deref(), Some("MWI"));
    let en = r.recognize_text("Two New Zealander doctors arrived.", "en", None);
    assert!(
        en.mentions.iter().any(|m| m.country.as_deref() == Some("NZL")),
        "{:?}",
        en.mentions.iter().map(|m| &m.text).collect::<Vec<_>>()
    );
}

// Phase 13: a singular demonym after an indefinite article is one person of
// that country; before its noun (English) or as the language it is none.
#[test]
fn singular_demonym_after_indefinite_article() {
    let r = rec();
    let it = r.recognize_text(
        "Un'esplosione a Lagos ha ferito un altro keniota. Un ghanese è stato arrestato, ma parla il russo.",
        "it",
        None,
    );
    let got: Vec<(&str, Option<&str>)> = it
        .mentions
        .iter()
        .map(|m| (m.text.as_str(), m.country.as_deref()))
        .collect();
    assert!(got.contains(&("keniota", Some("KEN"))), "{got:?}");
    assert!(got.contains(&("ghanese", Some("GHA"))), "{got:?}");
    assert!(!got.iter().any(|(_, c)| *c == Some("RUS")), "{got:?}");
    let en = r.recognize_text("A blast in Lagos wounded another ethnic Kenyan who lived there. A Ghanaian was held with a Russian passport and a Ugandan actor.", "en", None);
    let got: Vec<(&str, Option<&str>)> = en
        .mentions
        .iter()
        .map(|m| (m.text.as_str(), m.country.as_deref()))
        .collect();
    assert!(got.contains(&("Kenyan", Some("KEN"))), "{got:?}");
    assert!(got.contains(&("Ghanaian", Some("GHA"))), "{got:?}");
    assert!(!got.iter().any(|(_, c)| matches!(*c, Some("RUS" | "UGA"))), "{got:?}");
}

// Phase 13: Italian writes round thousands glued to the number ("30mila").
#[test]
fn glued_thousands_before_plural_demonym() {
    let r = rec();
    let it = r.recognize_text(
        "Circa 30mila ghanesi e 2mila keniote sono arrivati in Togo.",
        "it",
        None,
    );
    assert_eq!(find(&it.mentions, "ghanesi").country.as_deref(), Some("GHA"));
    assert_eq!(find(&it.mentions, "keniote").country.as_deref(), Some("KEN"));
}

// Italian writes a compass prefix with or without a hyphen.
#[test]
fn hyphenated_compass_demonyms() {
    let r = rec();
    let it = r.recognize_text(
        "I rifugiati sud-sudanesi e i soldati nord-coreani sono arrivati.",
        "it",
        None,
    );
    assert_eq!(
        cs(find(&it.mentions, "rifugiati sud-sudanesi")),
        (Some("SSD"), Some("CVL"))
    );
    assert_eq!(
        cs(find(&it.mentions, "soldati nord-coreani")),
        (Some("PRK"), Some("MIL"))
    );
}

// Phase 11: group nouns and short country names that one language lacked.
#[test]
fn separatists_guerrillas_and_homeguards() {
    let r = rec();
    both(
        r,
        "I separatisti e i guerriglieri hanno attaccato la Bosnia-Erzegovina.",
        "The separatists and the guerrillas attacked Bosnia-Herzegovina.",
        &[
            ("separatisti", "separatists", None, Some("REB")),
            ("guerriglieri", "guerrillas", None, Some("REB")),
            ("Bosnia-Erzegovina", "Bosnia-Herzegovina", Some("BIH"), None),
        ],
    );
    let en = r.recognize_text("Militants killed two homeguards near the village.", "en", None);
    assert_eq!(cs(find(&en.mentions, "homeguards")), (None, Some("COP")));
}

// English puts a possessive country and an adjective before a title; the
// person is of that country ("the renegade Libyan general" in Italian).
#[test]
fn possessive_country_adjective_title_name() {
    let r = rec();
    let en = r.recognize_text("Chad's exiled Gen. Amos Kerbala returned on Monday.", "en", None);
    assert_eq!(find(&en.mentions, "Amos Kerbala").country.as_deref(), Some("TCD"));
    let en = r.recognize_text("Homeland Security Secretary Jane Doe visited the border.", "en", None);
    assert_eq!(cs(find(&en.mentions, "Jane Doe")), (None, Some("GOV")));
}

// Phase 14: English names the government's buildings with the noun
// ("government compound", a GOV cue); Italian with the adjective
// ("complesso governativo"), which was no cue.
#[test]
fn government_buildings_take_gov_from_the_adjective() {
    let r = rec();
    both(
        r,
        "Un attacco dei ribelli contro un complesso governativo ha ucciso dieci soldati.",
        "A rebel attack on a government compound killed ten soldiers.",
        &[("complesso governativo", "government", None, Some("GOV"))],
    );
    let ri = r.recognize_text("I ribelli hanno occupato un edificio governativo.", "it", None);
    assert_eq!(cs(find(&ri.mentions, "edificio governativo")), (None, Some("GOV")));
}

// Phase 14: "giunta" is also the participle of "giungere" ("la notizia è
// giunta ieri"): the noun needs an article before it, which may stand
// before an adjective and an elision ("dall'attuale giunta").
#[test]
fn giunta_needs_an_article() {
    let r = rec();
    let ri = r.recognize_text("La notizia è giunta ieri alla redazione di Norvalia.", "it", None);
    assert!(
        !ri.mentions.iter().any(|m| m.text.contains("giunta")),
        "{:?}",
        ri.mentions
    );
    let ri = r.recognize_text(
        "Dall'attuale giunta militare non è arrivata alcuna risposta.",
        "it",
        None,
    );
    assert_eq!(cs(find(&ri.mentions, "giunta militare")), (None, Some("GOV")));
    let ri = r.recognize_text("Dall'attuale ministro non è arrivata alcuna risposta.", "it", None);
    assert_eq!(cs(find(&ri.mentions, "ministro")), (None, Some("GOV")));
}

/// A regional or religious adjective beside a plural role or group noun is
/// a group actor of no one country, in both languages (Phase 17).
#[test]
fn regional_and_religious_groups() {
    let r = rec();
    both(
        r,
        "I leader musulmani e le milizie sciite hanno criticato i diplomatici europei.",
        "Muslim leaders and Shiite militias criticised European diplomats.",
        &[
            ("leader musulmani", "Muslim leaders", None, Some("GOV")),
            ("milizie sciite", "Shiite militias", None, None),
            ("diplomatici europei", "European diplomats", None, Some("GOV")),
        ],
    );
    let re = r.recognize_text("Western allies warned Kessia.", "en", None);
    find(&re.mentions, "Western allies");
}

/// An English demonym after a role noun opens the next phrase: "leaders
/// met French diplomats" is no one actor (Phase 17).
#[test]
fn an_english_demonym_after_a_role_starts_a_new_phrase() {
    let re = rec().recognize_text("Muslim leaders met French diplomats in Norvalia.", "en", None);
    assert!(re.mentions.iter().all(|m| !m.text.contains("met")), "{:?}", re.mentions);
    assert_eq!(cs(find(&re.mentions, "French diplomats")), (Some("FRA"), Some("GOV")));
}

/// After an article a word that ends like a participle is the noun the
/// group adjective or demonym qualifies ("gli alleati occidentali", "i
/// delegati tedeschi"); after an auxiliary it stays a verb (Phase 18).
#[test]
fn a_participle_form_after_an_article_is_a_noun() {
    let r = rec();
    both(
        r,
        "Gli alleati occidentali hanno avvertito i delegati tedeschi.",
        "Western allies warned German delegates.",
        &[
            ("alleati occidentali", "Western allies", None, None),
            ("delegati tedeschi", "German delegates", Some("DEU"), None),
        ],
    );
    let ri = r.recognize_text("Il governo ha accolto ieri dei rifugiati siriani.", "it", None);
    assert_eq!(cs(find(&ri.mentions, "rifugiati siriani")).0, Some("SYR"));
    let ri = r.recognize_text("Norvalia ha incontrato siriani a Roma.", "it", None);
    assert!(
        ri.mentions.iter().all(|m| !m.text.contains("incontrato")),
        "{:?}",
        ri.mentions
    );
}

/// English demonyms coordinated before one head noun are one actor per
/// country, as the Italian demonyms after a shared noun are (Phase 18).
#[test]
fn coordinated_demonyms_share_their_head_noun() {
    let r = rec();
    both(
        r,
        "I negoziatori francesi e tedeschi hanno incontrato i diplomatici spagnoli e portoghesi.",
        "French and German negotiators met Spanish and Portuguese diplomats.",
        &[
            ("tedeschi", "German negotiators", Some("DEU"), Some("GOV")),
            ("portoghesi", "Portuguese diplomats", Some("PRT"), Some("GOV")),
        ],
    );
    let re = r.recognize_text(
        "French and German negotiators met Spanish and Portuguese diplomats.",
        "en",
        None,
    );
    assert_eq!(cs(find(&re.mentions, "French")), (Some("FRA"), Some("GOV")));
    assert_eq!(cs(find(&re.mentions, "Spanish")), (Some("ESP"), Some("GOV")));
    let re = r.recognize_text("Spanish and the Portuguese crews met.", "en", None);
    assert_eq!(cs(find(&re.mentions, "Spanish")), (Some("ESP"), None));
    let re = r.recognize_text("British, French and German troops left Kessia.", "en", None);
    for (t, c) in [("British", "GBR"), ("French", "FRA"), ("German troops", "DEU")] {
        assert_eq!(find(&re.mentions, t).country.as_deref(), Some(c));
    }
    // a demonym that qualifies a thing stays out: no actor for "French"
    let re = r.recognize_text("French and German wines were sold in Kessia.", "en", None);
    assert!(re.mentions.iter().all(|m| m.text != "French"), "{:?}", re.mentions);
}

/// A body or country coordinated with a named role phrase shares its head
/// noun: English "X and Y officials" before the last conjunct, Italian "i
/// funzionari della X e della Y" after the first. Each conjunct is an actor
/// with the head's sector and its own country (Phase 20).
#[test]
fn conjuncts_share_the_head_of_a_role_phrase() {
    let r = rec();
    let ri = r.recognize_text(
        "I funzionari della Norvegia e della Svezia hanno incontrato i diplomatici dell'ONU e dell'Unione europea.",
        "it",
        None,
    );
    assert_eq!(cs(find(&ri.mentions, "Svezia")), (Some("SWE"), Some("GOV")));
    assert_eq!(cs(find(&ri.mentions, "Unione europea")), (Some("EUR"), Some("GOV")));
    let re = r.recognize_text("Norway and Sweden officials met UN and EU diplomats.", "en", None);
    assert_eq!(cs(find(&re.mentions, "Norway")), (Some("NOR"), Some("GOV")));
    assert_eq!(cs(find(&re.mentions, "UN")), (Some("UNO"), Some("GOV")));
    let ri = r.recognize_text(
        "I funzionari della Norvegia, della Svezia e della Danimarca sono arrivati.",
        "it",
        None,
    );
    assert_eq!(cs(find(&ri.mentions, "Danimarca")), (Some("DNK"), Some("GOV")));
    // a word in no list opening the phrase is an actor of its own
    let re = r.recognize_text("Talks between Varrish and EU officials began.", "en", None);
    assert_eq!(cs(find(&re.mentions, "Varrish")), (None, Some("GOV")));
    // a Capitalised common word names a body, and an article may open the
    // last conjunct
    let re = r.recognize_text("House and Senate negotiators met.", "en", None);
    assert_eq!(find(&re.mentions, "House").sector.as_deref(), Some("GOV"));
    let re = r.recognize_text("Spanish and the Portuguese diplomats met.", "en", None);
    assert_eq!(cs(find(&re.mentions, "Spanish")), (Some("ESP"), Some("GOV")));
    let re = r.recognize_text("Spanish and the Portuguese crews met.", "en", None);
    assert_eq!(cs(find(&re.mentions, "Spanish")), (Some("ESP"), None));
    let ri = r.recognize_text("I negoziatori della Norvegia e della Svezia hanno firmato.", "it", None);
    assert_eq!(cs(find(&ri.mentions, "Svezia")), (Some("SWE"), Some("GOV")));
    // a person beside the phrase is no member of it, and a thing shares
    // no head
    let re = r.recognize_text(
        "Biden and EU officials met. Norway and Sweden funds arrived.",
        "en",
        None,
    );
    assert_ne!(find(&re.mentions, "Biden").sector.as_deref(), Some("GOV"));
    assert_eq!(find(&re.mentions, "Norway").sector, None);
}

/// Italian puts the shared head first and each body after "di": in "i
/// negoziatori della Camera e del Senato" the Capitalised common word
/// "Camera", which no list names alone, is a body of its own beside the
/// named "Senato", as "House" is in "House and Senate negotiators" (Phase
/// 21); with no named body coordinated after it, it stays no actor.
#[test]
fn an_italian_shared_head_names_a_common_word_body_before_a_named_one() {
    let r = rec();
    let ri = r.recognize_text(
        "I negoziatori della Camera e del Senato hanno firmato l'intesa.",
        "it",
        None,
    );
    let re = r.recognize_text("House and Senate negotiators signed the deal.", "en", None);
    assert_eq!(
        find(&ri.mentions, "Camera").sector.as_deref(),
        find(&re.mentions, "House").sector.as_deref()
    );
    assert_eq!(find(&ri.mentions, "Camera").sector.as_deref(), Some("GOV"));
    let ri = r.recognize_text("I negoziatori della Camera hanno firmato l'intesa.", "it", None);
    assert!(ri.mentions.iter().all(|m| m.text != "Camera"), "{:?}", ri.mentions);
}
