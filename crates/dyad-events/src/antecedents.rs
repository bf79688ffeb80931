//! Group phrases the actor recognizer resolved ("the two leaders", "i due
//! paesi": one mention per referent, all with the phrase's span) become one
//! role slot per antecedent at the phrase's position, so the pair acts as a
//! coordinated subject or object ("Putin e Kim … I due leader hanno firmato
//! un patto" is Putin and Kim signing). Each slot points at the antecedent's
//! own mention, as a resolved pronoun does, so the two stay two actors.

use crate::coder::Slot;
use dyad_model::ActorMention;

/// Replaces each slot that covers a group phrase in `sentence` (byte span)
/// with one slot per antecedent.
pub(crate) fn expand_groups<'a>(actors: &'a [ActorMention], sentence: (usize, usize), slots: &mut Vec<Slot<'a>>) {
    let in_sentence = |m: &&ActorMention| m.start >= sentence.0 && m.end <= sentence.1;
    let mut groups: Vec<(usize, usize)> = Vec::new();
    for (i, a) in actors.iter().enumerate() {
        let shared = actors[i + 1..]
            .iter()
            .take_while(|b| b.start == a.start)
            .any(|b| b.end == a.end);
        if shared && in_sentence(&a) && !groups.contains(&(a.start, a.end)) {
            groups.push((a.start, a.end));
        }
    }
    for (start, end) in groups {
        let Some(at) = slots
            .iter()
            .position(|s| s.mention.start == start && s.mention.end == end)
        else {
            continue;
        };
        let antecedents: Vec<&'a ActorMention> = actors
            .iter()
            .filter(|m| (m.start, m.end) == (start, end))
            .filter_map(|member| antecedent(actors, start, member))
            .collect();
        if antecedents.len() < 2 {
            continue;
        }
        let (first, last) = (slots[at].first, slots[at].last);
        slots.remove(at);
        for (k, m) in antecedents.into_iter().enumerate() {
            slots.insert(
                at + k,
                Slot {
                    mention: m,
                    first,
                    last,
                },
            );
        }
    }
}

/// The last mention before `before` of the actor a group member stands for.
fn antecedent<'a>(actors: &'a [ActorMention], before: usize, member: &ActorMention) -> Option<&'a ActorMention> {
    actors
        .iter()
        .rev()
        .filter(|m| m.end <= before)
        .find(|m| match (&member.id, &m.id, &member.name, &m.name) {
            (Some(a), Some(b), _, _) => a == b,
            (_, _, Some(a), Some(b)) => a == b,
            _ => m.kind == member.kind && m.country.is_some() && m.country == member.country,
        })
}

#[cfg(test)]
mod tests {
    use crate::{Coder, NoPlaces};
    use dyad_lexicon::Lexicons;
    use dyad_model::{ActorKind, ActorMention, Article, Category, Event};

    fn person(text: &str, at: usize, country: &str, name: &str) -> ActorMention {
        ActorMention {
            text: text.into(),
            start: at,
            end: at + text.len(),
            kind: ActorKind::Person,
            country: Some(country.into()),
            sector: Some("GOV".into()),
            id: None,
            name: Some(name.into()),
        }
    }

    /// Codes `text` with two named leaders and, when `group` is given, the
    /// recognizer's resolution of that phrase: one mention per referent.
    fn code(lang: &str, text: &str, a: &str, b: &str, group: Option<&str>) -> Vec<Event> {
        let coder = Coder::new(&Lexicons::embedded()).unwrap();
        let article = Article {
            source: "test".into(),
            text: text.into(),
            date: Some("2024-06-20".into()),
            ..Default::default()
        };
        let analysis = dyad_text::analyze(article, Some(lang)).unwrap();
        let mut mentions = vec![
            person(a, text.find(a).unwrap(), "NRV", a),
            person(b, text.find(b).unwrap(), "KSS", b),
        ];
        if let Some(g) = group {
            let at = text.find(g).unwrap();
            mentions.push(person(g, at, "NRV", a));
            mentions.push(person(g, at, "KSS", b));
        }
        coder.code(&analysis, &mentions, "doc", &NoPlaces).events
    }

    fn pair(e: &Event) -> (Vec<&str>, Vec<&str>) {
        (
            e.actor.iter().map(|r| r.text.as_str()).collect(),
            e.recipient.iter().map(|r| r.text.as_str()).collect(),
        )
    }

    #[test]
    fn a_resolved_group_phrase_is_the_pair_that_acts() {
        let en = "Anna Vell met Boris Kade in the capital on Monday. The two leaders signed a trade agreement.";
        let e = code("en", en, "Anna Vell", "Boris Kade", Some("The two leaders"));
        let signed = e
            .iter()
            .find(|e| e.event == Category::Support)
            .expect("SUPPORT from 'signed'");
        assert_eq!(pair(signed), (vec!["Anna Vell"], vec!["Boris Kade"]));
        // without the resolution the phrase is a noun phrase and the event has no partner
        let e = code("en", en, "Anna Vell", "Boris Kade", None);
        let signed = e
            .iter()
            .find(|e| e.event == Category::Support)
            .expect("SUPPORT from 'signed'");
        assert_ne!(pair(signed), (vec!["Anna Vell"], vec!["Boris Kade"]));

        let it = "Anna Vell ha incontrato Boris Kade nella capitale lunedì. I due leader hanno firmato un accordo commerciale.";
        let e = code("it", it, "Anna Vell", "Boris Kade", Some("I due leader"));
        let signed = e
            .iter()
            .find(|e| e.event == Category::Support)
            .expect("SUPPORT da 'firmato'");
        assert_eq!(pair(signed), (vec!["Anna Vell"], vec!["Boris Kade"]));
    }
}
