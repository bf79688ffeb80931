//! Post-passes that merge or drop events that another event of the sentence
//! already covers (a judged act, a giver noun and what it gives), and the
//! article-level drop of undated restatements.

use crate::coder::{self, Tok, TriggerHit};
use crate::rules::{self, TriggerKind};
use crate::sentence::Frame;
use crate::words::{self, is_function};
use dyad_model::{ActorRef, Category, DatePrecision, DateSource, Event};

/// "La Svezia si è detta allarmata per la recente intesa Iran-Venezuela",
/// "X expressed concern over the attack": a nominal trigger that is
/// the object of a judgement (ACCUSE or REJECT, joined by a `judged-prep`)
/// is the thing judged, not a new act of the judging subject. The
/// judgement is aimed at the parties it names (a hyphenated pair or
/// "tra X e Y"); its own event is kept only with a source of its own
/// ("the attack by Y"). A pair-named agreement is a mention of an
/// existing one (no date of its own), so it is not coded either.
pub(super) fn judged_nominal_triggers(f: &Frame, sentence_events: &mut Vec<Event>, trace: &mut dyn FnMut(String)) {
    let Frame {
        rules,
        text,
        toks,
        hits,
        named_slots,
        subject_named,
        ..
    } = *f;
    let mut judged: Vec<usize> = Vec::new();
    for ji in 0..sentence_events.len() {
        let j = &sentence_events[ji];
        if !matches!(j.event, Category::Accuse | Category::Reject) || j.actor.is_empty() {
            continue;
        }
        let Some(jh) = hits.iter().find(|h| toks[h.first].start == j.trigger.start) else {
            continue;
        };
        // The judged noun: a judged-prep right after the judgement (past closing
        // quotes), then at most articles, modifiers and a named pair before the noun.
        let Some(prep) = (jh.last..toks.len().min(jh.last + 3))
            .find(|&k| !matches!(toks[k].word.as_str(), "”" | "\"" | "»" | "’" | "'"))
        else {
            continue;
        };
        if !rules.is("judged-prep", &toks[prep].word) {
            continue;
        }
        let Some(n) = hits
            .iter()
            .find(|h| h.first > prep && h.first <= prep + 6 && h.def.kind != TriggerKind::Verb)
        else {
            continue;
        };
        if (prep + 1..n.first).any(|k| {
            toks[k].kind == dyad_model::TokenKind::Punct && toks[k].word != "-"
                || rules.is("clause-break", &toks[k].word)
                || is_function(rules, &toks[k].word)
                || hits.iter().any(|o| o.first == k)
        }) {
            continue;
        }
        // Two names joined by a hyphen ("Russia-Corea del Nord" is one token
        // and a phrase): the second begins right after the first's "-".
        let hyphened = |a: usize| {
            (0..named_slots.len())
                .find(|&b| text.get(named_slots[a].mention.end..named_slots[b].mention.start) == Some("-"))
        };
        // "Russia-Corea del Nord" after the noun, "Russia-North Korea" before it, "tra X e Y".
        let pair = (0..named_slots.len())
            .find_map(|a| {
                let b = hyphened(a)?;
                (named_slots[a].first == n.last || named_slots[b].last == n.first).then_some((a, b))
            })
            .or_else(|| {
                let a = named_slots
                    .iter()
                    .position(|s| s.first == n.last + 1)
                    .filter(|_| toks.get(n.last).is_some_and(|t| rules.is("between-prep", &t.word)))?;
                let b = named_slots
                    .iter()
                    .position(|s| s.first == named_slots[a].last + 1)
                    .filter(|_| {
                        toks.get(named_slots[a].last)
                            .is_some_and(|t| rules.is("coord", &t.word))
                    })?;
                Some((a, b))
            });
        let noun_start = toks[n.first].start;
        let what = text[noun_start..toks[n.last - 1].end].to_string();
        let judge_source: Vec<usize> = j.actor.iter().map(|a| a.start).collect();
        if let Some((a, b)) = pair {
            let parties: Vec<dyad_model::ActorRef> = [a, b]
                .iter()
                .map(|&i| dyad_model::ActorRef::from(named_slots[i].mention))
                .collect();
            // "X was deeply concerned about the pact between Y and Z": the
            // parties are no judges; the judge is the subject before it.
            if parties.iter().any(|p| judge_source.contains(&p.start)) {
                if let Some(si) = subject_named.filter(|&i| named_slots[i].last <= jh.first && ![a, b].contains(&i)) {
                    let j = &mut sentence_events[ji];
                    j.actor = coder::slot_refs(rules, toks, named_slots, si);
                    j.reason.push_str(&format!(
                        " + source '{}': the subject, not the parties of the judged noun",
                        j.actor[0].text
                    ));
                }
            }
            let judge_source: Vec<usize> = sentence_events[ji].actor.iter().map(|a| a.start).collect();
            if !parties.iter().any(|p| judge_source.contains(&p.start)) {
                let j = &mut sentence_events[ji];
                j.reason.push_str(&format!(
                    " + recipient '{}' + '{}': the parties of the judged '{what}'",
                    parties[0].text, parties[1].text
                ));
                j.recipient = parties;
            }
        }
        if let Some(ni) = sentence_events.iter().position(|e| e.trigger.start == noun_start) {
            let own_source = !sentence_events[ni]
                .actor
                .iter()
                .any(|a| judge_source.contains(&a.start));
            if pair.is_some() || !own_source {
                judged.push(ni);
            }
        }
        trace(format!(
            "  '{what}': object of the judgement '{}', the thing judged",
            sentence_events[ji].trigger.text
        ));
    }
    if !judged.is_empty() {
        let mut k = 0;
        sentence_events.retain(|_| {
            k += 1;
            !judged.contains(&(k - 1))
        });
    }
}

/// "da anni la X è il primo fornitore di armi della Y", "X has long been
/// Y's main arms supplier", "X is the
/// largest donor to Y": an agent noun of giving (`giver-noun`) as the
/// predicate of a copula makes the copula's subject the source and the
/// noun's possessive, genitive or to-phrase the recipient.
pub(super) fn copula_giver_nouns(f: &Frame, sentence_events: &mut Vec<Event>) {
    let Frame {
        rules,
        text,
        toks,
        hits,
        named_slots,
        ..
    } = *f;
    let mut giver_phrases: Vec<(usize, usize, usize)> = Vec::new();
    let mut roles_only: Vec<usize> = Vec::new();
    for e in sentence_events.iter_mut() {
        if e.event != Category::Aid {
            continue;
        }
        let Some(h) = hits.iter().find(|h| toks[h.first].start == e.trigger.start) else {
            continue;
        };
        let Some(g) = giver_noun(rules, toks, h) else { continue };
        // "rafforzare il Vietnam come fornitore", "uno dei principali
        // esportatori di armi": a giver noun that is no predicate names a
        // role, not a giving, as the `role-head` nouns do.
        let predicate = copula_predicate(rules, text, toks, hits, g).and_then(|(phrase, subject_end)| {
            named_slots
                .iter()
                .position(|s| s.last == subject_end)
                .map(|subj| (phrase, subj))
        });
        let Some((phrase, subj)) = predicate else {
            roles_only.push(e.trigger.start);
            continue;
        };
        let source = coder::slot_refs(rules, toks, named_slots, subj);
        // The recipient: a possessive inside the phrase ("Vietnam's main
        // arms supplier"), else the first genitive or destination phrase
        // after the noun ("del Vietnam", "to Ukraine"), skipping what is given.
        let possessive = (0..named_slots.len()).find(|&i| {
            named_slots[i].first >= phrase
                && named_slots[i].last < g
                && words::is_possessive(&toks[named_slots[i].last].word)
        });
        let after = (0..named_slots.len()).find(|&i| {
            let sl = &named_slots[i];
            let g_end = g.max(h.last - 1) + 1;
            sl.first >= g_end
                && sl.first <= g_end + 6
                && !(g + 1..sl.first)
                    .any(|k| toks[k].kind == dyad_model::TokenKind::Punct || rules.is("clause-break", &toks[k].word))
                && {
                    let gov = coder::effective_governor(rules, toks, named_slots, i);
                    rules.is("genitive-prep", gov) || rules.is("destination-prep", gov)
                }
        });
        let recipient = possessive
            .or(after)
            .map(|i| coder::slot_refs(rules, toks, named_slots, i))
            .unwrap_or_default();
        if recipient.iter().any(|r| source.iter().any(|s| s.start == r.start)) {
            continue;
        }
        e.reason.push_str(&format!(
            " + '{}' is the predicate of a copula: source '{}' (its subject), recipient '{}'",
            toks[g].word,
            source[0].text,
            recipient.first().map(|r| r.text.as_str()).unwrap_or("")
        ));
        e.actor = source;
        e.recipient = recipient;
        // "fornitore di armi": what is given, right after the noun, is part of it.
        giver_phrases.push((phrase, g.max(h.last - 1) + 3, e.trigger.start));
    }
    // The noun and what it gives ("fornitore" and "armi") are one event.
    if !giver_phrases.is_empty() {
        let absorbed = |e: &Event| {
            let k = toks.iter().position(|t| t.start == e.trigger.start).unwrap_or(0);
            giver_phrases
                .iter()
                .find(|&&(a, b, kept)| e.event == Category::Aid && e.trigger.start != kept && k >= a && k < b)
                .map(|&(_, _, kept)| kept)
        };
        // It keeps what the other says of the goods ("armi": military).
        let moved: Vec<(usize, Vec<String>)> = sentence_events
            .iter()
            .filter_map(|e| absorbed(e).map(|kept| (kept, e.context.clone())))
            .collect();
        for (kept, context) in moved {
            if let Some(e) = sentence_events.iter_mut().find(|e| e.trigger.start == kept) {
                for c in context {
                    if !e.context.contains(&c) {
                        e.context.push(c);
                    }
                }
            }
        }
        sentence_events.retain(|e| absorbed(e).is_none());
    }
    sentence_events.retain(|e| !roles_only.contains(&e.trigger.start));
}

/// PLOVER categories whose target may be a thing: a policy, an event or a
/// statement ("condemned the attack", "rejected the proposal", "protested
/// the law", "backed the plan").
/// The `giver-noun` of an AID trigger: the trigger itself ("supplier",
/// "fornitore"), the head after it ("arms supplier") or the noun it is the
/// genitive of ("fornitore di armi").
fn giver_noun(rules: &rules::LanguageRules, toks: &[Tok], h: &TriggerHit) -> Option<usize> {
    let giver = |k: usize| toks.get(k).is_some_and(|t| rules.is("giver-noun", &t.word));
    (h.first..h.last)
        .find(|&k| giver(k))
        .or_else(|| giver(h.last).then_some(h.last))
        .or_else(|| {
            (h.first >= 2 && rules.is("genitive-prep", &toks[h.first - 1].word) && giver(h.first - 2))
                .then(|| h.first - 2)
        })
}

/// When the noun phrase headed by `g` is the predicate of a copula ("è da
/// anni il primo fornitore di grano", "has long been Peru's biggest fuel
/// supplier"): the phrase's first token and the end of the copula's subject
/// (the first token of its auxiliaries). Italian "e" is a copula only when
/// the text writes "è".
fn copula_predicate(
    rules: &rules::LanguageRules,
    text: &str,
    toks: &[Tok],
    hits: &[TriggerHit],
    g: usize,
) -> Option<(usize, usize)> {
    let word = |k: usize| {
        matches!(
            toks[k].kind,
            dyad_model::TokenKind::Word | dyad_model::TokenKind::Number
        )
    };
    let copula = |k: usize| {
        rules.is("copula", &toks[k].word)
            && (toks[k].word != "e" || matches!(&text[toks[k].start..toks[k].end], "è" | "È"))
    };
    let aux = |k: usize| {
        copula(k) || (rules.is("auxiliary", &toks[k].word) && toks[k].word != "e") || rules.is("np-stop", &toks[k].word)
    };
    // The phrase: modifiers, compounds and a possessive back to its article.
    let mut p = g;
    while p > 0 && g - p < 6 {
        let w = toks[p - 1].word.as_str();
        if words::is_possessive_mark(w) || word(p - 1) && !is_function(rules, w) && !aux(p - 1) {
            p -= 1;
            if rules.is("determiner", w) {
                break;
            }
        } else {
            break;
        }
    }
    // The copula, with at most a short adverbial between ("per decenni", "for decades").
    let c = (p.saturating_sub(4)..p).rev().find(|&k| copula(k))?;
    if (c + 1..p).any(|k| !word(k) || rules.is("clause-break", &toks[k].word) || hits.iter().any(|o| o.first == k)) {
        return None;
    }
    let mut s = c;
    while s > 0 && aux(s - 1) {
        s -= 1;
    }
    Some((p, s))
}

/// "Patto sul gas tra X e Y" over a body that says "X ha firmato martedì un
/// accordo con Y": an event with no date of its own (dated by the
/// publication) that repeats the category, mode, modality and both sides
/// (by country) of an event the same article dates from its text restates
/// that event; it is dropped so the article reports the act once, with its
/// date. Another mode is another act ("travelled to X on Monday … met Y").
pub(super) fn undated_restatements(events: &mut Vec<Event>, trace: &mut dyn FnMut(String)) {
    // A side is its countries and sectors, or its names where no country is
    // known: "Kessian police" and "Kessian army" are two sides.
    let side = |refs: &[ActorRef]| -> Vec<(String, Option<String>)> {
        let mut keys: Vec<(String, Option<String>)> = refs
            .iter()
            .map(|r| {
                (
                    r.country.clone().unwrap_or_else(|| r.text.to_lowercase()),
                    r.sector.clone(),
                )
            })
            .collect();
        keys.sort();
        keys
    };
    let undated =
        |e: &Event| e.date_source == Some(DateSource::Publication) && !e.actor.is_empty() && !e.recipient.is_empty();
    // Only a recent day can be the headline's news: a background act dated
    // "in 2022" or "last year" is another act of the same kind.
    let recent = |d: &Event, published: Option<&str>| {
        let day = |x: Option<&str>| x.and_then(|x| chrono::NaiveDate::parse_from_str(x, "%Y-%m-%d").ok());
        d.date_precision == Some(DatePrecision::Day)
            && day(d.date.as_deref())
                .zip(day(published))
                .is_some_and(|(d, p)| (p - d).num_days().abs() <= RESTATED_WITHIN_DAYS)
    };
    let dated: Vec<&Event> = events
        .iter()
        .filter(|e| e.date_source == Some(DateSource::Text))
        .collect();
    if dated.is_empty() || !events.iter().any(undated) {
        return;
    }
    let restated: Vec<bool> = events
        .iter()
        .map(|e| {
            undated(e)
                && dated.iter().any(|d| {
                    d.event == e.event
                        && d.mode == e.mode
                        && d.modality == e.modality
                        && recent(d, e.date.as_deref())
                        && side(&d.actor) == side(&e.actor)
                        && side(&d.recipient) == side(&e.recipient)
                })
        })
        .collect();
    let mut verdicts = restated.into_iter();
    events.retain(|e| {
        let drop = verdicts.next().unwrap_or(false);
        if drop {
            trace(format!(
                "  {} '{}' dropped: it restates an event the article dates from its text",
                e.event, e.trigger.text
            ));
        }
        !drop
    });
}

/// How far from the publication a dated event may lie and still be what an
/// undated mention of the same act reports (a week: "on Monday", "ieri").
const RESTATED_WITHIN_DAYS: i64 = 7;
