//! Main-content extraction: which part of a page is the article, and its
//! text with paragraph breaks.
//!
//! The approach is readability's, over our arena DOM and without recursion:
//! 1. prune subtrees that are never article text (scripts, navigation,
//!    hidden elements, containers whose class/id says comments, sharing,
//!    related links, …);
//! 2. score paragraphs by length and commas and hand the score to their
//!    ancestors, damped by link density and weighted by class/id hints;
//! 3. take the best container plus siblings that look like more of it;
//! 4. write its blocks out as paragraphs, dropping link lists, short
//!    boilerplate lines and headings that repeat the title.

use super::dom::{Dom, NodeData, NodeId, ROOT};
use crate::boilerplate::Cues;

/// Tags whose subtrees are never article text.
const SKIP: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "iframe",
    "object",
    "embed",
    "canvas",
    "button",
    "select",
    "input",
    "textarea",
    "nav",
    "aside",
    "footer",
    "head",
    "figcaption",
    "dialog",
    "menu",
    "audio",
    "video",
    "picture",
    "img",
    "label",
    "option",
    "map",
];

/// Block-level tags: a paragraph break before and after.
const BLOCK: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "tbody",
    "thead",
    "figure",
    "form",
    "hr",
    "address",
    "center",
    "details",
    "summary",
    "fieldset",
];

/// Class/id fragments of containers that are not the article.
const UNLIKELY: &[&str] = &[
    "-ad-",
    "ad-break",
    "adbox",
    "advert",
    "agegate",
    "banner",
    "breadcrumb",
    "combx",
    "comment",
    "community",
    "cookie",
    "disqus",
    "extra",
    "footer",
    "gdpr",
    "header",
    "legends",
    "menu",
    "modal",
    "newsletter",
    "outbrain",
    "pager",
    "pagination",
    "popup",
    "promo",
    "recommend",
    "related",
    "remark",
    "replies",
    "rss",
    "share",
    "sharing",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "social",
    "sponsor",
    "subscribe",
    "supplemental",
    "taboola",
    "trending",
    "most-popular",
    "mostpopular",
    "most-read",
    "widget",
    "signup",
    "sign-up",
    "toolbar",
    "byline",
    "author-bio",
    "tags",
    "navbar",
    "masthead",
    "caption",
    "credit",
    "read-more",
    "readmore",
    "more-stories",
    "jump-link",
    "print",
    "inline-ad",
];

/// Class/id fragments that rescue an element matched by [`UNLIKELY`].
const MAYBE: &[&str] = &[
    "article",
    "body",
    "column",
    "content",
    "main",
    "shadow",
    "story",
    "entry",
    "post-text",
];

const POSITIVE: &[&str] = &[
    "article",
    "body",
    "content",
    "entry",
    "hentry",
    "h-entry",
    "main",
    "page",
    "post",
    "text",
    "blog",
    "story",
    "paragraph",
    "prose",
];
const NEGATIVE: &[&str] = &[
    "-ad-",
    "hidden",
    "banner",
    "combx",
    "comment",
    "com-",
    "contact",
    "foot",
    "footnote",
    "gdpr",
    "masthead",
    "media",
    "meta",
    "outbrain",
    "promo",
    "related",
    "scroll",
    "share",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "sponsor",
    "shopping",
    "tags",
    "tool",
    "widget",
    "caption",
    "byline",
    "newsletter",
    "recirc",
];

/// Extracts the main text of a parsed page, paragraphs separated by "\n\n".
pub fn main_text(dom: &Dom, cues: &Cues, title: Option<&str>) -> String {
    let n = dom.nodes.len();
    let order = preorder(dom);
    let pruned = prune(dom, &order);
    let (text_len, link_len, commas) = measure(dom, &order, &pruned);

    // Score paragraphs and hand the score up the tree.
    let mut score = vec![0f32; n];
    let mut is_candidate = vec![false; n];
    for &id in &order {
        if pruned[id] {
            continue;
        }
        // A paragraph is a <p>-like element, or a run of text directly in
        // a <div>-like block (pages that separate paragraphs with <br>).
        let (unit, len, ncommas) = match (&dom.node(id).data, dom.tag(id)) {
            (_, Some("p" | "pre" | "td" | "blockquote")) => (id, text_len[id], commas[id]),
            (NodeData::Text(_), _) => match loose_text_block(dom, id) {
                Some(block) => (block, text_len[id], commas[id]),
                None => continue,
            },
            _ => continue,
        };
        if len < 25 {
            continue;
        }
        let s = 1.0 + ncommas as f32 + (len as f32 / 100.0).min(3.0);
        // Loose text scores its block as if the block were the paragraph's parent.
        let start = if unit == id { dom.node(id).parent } else { Some(unit) };
        let chain = start
            .into_iter()
            .chain(start.map(|s| dom.ancestors(s)).into_iter().flatten());
        for (level, anc) in chain.take(5).enumerate() {
            if dom.tag(anc).is_none() || pruned[anc] {
                break;
            }
            if !is_candidate[anc] {
                is_candidate[anc] = true;
                score[anc] += initial_score(dom, anc);
            }
            score[anc] += match level {
                0 => s,
                1 => s / 2.0,
                l => s / (l as f32 * 3.0),
            };
        }
    }
    let mut best: Option<(NodeId, f32)> = None;
    for id in 0..n {
        if is_candidate[id] {
            let ld = if text_len[id] > 0 {
                link_len[id] as f32 / text_len[id] as f32
            } else {
                0.0
            };
            score[id] *= 1.0 - ld;
            if best.is_none_or(|(_, b)| score[id] > b) {
                best = Some((id, score[id]));
            }
        }
    }
    let Some((mut top, top_score)) = best else {
        // No paragraph anywhere: fall back to all unpruned text of <body>.
        let body = dom.find_first(ROOT, "body").unwrap_or(ROOT);
        return render(dom, &[body], &pruned, &text_len, &link_len, cues, title);
    };

    // Articles split into several containers ("chunks" between ads): climb
    // while the candidate holds well under most of the page's good
    // paragraph text and an ancestor holds most of it.
    let good = good_text(dom, &order, &pruned, &text_len, &link_len);
    let total_good = good[ROOT];
    if total_good > 0 && good[top] * 10 < total_good * 6 {
        if let Some(anc) = dom.ancestors(top).take(6).find(|&a| good[a] * 10 >= total_good * 8) {
            if dom.tag(anc).is_some_and(|t| t != "html") {
                top = anc;
            }
        }
    }
    let _ = top_score;

    // Siblings that look like more of the article.
    let top_score = score[top];
    let threshold = (top_score * 0.2).max(10.0);
    let mut parts = Vec::new();
    if let Some(parent) = dom.node(top).parent {
        for sib in dom.children(parent) {
            if sib == top {
                parts.push(sib);
                continue;
            }
            if pruned[sib] || dom.tag(sib).is_none() {
                continue;
            }
            let ld = if text_len[sib] > 0 {
                link_len[sib] as f32 / text_len[sib] as f32
            } else {
                1.0
            };
            let mut ok = is_candidate[sib] && score[sib] + class_weight(dom, sib) * 0.2 >= threshold;
            if !ok && dom.tag(sib) == Some("p") {
                let len = text_len[sib];
                ok = (len > 80 && ld < 0.25) || (len > 0 && len <= 80 && ld == 0.0 && has_sentence_end(dom, sib));
            }
            if ok {
                parts.push(sib);
            }
        }
    } else {
        parts.push(top);
    }
    render(dom, &parts, &pruned, &text_len, &link_len, cues, title)
}

/// Nodes reachable from the root in document order.
fn preorder(dom: &Dom) -> Vec<NodeId> {
    let mut v = Vec::with_capacity(dom.nodes.len());
    v.push(ROOT);
    v.extend(dom.descendants(ROOT));
    v
}

fn class_id(dom: &Dom, id: NodeId) -> String {
    let mut s = String::new();
    if let Some(c) = dom.attr(id, "class") {
        s.push_str(c);
    }
    s.push(' ');
    if let Some(i) = dom.attr(id, "id") {
        s.push_str(i);
    }
    s.make_ascii_lowercase();
    s
}

fn is_hidden(dom: &Dom, id: NodeId) -> bool {
    if dom.attr(id, "hidden").is_some() || dom.attr(id, "aria-hidden").is_some_and(|v| v == "true") {
        return true;
    }
    dom.attr(id, "style").is_some_and(|s| {
        let s: String = s
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        s.contains("display:none") || s.contains("visibility:hidden")
    })
}

/// Marks every node inside a subtree that is never article text.
///
/// Tags and hidden elements go first. Class/id hints go second, and only for
/// elements holding less than half of the page's paragraph text: site
/// wrappers are often named after the layout ("wrapper header-style-2",
/// "container has-sidebar") and hold the article itself. Comment sections go
/// whatever their size.
fn prune(dom: &Dom, order: &[NodeId]) -> Vec<bool> {
    let mut pruned = vec![false; dom.nodes.len()];
    for &id in order {
        if let Some(p) = dom.node(id).parent {
            if pruned[p] {
                pruned[id] = true;
                continue;
            }
        }
        let Some(tag) = dom.tag(id) else { continue };
        if SKIP.contains(&tag) || is_hidden(dom, id) {
            pruned[id] = true;
        }
        if dom
            .attr(id, "role")
            .is_some_and(|r| matches!(r, "navigation" | "complementary" | "contentinfo" | "dialog" | "menu"))
        {
            pruned[id] = true;
        }
    }
    let p_text = paragraph_text(dom, order, &pruned);
    let total = p_text[ROOT].max(1);
    let mut out = pruned.clone();
    for &id in order {
        if let Some(p) = dom.node(id).parent {
            if out[p] {
                out[id] = true;
                continue;
            }
        }
        if out[id] {
            continue;
        }
        let Some(tag) = dom.tag(id) else { continue };
        if matches!(tag, "html" | "body" | "a" | "article" | "main" | "p") {
            continue;
        }
        let ci = class_id(dom, id);
        if ci.len() <= 1 || MAYBE.iter().any(|m| ci.contains(m)) {
            continue;
        }
        let comments = COMMENTS.iter().any(|c| ci.contains(c));
        if comments || (UNLIKELY.iter().any(|u| ci.contains(u)) && p_text[id] * 2 < total) {
            out[id] = true;
        }
    }
    out
}

/// Class/id fragments of comment sections, pruned whatever their size.
const COMMENTS: &[&str] = &["comment", "disqus", "replies", "respond"];

/// Text inside `<p>` elements of every subtree (unpruned parts only).
fn paragraph_text(dom: &Dom, order: &[NodeId], pruned: &[bool]) -> Vec<usize> {
    let n = dom.nodes.len();
    let mut in_p = vec![false; n];
    let mut acc = vec![0usize; n];
    for &id in order {
        in_p[id] = dom.tag(id) == Some("p") || dom.node(id).parent.is_some_and(|p| in_p[p]);
    }
    for &id in order.iter().rev() {
        if pruned[id] {
            continue;
        }
        if in_p[id] {
            if let NodeData::Text(t) = &dom.node(id).data {
                acc[id] = t.split_whitespace().map(|w| w.chars().count() + 1).sum();
            }
        }
        if let Some(p) = dom.node(id).parent {
            acc[p] += acc[id];
        }
    }
    acc
}

/// Text length, link-text length and comma count of every subtree
/// (pruned parts count zero), computed bottom-up in reverse document order.
fn measure(dom: &Dom, order: &[NodeId], pruned: &[bool]) -> (Vec<usize>, Vec<usize>, Vec<usize>) {
    let n = dom.nodes.len();
    let (mut text, mut link, mut commas) = (vec![0usize; n], vec![0usize; n], vec![0usize; n]);
    for &id in order.iter().rev() {
        if pruned[id] {
            continue;
        }
        if let NodeData::Text(t) = &dom.node(id).data {
            text[id] = t.split_whitespace().map(|w| w.chars().count() + 1).sum();
            commas[id] = t.matches(',').count() + t.matches('，').count();
        }
        if dom.tag(id) == Some("a") {
            link[id] = text[id];
        }
        if let Some(p) = dom.node(id).parent {
            text[p] += text[id];
            link[p] += link[id];
            commas[p] += commas[id];
        }
    }
    (text, link, commas)
}

/// For a text node outside any <p>-like element and outside links: the
/// block element it sits in (through inline wrappers).
fn loose_text_block(dom: &Dom, id: NodeId) -> Option<NodeId> {
    for anc in dom.ancestors(id) {
        match dom.tag(anc)? {
            "a" | "p" | "pre" | "td" | "blockquote" | "li" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" | "dt"
            | "dd" => return None,
            t if BLOCK.contains(&t) => return Some(anc),
            _ => {}
        }
    }
    None
}

/// Text of "good" paragraphs (long, few links) inside each subtree,
/// counting only paragraphs that have a good sibling paragraph: runs of
/// paragraphs are article text, a lone paragraph is often a teaser.
fn good_text(dom: &Dom, order: &[NodeId], pruned: &[bool], text_len: &[usize], link_len: &[usize]) -> Vec<usize> {
    let n = dom.nodes.len();
    let mut own = vec![0usize; n];
    let mut siblings = vec![0u32; n];
    for &id in order {
        if pruned[id] {
            continue;
        }
        let good = match (&dom.node(id).data, dom.tag(id)) {
            (_, Some("p" | "pre" | "blockquote")) => text_len[id] >= 100 && link_len[id] * 10 < text_len[id] * 3,
            (NodeData::Text(_), _) => text_len[id] >= 100 && loose_text_block(dom, id).is_some(),
            _ => false,
        };
        if good {
            own[id] = text_len[id];
            if let Some(p) = dom.node(id).parent {
                siblings[p] += 1;
            }
        }
    }
    let mut good = vec![0usize; n];
    for &id in order.iter().rev() {
        if own[id] > 0 && dom.node(id).parent.is_some_and(|p| siblings[p] >= 2) {
            good[id] = good[id].max(own[id]);
        }
        if let Some(p) = dom.node(id).parent {
            good[p] += good[id];
        }
    }
    good
}

fn has_sentence_end(dom: &Dom, id: NodeId) -> bool {
    let t = dom.text_of(id);
    t.ends_with(['.', '!', '?', '"', '”', '»'])
}

fn class_weight(dom: &Dom, id: NodeId) -> f32 {
    let mut w = 0.0;
    for key in ["class", "id"] {
        if let Some(v) = dom.attr(id, key) {
            let v = v.to_ascii_lowercase();
            if NEGATIVE.iter().any(|p| v.contains(p)) {
                w -= 25.0;
            }
            if POSITIVE.iter().any(|p| v.contains(p)) {
                w += 25.0;
            }
        }
    }
    if dom
        .attr(id, "itemprop")
        .is_some_and(|p| p.eq_ignore_ascii_case("articleBody"))
    {
        w += 50.0;
    }
    w
}

fn initial_score(dom: &Dom, id: NodeId) -> f32 {
    let base = match dom.tag(id).unwrap_or("") {
        "div" | "article" | "main" | "section" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    };
    base + class_weight(dom, id)
}

/// Writes the chosen containers out as paragraphs, dropping blocks that are
/// link lists or boilerplate lines.
fn render(
    dom: &Dom,
    parts: &[NodeId],
    pruned: &[bool],
    text_len: &[usize],
    link_len: &[usize],
    cues: &Cues,
    title: Option<&str>,
) -> String {
    let mut w = Writer::default();
    for &part in parts {
        // (node, entering?) pairs: an explicit stack instead of recursion.
        let mut stack: Vec<(NodeId, bool)> = vec![(part, true)];
        while let Some((id, enter)) = stack.pop() {
            if !enter {
                if dom.tag(id).is_some_and(|t| BLOCK.contains(&t)) {
                    w.break_para();
                }
                continue;
            }
            if pruned[id] {
                continue;
            }
            match &dom.node(id).data {
                NodeData::Text(t) => w.push_text(t),
                NodeData::Element { .. } => {
                    let tag = dom.tag(id).unwrap_or("");
                    if tag == "br" {
                        w.line_break();
                        continue;
                    }
                    if BLOCK.contains(&tag) {
                        if drop_block(dom, id, tag, text_len, link_len) {
                            continue;
                        }
                        w.break_para();
                    }
                    stack.push((id, false));
                    let kids: Vec<NodeId> = dom.children(id).collect();
                    stack.extend(kids.into_iter().rev().map(|k| (k, true)));
                }
                _ => {}
            }
        }
        w.break_para();
    }
    // Final filter: a leading copy of the title, then the plain-text
    // boilerplate rules over the paragraphs (captions, "read more", appeals).
    let title_norm = title.map(crate::boilerplate::norm);
    let mut text = String::new();
    for (i, para) in w.paras.iter().enumerate() {
        if i < 3
            && title_norm
                .as_deref()
                .is_some_and(|t| !t.is_empty() && crate::boilerplate::norm(para) == t)
        {
            continue;
        }
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(para);
    }
    cues.remove(&text)
}

/// Blocks inside the article that are still not article text.
fn drop_block(dom: &Dom, id: NodeId, tag: &str, text_len: &[usize], link_len: &[usize]) -> bool {
    let len = text_len[id];
    if len == 0 {
        return true;
    }
    let ld = link_len[id] as f32 / len as f32;
    match tag {
        "h1" => true,
        "ul" | "ol" | "dl" | "table" => ld > 0.5,
        "div" | "section" | "p" | "li" | "header" | "figure" | "form" => {
            (ld > 0.5 && len < 500) || (ld > 0.8) || class_weight(dom, id) < 0.0 && ld > 0.2
        }
        _ => false,
    }
}

/// Accumulates paragraphs, collapsing whitespace as a browser would.
#[derive(Default)]
struct Writer {
    paras: Vec<String>,
    cur: String,
    space: bool,
}

impl Writer {
    fn push_text(&mut self, t: &str) {
        for (i, word) in t.split_whitespace().enumerate() {
            if (i > 0 || self.space || t.starts_with(char::is_whitespace))
                && !self.cur.is_empty()
                && !self.cur.ends_with('\n')
            {
                self.cur.push(' ');
            }
            self.cur.push_str(word);
            self.space = false;
        }
        self.space = t.ends_with(char::is_whitespace) && !t.trim().is_empty() || (self.space && t.trim().is_empty());
        if t.trim().is_empty() && !t.is_empty() {
            self.space = true;
        }
    }

    fn line_break(&mut self) {
        let trimmed = self.cur.trim_end().len();
        self.cur.truncate(trimmed);
        if !self.cur.is_empty() && !self.cur.ends_with('\n') {
            self.cur.push('\n');
        }
        self.space = false;
    }

    fn break_para(&mut self) {
        let p = self.cur.trim();
        if !p.is_empty() {
            self.paras.push(p.to_string());
        }
        self.cur.clear();
        self.space = false;
    }
}
