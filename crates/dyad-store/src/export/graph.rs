//! The actor graph for Gephi and other graph tools, written by hand (small
//! XML; existing GraphML crates write duplicate key ids). Nodes are actor
//! codes; one directed edge per (source, recipient) with its event counts.

use crate::analytics::centralities;
use crate::{DyadRow, Store, StoreError};
use std::io::Write;

/// Escapes text for XML content and attribute values.
fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&apos;"),
            // Control characters are not allowed in XML 1.0.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => o.push(' '),
            c => o.push(c),
        }
    }
    o
}

fn edge_attrs(e: &DyadRow) -> [(&'static str, String); 6] {
    [
        ("events", e.events.to_string()),
        ("mentions", e.mentions.to_string()),
        ("cooperation", (e.quad[0] + e.quad[1]).to_string()),
        ("conflict", (e.quad[2] + e.quad[3]).to_string()),
        ("score", format!("{}", e.score)),
        ("index", format!("{}", e.index)),
    ]
}

impl Store {
    /// Writes the actor graph as GraphML. Returns (nodes, edges).
    ///
    /// ```
    /// # let dir = tempfile::tempdir().unwrap();
    /// # let store = dyad_store::Store::open(&dir.path().join("d.db")).unwrap();
    /// let mut out = Vec::new();
    /// assert_eq!(store.export_graphml(&mut out).unwrap(), (0, 0));
    /// assert!(String::from_utf8(out).unwrap().contains("<graphml"));
    /// ```
    pub fn export_graphml(&self, out: &mut dyn Write) -> Result<(usize, usize), StoreError> {
        let edges = self.edges(None, None)?;
        let nodes = centralities(&edges);
        writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
        writeln!(
            out,
            r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#
        )?;
        for (id, name, ty) in [
            ("n_label", "label", "string"),
            ("n_events", "events", "int"),
            ("n_degree", "degree", "int"),
            ("n_pagerank", "pagerank", "double"),
        ] {
            writeln!(
                out,
                r#"  <key id="{id}" for="node" attr.name="{name}" attr.type="{ty}"/>"#
            )?;
        }
        for (id, name, ty) in [
            ("e_events", "events", "int"),
            ("e_mentions", "mentions", "int"),
            ("e_cooperation", "cooperation", "int"),
            ("e_conflict", "conflict", "int"),
            ("e_score", "score", "double"),
            ("e_index", "index", "double"),
            ("e_weight", "weight", "double"),
        ] {
            writeln!(
                out,
                r#"  <key id="{id}" for="edge" attr.name="{name}" attr.type="{ty}"/>"#
            )?;
        }
        writeln!(out, r#"  <graph id="dyad" edgedefault="directed">"#)?;
        for n in &nodes {
            let c = esc(&n.code);
            writeln!(
                out,
                r#"    <node id="{c}"><data key="n_label">{c}</data><data key="n_events">{}</data><data key="n_degree">{}</data><data key="n_pagerank">{}</data></node>"#,
                n.out_events + n.in_events,
                n.degree,
                n.pagerank
            )?;
        }
        for (i, e) in edges.iter().enumerate() {
            write!(
                out,
                r#"    <edge id="e{i}" source="{}" target="{}">"#,
                esc(&e.source),
                esc(&e.recipient)
            )?;
            for (k, v) in edge_attrs(e) {
                write!(out, r#"<data key="e_{k}">{v}</data>"#)?;
            }
            writeln!(out, r#"<data key="e_weight">{}</data></edge>"#, e.events)?;
        }
        writeln!(out, "  </graph>\n</graphml>")?;
        out.flush()?;
        Ok((nodes.len(), edges.len()))
    }

    /// Writes the actor graph as GEXF 1.3 (Gephi's native format). Returns (nodes, edges).
    ///
    /// ```
    /// # let dir = tempfile::tempdir().unwrap();
    /// # let store = dyad_store::Store::open(&dir.path().join("d.db")).unwrap();
    /// let mut out = Vec::new();
    /// store.export_gexf(&mut out).unwrap();
    /// assert!(String::from_utf8(out).unwrap().contains("<gexf"));
    /// ```
    pub fn export_gexf(&self, out: &mut dyn Write) -> Result<(usize, usize), StoreError> {
        let edges = self.edges(None, None)?;
        let nodes = centralities(&edges);
        writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
        writeln!(
            out,
            r#"<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">"#
        )?;
        writeln!(
            out,
            r#"  <meta><creator>dyad</creator><description>Actor graph: directed edges weighted by de-duplicated events</description></meta>"#
        )?;
        writeln!(out, r#"  <graph mode="static" defaultedgetype="directed">"#)?;
        writeln!(
            out,
            r#"    <attributes class="node"><attribute id="0" title="events" type="integer"/><attribute id="1" title="degree" type="integer"/><attribute id="2" title="pagerank" type="double"/></attributes>"#
        )?;
        writeln!(
            out,
            r#"    <attributes class="edge"><attribute id="0" title="events" type="integer"/><attribute id="1" title="mentions" type="integer"/><attribute id="2" title="cooperation" type="integer"/><attribute id="3" title="conflict" type="integer"/><attribute id="4" title="score" type="double"/><attribute id="5" title="index" type="double"/></attributes>"#
        )?;
        writeln!(out, "    <nodes>")?;
        for n in &nodes {
            let c = esc(&n.code);
            writeln!(
                out,
                r#"      <node id="{c}" label="{c}"><attvalues><attvalue for="0" value="{}"/><attvalue for="1" value="{}"/><attvalue for="2" value="{}"/></attvalues></node>"#,
                n.out_events + n.in_events,
                n.degree,
                n.pagerank
            )?;
        }
        writeln!(out, "    </nodes>\n    <edges>")?;
        for (i, e) in edges.iter().enumerate() {
            write!(
                out,
                r#"      <edge id="{i}" source="{}" target="{}" weight="{}"><attvalues>"#,
                esc(&e.source),
                esc(&e.recipient),
                e.events
            )?;
            for (k, (_, v)) in edge_attrs(e).iter().enumerate() {
                write!(out, r#"<attvalue for="{k}" value="{v}"/>"#)?;
            }
            writeln!(out, "</attvalues></edge>")?;
        }
        writeln!(out, "    </edges>\n  </graph>\n</gexf>")?;
        out.flush()?;
        Ok((nodes.len(), edges.len()))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn escaping() {
        assert_eq!(super::esc("A&B <\"x\"> \u{1}"), "A&amp;B &lt;&quot;x&quot;&gt;  ");
    }
}
