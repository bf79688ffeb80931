//! How the store names actors, dyads and outlets: the keys that filters,
//! de-duplication and analytics group by.

use dyad_model::{ActorMention, ActorRef, Event, Modality, Record};

/// An event participant as the store keeps it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Participant {
    /// The actor's key: country code when known, else the linked actor id
    /// (Wikidata QID), else its canonical name, else its text.
    pub code: String,
    pub country: Option<String>,
    pub sector: Option<String>,
    pub actor_id: Option<String>,
    pub name: Option<String>,
    pub text: String,
}

fn non_empty(s: &Option<String>) -> Option<String> {
    s.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

/// The participant for an event's actor reference. The reference carries no
/// id, so the document's actor mention with the same span supplies id and name.
pub(crate) fn participant(r: &ActorRef, actors: &[ActorMention]) -> Participant {
    let linked = actors
        .iter()
        .find(|a| a.start == r.start && a.end == r.end && r.end > r.start);
    let country = non_empty(&r.country);
    let actor_id = linked.and_then(|a| non_empty(&a.id));
    let name = linked.and_then(|a| non_empty(&a.name));
    let text = r.text.trim().to_string();
    let code = country
        .clone()
        .or_else(|| actor_id.clone())
        .or_else(|| name.clone())
        .unwrap_or_else(|| if text.is_empty() { "?".to_string() } else { text.clone() });
    Participant {
        code,
        country,
        sector: non_empty(&r.sector),
        actor_id,
        name,
        text,
    }
}

/// The key of one side of a dyad: the set of its actors' codes, sorted and
/// joined with `+` ("CHN+RUS"). Compound actors written in another order, or
/// naming the same country twice ("Putin and Russia"), give the same key.
pub(crate) fn side_key(parts: &[Participant]) -> String {
    let mut codes: Vec<&str> = parts.iter().map(|p| p.code.as_str()).collect();
    codes.sort_unstable();
    codes.dedup();
    codes.join("+")
}

/// The de-duplication block of an event: only mentions in one block can
/// cluster. Negated events never merge with asserted ones.
pub(crate) fn block_key(event: &Event, source: &str, recipient: &str) -> String {
    let polarity = if event.modality == Modality::Negated {
        "neg"
    } else {
        "pos"
    };
    format!("{}|{polarity}|{source}|{recipient}", event.event.as_str())
}

/// The outlet of a document, for counting distinct sources: the host of its
/// URL (or of its source when that is a URL), else its source as given.
pub(crate) fn outlet(url: Option<&str>, source: &str) -> String {
    url.and_then(host)
        .or_else(|| host(source))
        .unwrap_or_else(|| source.to_string())
}

fn host(s: &str) -> Option<String> {
    let rest = s.trim().split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?.rsplit('@').next()?;
    let host = host.split(':').next()?.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
    (!host.is_empty()).then_some(host)
}

/// The content hash that identifies a document: the stable hash of its
/// normalized text.
pub(crate) fn content_hash(record: &Record) -> String {
    dyad_model::stable_hash(&["doc-text", &dyad_model::normalize_for_hash(&record.doc.text)])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn aref(text: &str, country: Option<&str>) -> ActorRef {
        ActorRef {
            text: text.into(),
            start: 0,
            end: 0,
            country: country.map(Into::into),
            sector: None,
        }
    }

    #[test]
    fn codes_prefer_country_then_id_then_name() {
        let m = ActorMention {
            text: "Hamas".into(),
            start: 3,
            end: 8,
            kind: dyad_model::ActorKind::Organization,
            country: None,
            sector: None,
            id: Some("Q38799".into()),
            name: Some("Hamas".into()),
        };
        let mut r = aref("Hamas", None);
        r.start = 3;
        r.end = 8;
        assert_eq!(participant(&r, &[m]).code, "Q38799");
        assert_eq!(participant(&aref("Putin", Some("RUS")), &[]).code, "RUS");
        assert_eq!(participant(&aref(" ", None), &[]).code, "?");
    }

    #[test]
    fn compound_sides_are_sets() {
        let a = [
            participant(&aref("Russia", Some("RUS")), &[]),
            participant(&aref("China", Some("CHN")), &[]),
        ];
        let b = [
            participant(&aref("Cina", Some("CHN")), &[]),
            participant(&aref("Mosca", Some("RUS")), &[]),
            participant(&aref("Putin", Some("RUS")), &[]),
        ];
        assert_eq!(side_key(&a), "CHN+RUS");
        assert_eq!(side_key(&a), side_key(&b));
    }

    #[test]
    fn outlets() {
        assert_eq!(outlet(Some("https://www.ansa.it/x/y.html"), "feed.jsonl"), "ansa.it");
        assert_eq!(outlet(None, "http://user@Example.com:8080/a"), "example.com");
        assert_eq!(outlet(None, "articles/a.txt"), "articles/a.txt");
    }
}
