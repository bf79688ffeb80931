//! HTML extraction on pages written for these tests (Italian and English).

use dyad_model::{Body, Document};

fn article(html: &str) -> dyad_model::Article {
    dyad_ingest::to_article(Document {
        source: "t.html".into(),
        body: Body::Html(html.into()),
        ..Default::default()
    })
    .unwrap()
}

const IT_PAGE: &str = r##"<!DOCTYPE html><html lang="it"><head><meta charset="utf-8">
<title>Il ministro incontra l'omologo francese | La Gazzetta di Prova</title>
<meta property="og:site_name" content="La Gazzetta di Prova">
<meta property="article:published_time" content="2024-06-18T09:30:00+02:00">
<meta name="author" content="Giulia Bianchi">
<link rel="canonical" href="https://gazzetta.example/esteri/ministro-francia">
</head><body>
<div id="cookie-banner">Usiamo i cookie per migliorare la tua esperienza. <button>Accetta</button></div>
<header class="site-header"><nav><a href="/">Home</a> | <a href="/esteri">Esteri</a> | <a href="/politica">Politica</a></nav></header>
<div class="wrapper has-sidebar"><main>
<article class="post">
  <h1>Il ministro incontra l'omologo francese</h1>
  <div class="byline">di Giulia Bianchi, 18 giugno 2024</div>
  <div class="article-chunk">
    <p>Il ministro degli Esteri ha incontrato ieri a Roma il suo omologo francese, con cui ha discusso di difesa comune, migrazioni e del sostegno all'Ucraina.</p>
    <figure><img src="a.jpg"><figcaption>Il ministro con l'omologo francese (Foto Ansa)</figcaption></figure>
    <p>«Abbiamo trovato un'intesa su quasi tutti i punti», ha detto il ministro al termine del colloquio, durato più di due ore, secondo quanto riferito dalla Farnesina.</p>
  </div>
  <div class="ad-slot inline-ad">Pubblicità</div>
  <div class="article-chunk">
    <p>I due governi firmeranno un accordo sulla cooperazione industriale nel settore della difesa entro la fine dell'anno, hanno annunciato le due delegazioni.</p>
    <p>Leggi anche: <a href="/x">Vertice Nato, cosa cambia per l'Italia</a></p>
    <p>Parigi ha inoltre chiesto a Roma di sostenere la candidatura francese alla guida di una nuova missione navale europea nel Mar Rosso, a protezione dei mercantili.</p>
  </div>
  <div class="share-buttons"><a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div>
</article>
<section class="related-articles"><h3>Potrebbe interessarti</h3><ul>
  <li><a href="/1">La Francia e l'Italia firmano un nuovo trattato di amicizia tra i due paesi</a></li>
  <li><a href="/2">Il presidente riceve il premier al Quirinale per un colloquio sulla manovra</a></li></ul></section>
<div id="comments" class="comments-area"><p>Mario: Finalmente un accordo serio tra i due paesi, era ora che si muovessero, bravi tutti.</p></div>
</main><aside class="sidebar"><p>Le notizie più lette di oggi, con tutti gli aggiornamenti in tempo reale dalla redazione.</p></aside></div>
<footer><p>© 2024 La Gazzetta di Prova S.r.l. — P.IVA 00000000000 — Tutti i diritti riservati.</p></footer>
</body></html>"##;

#[test]
fn italian_page_body_only_with_metadata() {
    let a = article(IT_PAGE);
    assert_eq!(a.title.as_deref(), Some("Il ministro incontra l'omologo francese"));
    assert_eq!(a.date.as_deref(), Some("2024-06-18"));
    assert_eq!(a.lang.as_deref(), Some("it"));
    assert_eq!(
        a.url.as_deref(),
        Some("https://gazzetta.example/esteri/ministro-francia")
    );
    let paras: Vec<&str> = a.text.split("\n\n").collect();
    assert_eq!(paras.len(), 4, "{}", a.text);
    assert!(paras[0].starts_with("Il ministro degli Esteri ha incontrato ieri"));
    assert!(paras[1].starts_with("«Abbiamo trovato"));
    assert!(paras[2].starts_with("I due governi firmeranno"));
    assert!(paras[3].starts_with("Parigi ha inoltre chiesto"));
    let meta = dyad_ingest::extract_html(IT_PAGE, None).meta;
    assert_eq!(meta.author.as_deref(), Some("Giulia Bianchi"));
    assert_eq!(meta.site_name.as_deref(), Some("La Gazzetta di Prova"));
}

#[test]
fn english_page_with_br_paragraphs_and_json_ld() {
    let page = r#"<html><head><title>Summit ends - Daily Example</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Summit ends with a joint statement","datePublished":"2024-06-20","author":{"name":"John Roe"}}</script>
</head><body><div class="menu"><a href="/">Home</a><a href="/world">World</a></div>
<div class="story">The leaders of the two countries ended their summit on Thursday with a joint statement on trade, energy and security.<br><br>
"We have opened a new chapter," the prime minister told reporters in the capital, adding that ministers would meet again in September.<br><br>
Photo: Reuters<br><br>
Officials said a trade agreement could be signed before the end of the year, though several disputes, including tariffs on steel, remain open.</div>
<div class="newsletter">Sign up for our daily newsletter and get the news delivered to your inbox.</div>
</body></html>"#;
    let a = article(page);
    assert_eq!(a.title.as_deref(), Some("Summit ends with a joint statement"));
    assert_eq!(a.date.as_deref(), Some("2024-06-20"));
    assert!(a.text.starts_with("The leaders of the two countries"), "{}", a.text);
    assert!(a.text.contains("\"We have opened a new chapter,\""));
    assert!(a.text.ends_with("remain open."), "{}", a.text);
    assert!(!a.text.contains("Reuters") && !a.text.contains("Sign up") && !a.text.contains("Home"));
}

#[test]
fn latin1_page_declared_in_meta() {
    let mut bytes =
        b"<html><head><meta http-equiv='Content-Type' content='text/html; charset=iso-8859-1'></head><body><p>"
            .to_vec();
    bytes.extend_from_slice(b"Il presidente \xe8 arrivato a Citt\xe0 del Vaticano per un incontro con il Papa, durato un'ora.</p></body></html>");
    let dir = std::env::temp_dir().join(format!("dyad-html-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join("latin1.html");
    std::fs::write(&p, &bytes).unwrap();
    let doc = dyad_ingest::read_inputs(&[p], &Default::default())
        .next()
        .unwrap()
        .unwrap();
    let a = dyad_ingest::to_article(doc).unwrap();
    assert!(a.text.contains("è arrivato a Città del Vaticano"), "{}", a.text);
    std::fs::remove_dir_all(dir).unwrap();
}
