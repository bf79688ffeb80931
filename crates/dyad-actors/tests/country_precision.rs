//! Country precision of linked actors (issue target ≥ 0.95), checked by
//! hand: every mention the recognizer gives a country must appear below
//! with the country a reader would give it ("-" = it should have none).
//! An unlisted linked mention fails the test, so the expectations must be
//! extended by hand when the recognizer starts linking something new.
//! The sentences are the team's own (with traps: people named like places,
//! a US state named like a country) plus the two seed articles.

use dyad_actors::ActorRecognizer;

const EN: &str = "Former Germany defender Christoph Metzelder was sentenced in Duesseldorf.
US President Donald Trump met Canadian Prime Minister Justin Trudeau in Washington.
Michael Jordan visited Paris Hilton in Georgia, the US state, last week.
Georgia's foreign minister met Turkish officials in Ankara.
Police in Sydney arrested two men, Australian media reported.
Chad Smith and Jordan Peterson were in Chad and Jordan respectively.
The Kremlin said Russian troops had left Kherson.
Iran's government and the Israeli military exchanged threats.
Brazilian striker Neymar da Silva moved to Saudi club Al Hilal.
Apple's chief executive Tim Cook met Chinese officials in Beijing.
A bomb scare shut a metro station in central Madrid for two hours.
An activist, Lena Okafor, lodged an appeal with the U.N. Human Rights Council last spring.
";

const EN_EXPECT: &[(&str, &str)] = &[
    ("Germany", "DEU"),
    ("Christoph Metzelder", "DEU"),
    ("US", "USA"),
    ("Donald Trump", "USA"),
    ("Justin Trudeau", "CAN"),
    ("Washington", "USA"),
    ("Paris", "-"),
    ("Georgia", "USA"),
    ("Georgia's foreign minister", "GEO"),
    ("Turkish officials", "TUR"),
    ("Ankara", "TUR"),
    ("Sydney", "AUS"),
    ("Chad", "TCD"),
    ("Jordan", "JOR"),
    ("Kremlin", "RUS"),
    ("Russian troops", "RUS"),
    ("Kherson", "UKR"),
    ("Iran's government", "IRN"),
    ("Israeli military", "ISR"),
    ("Neymar da Silva", "BRA"),
    ("Al Hilal", "SAU"),
    ("Chinese officials", "CHN"),
    ("Beijing", "CHN"),
    ("Apple", "MNC"),
    ("Madrid", "ESP"),
    ("U.N.", "UNO"),
    ("Human Rights Council", "UNO"),
];

const IT: &str = "Il ministro degli Esteri russo Sergei Lavrov ha incontrato il presidente ucraino Volodymyr Zelensky.
Il premier italiano Giorgia Meloni è volata a Washington, dove ha visto funzionari americani.
La polizia di Milano ha arrestato un cittadino tunisino a Torino.
Il Cremlino e la Casa Bianca hanno commentato la decisione del governo tedesco.
Paolo Rossi, ex attaccante della Juventus, è nato a Prato.
Il presidente francese Emmanuel Macron ha parlato con il cancelliere Olaf Scholz a Berlino.
Alla Farnesina si dice che l'ambasciatore russo rientrerà in Corea del Sud lunedì.
L'ex difensore della Germania Christoph Metzelder è stato condannato.
";

const IT_EXPECT: &[(&str, &str)] = &[
    ("Sergei Lavrov", "RUS"),
    ("Volodymyr Zelensky", "UKR"),
    ("Giorgia Meloni", "ITA"),
    ("Washington", "USA"),
    ("funzionari americani", "USA"),
    ("polizia di Milano", "ITA"),
    ("Torino", "ITA"),
    ("cittadino tunisino", "TUN"),
    ("Cremlino", "RUS"),
    ("Casa Bianca", "USA"),
    ("governo tedesco", "DEU"),
    ("Prato", "ITA"),
    ("Emmanuel Macron", "FRA"),
    ("Olaf Scholz", "DEU"),
    ("Berlino", "DEU"),
    ("Farnesina", "ITA"),
    ("ambasciatore russo", "RUS"),
    ("Corea del Sud", "KOR"),
    ("Germania", "DEU"),
    ("Christoph Metzelder", "DEU"),
    ("Juventus", "ITA"),
    ("Paolo Rossi", "ITA"),
];

/// Seed mentions, checked against the articles by hand. "Unione Sovietica"
/// maps to RUS by the lexicon's convention; Andrei Lankov is linked to his
/// university's country (KOR), as the issue asks; EPA-EFE is a news agency
/// (MNC is PLOVER's multinational code).
const SEED_EXPECT: &[(&str, &str)] = &[
    ("élite russe", "RUS"),
    ("Putin", "RUS"),
    ("Vladimir Putin", "RUS"),
    ("Kim", "PRK"),
    ("Kim Jong Un", "PRK"),
    ("EPA-EFE", "MNC"),
    ("EPA", "MNC"),
    ("Corea del Nord", "PRK"),
    ("leader nordcoreano", "PRK"),
    ("Cremlino", "RUS"),
    ("Donald Trump", "USA"),
    ("Washington", "USA"),
    ("Pyongyang", "PRK"),
    ("Russia", "RUS"),
    ("Ucraina", "UKR"),
    ("dittatore nordcoreano", "PRK"),
    ("Stati Uniti", "USA"),
    ("Hanoi", "VNM"),
    ("Corea del Sud", "KOR"),
    ("turisti russi", "RUS"),
    ("Vladivostok", "RUS"),
    ("Cina", "CHN"),
    ("Unione Sovietica", "RUS"),
    ("Funzionari statunitensi", "USA"),
    ("alto funzionario ucraino", "UKR"),
    ("governo sudcoreano", "KOR"),
    ("Funzionari sudcoreani", "KOR"),
    ("Andrei Lankov", "KOR"),
    ("Università Kookmin di Seul", "KOR"),
    ("funzionario sudcoreano", "KOR"),
    ("ambasciatore russo", "RUS"),
    ("Pechino", "CHN"),
    ("Giappone", "JPN"),
    ("Xi Jinping", "CHN"),
    ("Lee Sang-Hyun", "KOR"),
    ("Sejong Institute", "KOR"),
    ("Vietnam", "VNM"),
    ("Mosca", "RUS"),
    ("leader russo", "RUS"),
    ("To Lam", "VNM"),
    ("Lam", "VNM"),
    ("Kiev", "UKR"),
    ("Gran Bretagna", "GBR"),
    ("Dipartimento di Stato americano", "USA"),
    ("portavoce del Dipartimento di Stato", "USA"),
    ("Joe Biden", "USA"),
    ("Nhan Dan", "VNM"),
    ("Nazioni Unite", "UNO"),
    ("ONU", "UNO"),
    ("Onu", "UNO"),
    ("G7", "IGO"),
    ("Unione Europea", "EUR"),
    ("osservatori russi", "RUS"),
    ("proiettili nordcoreani", "PRK"),
    ("russe", "RUS"),
    ("ucraini", "UKR"),
    // group phrases: one mention per referent, each must be one of the pair
    ("Le due parti", "RUS+VNM"),
    ("entrambe le parti", "RUS+VNM"),
    ("i due paesi", "RUS+PRK"),
];

/// Phase 7 traps, one sentence each, scored alone (the same word may need a
/// different answer in another sentence): a town that is also a name in a
/// person-name position, funds and programmes named after a country,
/// disputed territories (no country unless the text names the holder),
/// Italian "Nato" (born) at a sentence start. Written before the fixes.
type Trap = (&'static str, &'static str, &'static [(&'static str, &'static str)]);
const TRAPS: &[Trap] = &[
    (
        "en",
        "Prime Minister Hassan Nour met Kenyan officials.",
        &[("Hassan", "-"), ("Hassan Nour", "-"), ("Kenyan officials", "KEN")],
    ),
    (
        "en",
        "Frank Colombo was arrested in Colombo.",
        &[("Frank Colombo", "-"), ("Colombo", "LKA")],
    ),
    (
        "en",
        "Detective Colombo questioned the witness.",
        &[("Colombo", "-"), ("Detective Colombo", "-")],
    ),
    (
        "en",
        "The Sri Lanka Humanitarian Fund received money from the Japan Foundation.",
        &[
            ("Sri Lanka Humanitarian Fund", "-"),
            ("Sri Lanka", "-"),
            ("Japan Foundation", "JPN"),
        ],
    ),
    (
        "en",
        "The Kenya Education Programme was launched in Nairobi.",
        &[("Kenya", "-"), ("Kenya Education Programme", "-"), ("Nairobi", "KEN")],
    ),
    (
        "en",
        "Syria demands the return of the Golan Heights.",
        &[("Syria", "SYR"), ("Golan Heights", "-")],
    ),
    ("en", "Shelling continued in Kashmir on Monday.", &[("Kashmir", "-")]),
    (
        "en",
        "A curfew was imposed in Indian Kashmir.",
        &[("Kashmir", "IND"), ("Indian Kashmir", "IND")],
    ),
    (
        "en",
        "Rockets fell on the Israeli-occupied Golan Heights.",
        &[("Golan Heights", "ISR")],
    ),
    (
        "en",
        "Kashmir Singh and Mayor Dayton King met in Dayton.",
        &[
            ("Kashmir", "-"),
            ("Kashmir Singh", "-"),
            ("Dayton", "USA"),
            ("Dayton King", "-"),
            ("Mayor Dayton King", "-"),
        ],
    ),
    (
        "it",
        "Nato a Cuneo nel 1950, Mario Bianchi è stato sindaco di Alba.",
        &[
            ("Nato", "-"),
            ("Cuneo", "ITA"),
            ("Alba", "ITA"),
            ("sindaco di Alba", "ITA"),
        ],
    ),
    (
        "it",
        "Nato nel 1960, il generale ha guidato le truppe della Nato in Kosovo.",
        &[("Nato", "-"), ("truppe della Nato", "IGO"), ("Kosovo", "XKK")],
    ),
    (
        "it",
        "Nato e Ue hanno condannato l'attacco.",
        &[("Nato", "IGO"), ("Ue", "EUR")],
    ),
    (
        "it",
        "Il premier Hassan Nour ha incontrato il sindaco di Roma.",
        &[
            ("Hassan", "-"),
            ("Hassan Nour", "-"),
            ("Roma", "ITA"),
            ("sindaco di Roma", "ITA"),
        ],
    ),
    (
        "it",
        "La Siria chiede la restituzione delle alture del Golan.",
        &[("Siria", "SYR"), ("Golan", "-"), ("alture del Golan", "-")],
    ),
    (
        "it",
        "Nel Kashmir pachistano si combatte da giorni.",
        &[("Kashmir", "PAK"), ("Kashmir pachistano", "PAK")],
    ),
    // phase 11: people named by a demonym and no cue take its country
    (
        "en",
        "Around 9,000 Eritreans fled to Sudan, where Chinese engineers built a camp.",
        &[("Eritreans", "ERI"), ("Sudan", "SDN"), ("Chinese engineers", "CHN")],
    ),
    (
        "it",
        "Circa 9.000 eritrei sono fuggiti in Sudan, dove ingegneri cinesi hanno costruito un campo.",
        &[("eritrei", "ERI"), ("Sudan", "SDN"), ("ingegneri cinesi", "CHN")],
    ),
];

/// (linked, correct, wrong descriptions)
fn score(
    rec: &ActorRecognizer,
    text: &str,
    lang: &str,
    date: &str,
    expect: &[(&str, &str)],
) -> (usize, usize, Vec<String>) {
    let (mut linked, mut ok, mut bad) = (0, 0, Vec::new());
    for m in rec.recognize_text(text, lang, Some(date)).mentions {
        let Some(c) = m.country.as_deref() else { continue };
        linked += 1;
        match expect.iter().find(|(t, _)| *t == m.text) {
            Some((_, e)) if e.split('+').any(|x| x == c) => ok += 1,
            Some((_, e)) => bad.push(format!("{:?} -> {c}, expected {e}", m.text)),
            None => panic!(
                "linked mention {:?} -> {c} has no hand-written expectation; add one",
                m.text
            ),
        }
    }
    (linked, ok, bad)
}

fn seed(name: &str) -> Option<String> {
    std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../../shared/seeds")
            .join(name),
    )
    .ok()
}

#[test]
fn country_precision_of_linked_actors() {
    let rec = ActorRecognizer::new(&dyad_lexicon::Lexicons::embedded()).unwrap();
    let mut runs = vec![
        score(&rec, EN, "en", "2023-06-01", EN_EXPECT),
        score(&rec, IT, "it", "2023-06-01", IT_EXPECT),
    ];
    let traps = TRAPS
        .iter()
        .map(|(lang, s, e)| score(&rec, s, lang, "2023-06-01", e))
        .fold((0, 0, Vec::new()), |mut a, r| {
            a.2.extend(r.2);
            (a.0 + r.0, a.1 + r.1, a.2)
        });
    println!("phase 7 traps: {}/{}; wrong: {:#?}", traps.1, traps.0, traps.2);
    assert!(traps.2.is_empty(), "phase 7 traps wrong: {:#?}", traps.2);
    runs.push(traps);
    let own = runs.iter().fold((0, 0), |a, r| (a.0 + r.0, a.1 + r.1));
    for (f, d) in [
        ("000_e9255316bfc9fb12.txt", "2024-06-18"),
        ("004_91525126e568a6db.txt", "2024-06-20"),
    ] {
        if let Some(t) = seed(f) {
            runs.push(score(&rec, &t, "it", d, SEED_EXPECT));
        }
    }
    let (linked, ok) = runs.iter().fold((0, 0), |a, r| (a.0 + r.0, a.1 + r.1));
    let bad: Vec<&String> = runs.iter().flat_map(|r| r.2.iter()).collect();
    let p = ok as f64 / linked as f64;
    println!(
        "country precision: own sentences {}/{} = {:.3}; with seeds {ok}/{linked} = {p:.3}; wrong: {bad:#?}",
        own.1,
        own.0,
        own.1 as f64 / own.0 as f64
    );
    assert!(p >= 0.95, "country precision {p:.3} < 0.95: {bad:#?}");
}
