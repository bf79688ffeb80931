//! JSONL export: the stored records, one per document, exactly as `dyad
//! extract` printed them (the store keeps the record JSON as received).

use crate::{Store, StoreError};
use std::io::Write;

impl Store {
    /// Writes every stored record, one JSON object per line, in ingestion
    /// order. Returns the number of records.
    ///
    /// ```
    /// # let dir = tempfile::tempdir().unwrap();
    /// # let store = dyad_store::Store::open(&dir.path().join("d.db")).unwrap();
    /// let mut out = Vec::new();
    /// assert_eq!(store.export_jsonl(&mut out).unwrap(), 0);
    /// ```
    pub fn export_jsonl(&self, out: &mut dyn Write) -> Result<usize, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT record FROM document_bodies ORDER BY doc_key")?;
        let mut rows = stmt.query([])?;
        let mut n = 0;
        while let Some(r) = rows.next()? {
            let json: String = r.get(0)?;
            out.write_all(json.as_bytes())?;
            out.write_all(b"\n")?;
            n += 1;
        }
        out.flush()?;
        Ok(n)
    }
}
