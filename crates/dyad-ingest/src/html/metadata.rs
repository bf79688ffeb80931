//! Page metadata: title, publication date, author, site name, canonical URL,
//! declared language, and a JSON-LD `articleBody` when the page has one.
//!
//! Sources are tried from the most to the least deliberate: JSON-LD
//! (schema.org `NewsArticle` & co.), then OpenGraph/`article:*`/Dublin Core
//! `<meta>` tags, then `<time>` and `itemprop` markup, then the URL.

use super::dom::{collapse_ws, Dom, NodeData, ROOT};
use crate::dates;
use serde_json::Value;

/// What a page says about itself.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Metadata {
    pub title: Option<String>,
    /// Publication date, `YYYY-MM-DD`.
    pub date: Option<String>,
    pub author: Option<String>,
    pub site_name: Option<String>,
    pub canonical_url: Option<String>,
    /// Declared language (ISO 639-1, lower case) from `<html lang>`, meta tags or JSON-LD.
    pub lang: Option<String>,
    pub description: Option<String>,
    /// schema.org `articleBody`, when given (used as a second opinion).
    pub article_body: Option<String>,
}

#[derive(Default)]
struct Found {
    html_lang: Option<String>,
    title_tag: Option<String>,
    h1: Option<String>,
    metas: Vec<(String, String)>,
    canonical: Option<String>,
    time_dates: Vec<(bool, String)>,
    ld: Vec<Value>,
}

/// Reads the metadata of a parsed page; `url` (where it was fetched from)
/// helps with dates in the path.
pub fn read(dom: &Dom, url: Option<&str>) -> Metadata {
    let mut f = Found::default();
    let mut it = dom.descendants(ROOT);
    while let Some(n) = it.next() {
        let Some(tag) = dom.tag(n) else { continue };
        match tag {
            "html" if f.html_lang.is_none() => {
                f.html_lang = dom
                    .attr(n, "lang")
                    .or_else(|| dom.attr(n, "xml:lang"))
                    .map(str::to_string)
            }
            "title" if f.title_tag.is_none() => f.title_tag = Some(dom.text_of(n)),
            "h1" if f.h1.is_none() => f.h1 = Some(dom.text_of(n)).filter(|t| !t.is_empty()),
            "meta" => {
                let key = dom
                    .attr(n, "property")
                    .or_else(|| dom.attr(n, "name"))
                    .or_else(|| dom.attr(n, "itemprop"))
                    .or_else(|| dom.attr(n, "http-equiv"));
                if let (Some(k), Some(v)) = (key, dom.attr(n, "content")) {
                    f.metas.push((k.to_ascii_lowercase(), collapse_ws(v)));
                }
            }
            "link" if f.canonical.is_none() => {
                if dom.attr(n, "rel").is_some_and(|r| r.eq_ignore_ascii_case("canonical")) {
                    f.canonical = dom.attr(n, "href").map(str::to_string);
                }
            }
            "time" => {
                if let Some(d) = dom.attr(n, "datetime") {
                    let class = dom.attr(n, "class").unwrap_or("").to_ascii_lowercase();
                    let strong = dom.attr(n, "pubdate").is_some()
                        || dom
                            .attr(n, "itemprop")
                            .is_some_and(|p| p.eq_ignore_ascii_case("datepublished"))
                        || class.contains("publish")
                        || class.contains("date");
                    f.time_dates.push((strong, d.to_string()));
                }
            }
            "script" => {
                if dom
                    .attr(n, "type")
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"))
                {
                    let raw = dom.text_of_raw(n);
                    if let Ok(v) = serde_json::from_str::<Value>(raw.trim().trim_end_matches(';')) {
                        f.ld.push(v);
                    }
                }
                it.skip_subtree(n);
            }
            "style" | "svg" => it.skip_subtree(n),
            _ => {
                if let Some(p) = dom.attr(n, "itemprop") {
                    if p.eq_ignore_ascii_case("datepublished") {
                        if let Some(d) = dom.attr(n, "content").or_else(|| dom.attr(n, "datetime")) {
                            f.time_dates.push((true, d.to_string()));
                        }
                    }
                }
            }
        }
    }
    build(f, url)
}

fn build(f: Found, url: Option<&str>) -> Metadata {
    let meta = |keys: &[&str]| -> Option<String> {
        keys.iter().find_map(|k| {
            f.metas
                .iter()
                .find(|(mk, v)| mk == k && !v.is_empty())
                .map(|(_, v)| v.clone())
        })
    };
    let mut ld = LdArticle::default();
    for v in &f.ld {
        ld.collect(v);
    }
    let site_name = ld
        .publisher
        .clone()
        .or_else(|| meta(&["og:site_name", "application-name", "twitter:site"]));
    let title = ld
        .headline
        .clone()
        .or_else(|| meta(&["og:title", "twitter:title", "dc.title", "headline"]))
        .or_else(|| f.h1.clone())
        .or_else(|| f.title_tag.as_deref().map(|t| strip_site_name(t, site_name.as_deref())))
        .map(|t| collapse_ws(&t))
        .filter(|t| !t.is_empty());
    let date = ld
        .date
        .as_deref()
        .and_then(dates::normalize)
        .or_else(|| {
            meta(&[
                "article:published_time",
                "og:published_time",
                "article:published",
                "datepublished",
                "pubdate",
                "publishdate",
                "publish-date",
                "publish_date",
                "dc.date.issued",
                "dc.date",
                "dcterms.date",
                "date",
                "sailthru.date",
                "parsely-pub-date",
                "article.published",
                "cxenseparse:recs:publishtime",
            ])
            .as_deref()
            .and_then(dates::normalize)
        })
        .or_else(|| {
            f.time_dates
                .iter()
                .filter(|(s, _)| *s)
                .find_map(|(_, d)| dates::normalize(d))
        })
        .or_else(|| url.or(f.canonical.as_deref()).and_then(dates::from_url))
        .or_else(|| f.time_dates.iter().find_map(|(_, d)| dates::normalize(d)));
    let author = ld
        .author
        .clone()
        .or_else(|| {
            meta(&[
                "author",
                "article:author",
                "dc.creator",
                "byl",
                "sailthru.author",
                "parsely-author",
            ])
        })
        .filter(|a| !a.starts_with("http"))
        .map(|a| a.trim_start_matches("By ").trim_start_matches("by ").to_string());
    let lang = f
        .html_lang
        .clone()
        .or_else(|| meta(&["content-language", "og:locale", "language", "dc.language"]))
        .or_else(|| ld.lang.clone())
        .and_then(|l| {
            let code: String = l
                .trim()
                .chars()
                .take_while(|c| c.is_ascii_alphabetic())
                .collect::<String>()
                .to_ascii_lowercase();
            (code.len() == 2 || code.len() == 3).then_some(code)
        });
    let canonical_url = f
        .canonical
        .clone()
        .or_else(|| meta(&["og:url"]))
        .or(ld.url.clone())
        .filter(|u| u.starts_with("http"));
    Metadata {
        title,
        date,
        author,
        site_name,
        canonical_url,
        lang,
        description: meta(&["description", "og:description", "twitter:description"]),
        article_body: ld.body.map(|b| b.trim().to_string()).filter(|b| !b.is_empty()),
    }
}

/// "Headline | Site" or "Headline - Site" → "Headline".
fn strip_site_name(title: &str, site: Option<&str>) -> String {
    for sep in [" | ", " - ", " – ", " — ", " :: ", " · "] {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            let tail_is_site = site.is_some_and(|s| tail.trim().eq_ignore_ascii_case(s.trim()))
                || tail.split_whitespace().count() <= 4;
            if tail_is_site && head.split_whitespace().count() >= 2 {
                return head.trim().to_string();
            }
        }
    }
    title.trim().to_string()
}

/// The fields of the first schema.org article-like object in JSON-LD.
#[derive(Default)]
struct LdArticle {
    headline: Option<String>,
    date: Option<String>,
    author: Option<String>,
    publisher: Option<String>,
    body: Option<String>,
    lang: Option<String>,
    url: Option<String>,
}

const ARTICLE_TYPES: [&str; 9] = [
    "Article",
    "NewsArticle",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "BlogPosting",
    "OpinionNewsArticle",
    "LiveBlogPosting",
    "WebPage",
    "Report",
];

impl LdArticle {
    fn collect(&mut self, root: &Value) {
        // Iterative walk: JSON-LD may nest @graph arrays arbitrarily.
        let mut stack = vec![root];
        let mut budget = 10_000;
        while let Some(v) = stack.pop() {
            budget -= 1;
            if budget == 0 {
                return;
            }
            match v {
                Value::Array(a) => stack.extend(a.iter().rev()),
                Value::Object(o) => {
                    let types: Vec<&str> = match o.get("@type") {
                        Some(Value::String(s)) => vec![s.as_str()],
                        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
                        _ => vec![],
                    };
                    let is_article = types.iter().any(|t| ARTICLE_TYPES.contains(t)) || o.contains_key("articleBody");
                    let is_page = types == ["WebPage"];
                    if is_article {
                        let s = |k: &str| {
                            o.get(k)
                                .and_then(Value::as_str)
                                .map(collapse_ws)
                                .filter(|s| !s.is_empty())
                        };
                        if !is_page || self.headline.is_none() {
                            if self.headline.is_none() && !is_page {
                                self.headline = s("headline").or_else(|| s("name"));
                            }
                            if self.date.is_none() {
                                self.date = s("datePublished").or_else(|| s("dateCreated"));
                            }
                        }
                        if self.body.is_none() {
                            self.body = o.get("articleBody").and_then(Value::as_str).map(str::to_string);
                        }
                        if self.author.is_none() {
                            self.author = o.get("author").and_then(person_name);
                        }
                        if self.publisher.is_none() {
                            self.publisher = o.get("publisher").and_then(person_name);
                        }
                        if self.lang.is_none() {
                            self.lang = s("inLanguage");
                        }
                        if self.url.is_none() && !is_page {
                            self.url = s("url");
                        }
                    }
                    for (k, child) in o {
                        if k == "@graph" || k == "mainEntity" || k == "itemListElement" {
                            stack.push(child);
                        }
                    }
                }
                _ => {}
            }
        }
    }
}

fn person_name(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(collapse_ws(s)),
        Value::Object(o) => o.get("name").and_then(Value::as_str).map(collapse_ws),
        Value::Array(a) => {
            let names: Vec<String> = a.iter().filter_map(person_name).collect();
            (!names.is_empty()).then(|| names.join(", "))
        }
        _ => None,
    }
    .filter(|s| !s.is_empty())
}

impl Dom {
    /// Raw text content of an element (no whitespace collapsing): for scripts.
    pub fn text_of_raw(&self, id: super::dom::NodeId) -> String {
        let mut out = String::new();
        for n in self.descendants(id) {
            if let NodeData::Text(t) = &self.nodes[n].data {
                out.push_str(t);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_ld_wins_then_meta_then_url() {
        let page = r#"<html lang="it-IT"><head><title>Vertice a Roma | Il Quotidiano</title>
            <meta property="og:site_name" content="Il Quotidiano">
            <meta property="article:published_time" content="2024-06-19T08:00:00Z">
            <link rel="canonical" href="https://example.it/2024/06/18/vertice">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
              {"@type":"NewsArticle","headline":"Vertice a Roma","datePublished":"2024-06-20T10:00:00+02:00",
               "author":[{"@type":"Person","name":"Maria Rossi"}],"publisher":{"@type":"Organization","name":"Il Quotidiano"},
               "articleBody":"Testo."}]}</script></head><body><h1>Altro</h1></body></html>"#;
        let m = read(&Dom::parse(page), None);
        assert_eq!(m.title.as_deref(), Some("Vertice a Roma"));
        assert_eq!(m.date.as_deref(), Some("2024-06-20"));
        assert_eq!(m.author.as_deref(), Some("Maria Rossi"));
        assert_eq!(m.site_name.as_deref(), Some("Il Quotidiano"));
        assert_eq!(
            m.canonical_url.as_deref(),
            Some("https://example.it/2024/06/18/vertice")
        );
        assert_eq!(m.lang.as_deref(), Some("it"));
        assert_eq!(m.article_body.as_deref(), Some("Testo."));

        let page = r#"<html><head><title>Talks resume - The Daily Example</title><link rel="canonical" href="https://example.com/news/2024/06/18/talks"></head>
            <body><time datetime="2023-01-01">old</time></body></html>"#;
        let m = read(&Dom::parse(page), None);
        assert_eq!(m.title.as_deref(), Some("Talks resume"));
        assert_eq!(m.date.as_deref(), Some("2024-06-18"));
        assert_eq!(m.lang, None);
    }
}
