//! CSV export: one row per event mention, columns [`super::COLUMNS`]
//! (RFC 4180: comma-separated, CRLF-free, fields quoted when needed).

use super::{date_source_str, precision_str, EventRow, COLUMNS};
use crate::{Store, StoreError};
use std::io::Write;

/// Writes one field, quoted when it holds a comma, quote or line break.
fn field(out: &mut dyn Write, s: &str) -> std::io::Result<()> {
    if s.contains([',', '"', '\n', '\r']) {
        out.write_all(b"\"")?;
        out.write_all(s.replace('"', "\"\"").as_bytes())?;
        out.write_all(b"\"")
    } else {
        out.write_all(s.as_bytes())
    }
}

/// Writes one CSV record (fields quoted as needed) and its line break.
///
/// ```
/// let mut out = Vec::new();
/// dyad_store::export::write_csv_row(&mut out, &["a", "b,c"]).unwrap();
/// assert_eq!(out, b"a,\"b,c\"\n");
/// ```
pub fn write_csv_row(out: &mut dyn Write, cells: &[&str]) -> std::io::Result<()> {
    for (i, c) in cells.iter().enumerate() {
        if i > 0 {
            out.write_all(b",")?;
        }
        field(out, c)?;
    }
    out.write_all(b"\n")
}

fn opt(s: &Option<String>) -> &str {
    s.as_deref().unwrap_or("")
}

fn num(x: Option<f64>) -> String {
    x.filter(|v| v.is_finite()).map(|v| v.to_string()).unwrap_or_default()
}

/// The cells of one row, in [`COLUMNS`] order.
pub(crate) fn cells(r: &EventRow) -> Vec<String> {
    let e = &r.event;
    let loc = e.location.as_ref();
    let att = e.attribution.as_ref();
    vec![
        e.id.clone(),
        opt(&r.cluster_id).into(),
        opt(&r.day).into(),
        precision_str(e).unwrap_or("").into(),
        date_source_str(e).unwrap_or("").into(),
        r.actor1.code.clone(),
        opt(&r.actor1.country).into(),
        opt(&r.actor1.sector).into(),
        r.actor1.name.clone(),
        r.actor2.code.clone(),
        opt(&r.actor2.country).into(),
        opt(&r.actor2.sector).into(),
        r.actor2.name.clone(),
        e.event.as_str().into(),
        opt(&e.mode).into(),
        e.context.join(";"),
        e.quad.number().to_string(),
        num(Some(e.score)),
        e.modality.as_str().into(),
        r.num_mentions.to_string(),
        r.num_articles.to_string(),
        r.num_sources.to_string(),
        loc.map(|l| l.text.clone()).unwrap_or_default(),
        loc.and_then(|l| l.country.clone()).unwrap_or_default(),
        num(loc.and_then(|l| l.lat)),
        num(loc.and_then(|l| l.lon)),
        att.map(|a| a.text.clone()).unwrap_or_default(),
        att.and_then(|a| a.country.clone()).unwrap_or_default(),
        e.trigger.text.clone(),
        e.sentence.to_string(),
        e.start.to_string(),
        e.end.to_string(),
        num(Some(e.confidence)),
        e.reason.clone(),
        r.doc_id.clone(),
        opt(&r.doc_date).into(),
        r.doc_lang.clone(),
        opt(&r.doc_title).into(),
        r.source_url.clone(),
    ]
}

impl Store {
    /// Writes the CSV export (header + one row per event mention). Returns
    /// the number of rows.
    ///
    /// ```
    /// # let dir = tempfile::tempdir().unwrap();
    /// # let store = dyad_store::Store::open(&dir.path().join("d.db")).unwrap();
    /// let mut out = Vec::new();
    /// assert_eq!(store.export_csv(&mut out).unwrap(), 0);
    /// assert!(String::from_utf8(out).unwrap().starts_with("EventID,ClusterID,Day,"));
    /// ```
    pub fn export_csv(&self, out: &mut dyn Write) -> Result<usize, StoreError> {
        out.write_all(COLUMNS.join(",").as_bytes())?;
        out.write_all(b"\n")?;
        let mut n = 0;
        self.for_each_event_row(|row| {
            let cells = cells(row);
            debug_assert_eq!(cells.len(), COLUMNS.len());
            write_csv_row(out, &cells.iter().map(String::as_str).collect::<Vec<_>>())?;
            n += 1;
            Ok(())
        })?;
        out.flush()?;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn quoting() {
        let mut v = Vec::new();
        super::field(&mut v, "a,\"b\"\nc").unwrap();
        assert_eq!(String::from_utf8(v).unwrap(), "\"a,\"\"b\"\"\nc\"");
    }
}
